import Link from "next/link";
import { getTranslations } from "next-intl/server";

const TABS = [
  { key: "clippings", href: "/monitoring" },
  { key: "cases", href: "/monitoring/cases" },
  { key: "briefing", href: "/monitoring/briefing" },
  { key: "analysis", href: "/monitoring/analysis" },
  { key: "sources", href: "/monitoring/sources" },
] as const;

/** The module's sections, one row of links under the page header. */
export async function MonitoringNav({ current }: { current: (typeof TABS)[number]["key"] }) {
  const t = await getTranslations("monitoring.nav");
  return (
    <nav aria-label={t("label")} className="-mt-3 mb-5 flex flex-wrap gap-1 border-b border-slate-200 text-sm">
      {TABS.map((tab) => (
        <Link
          key={tab.key}
          href={tab.href}
          aria-current={tab.key === current ? "page" : undefined}
          className={`-mb-px border-b-2 px-3 py-2 ${tab.key === current ? "border-brand-600 font-medium text-brand-800" : "border-transparent text-slate-600 hover:text-slate-900"}`}
        >
          {t(tab.key)}
        </Link>
      ))}
    </nav>
  );
}
