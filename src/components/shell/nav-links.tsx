"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

export interface NavLinkGroup {
  key: string;
  label: string | null;
  items: Array<{ key: string; href: string; label: string; isBuilt: boolean; comingLabel: string }>;
}

/** The sidebar's links; the current module is marked for sighted and screen-reader users alike. */
export function NavLinks({ groups }: { groups: NavLinkGroup[] }) {
  const pathname = usePathname();
  const isCurrent = (href: string) => (href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`));
  return (
    <div className="space-y-5">
      {groups.map((group) => (
        <div key={group.key}>
          {group.label && <p className="mb-1 px-3 text-xs font-semibold uppercase tracking-wide text-slate-500">{group.label}</p>}
          <ul className="space-y-0.5">
            {group.items.map((item) => (
              <li key={item.key}>
                <Link
                  href={item.href}
                  aria-current={isCurrent(item.href) ? "page" : undefined}
                  className={cn(
                    "flex items-center justify-between rounded-md px-3 py-1.5 text-sm",
                    isCurrent(item.href) ? "bg-brand-50 font-medium text-brand-800" : "text-slate-700 hover:bg-slate-100",
                  )}
                >
                  <span>{item.label}</span>
                  {!item.isBuilt && (
                    <span title={item.comingLabel} className="ml-2 size-1.5 shrink-0 rounded-full bg-slate-300">
                      <span className="sr-only">{item.comingLabel}</span>
                    </span>
                  )}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
