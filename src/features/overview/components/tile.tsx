import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

// The dashboard's building blocks: a tile (a card with a heading and a link to its list) and a number that
// links to the list behind it, filtered the same way.

export function Tile({ id, title, href, linkLabel, children, className }: { id: string; title: string; href?: string; linkLabel?: string; children: ReactNode; className?: string }) {
  return (
    <section aria-labelledby={`tile-${id}`} data-testid={`tile-${id}`} className={cn("flex flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-xs", className)}>
      <div className="mb-2 flex items-baseline justify-between gap-2">
        <h2 id={`tile-${id}`} className="text-sm font-semibold uppercase tracking-wide text-slate-600">
          {title}
        </h2>
        {href && linkLabel && (
          <Link href={href} className="shrink-0 text-sm text-brand-700 hover:underline">
            {linkLabel}
          </Link>
        )}
      </div>
      <div className="flex-1">{children}</div>
    </section>
  );
}

export function Stat({ label, value, href, tone = "plain", testId, hint }: { label: string; value: ReactNode; href?: string; tone?: "plain" | "warn" | "bad" | "good"; testId?: string; hint?: ReactNode }) {
  const color = { plain: "text-slate-900", warn: "text-amber-700", bad: "text-red-700", good: "text-emerald-700" }[tone];
  const number = (
    <span className={cn("whitespace-nowrap text-2xl font-semibold tabular-nums", color)} data-testid={testId}>
      {value}
    </span>
  );
  return (
    <div className="flex items-baseline justify-between gap-3 border-b border-slate-100 py-1.5 last:border-b-0">
      <span className="text-sm text-slate-700">
        {href ? (
          <Link href={href} className="hover:text-brand-700 hover:underline" data-testid={testId ? `${testId}-link` : undefined}>
            {label}
          </Link>
        ) : (
          label
        )}
        {hint && <span className="block text-xs text-slate-500">{hint}</span>}
      </span>
      {href ? (
        <Link href={href} className="rounded hover:bg-slate-50" tabIndex={-1} aria-hidden>
          {number}
        </Link>
      ) : (
        number
      )}
    </div>
  );
}

/** Used vs planned as a bar (over 100 % in red). */
export function UsageBar({ label, used, planned, usedText, plannedText, href }: { label: string; used: number; planned: number; usedText: string; plannedText: string; href: string }) {
  const percent = planned > 0 ? Math.round((used / planned) * 100) : used > 0 ? 100 : 0;
  const over = planned > 0 && used > planned;
  return (
    <div className="py-2">
      <div className="flex flex-wrap items-baseline justify-between gap-x-2 text-sm">
        <Link href={href} className="text-slate-700 hover:text-brand-700 hover:underline">
          {label}
        </Link>
        <span className={cn("whitespace-nowrap tabular-nums", over ? "text-red-700" : "text-slate-700")}>
          {usedText} / {plannedText}
        </span>
      </div>
      <div className="mt-1 h-2 overflow-hidden rounded-full bg-slate-100" role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.min(percent, 100)}>
        <div className={cn("h-full rounded-full", over ? "bg-red-600" : "bg-brand-600")} style={{ width: `${Math.min(percent, 100)}%` }} />
      </div>
    </div>
  );
}

export function TileSkeleton({ className }: { className?: string }) {
  return <div className={cn("h-40 animate-pulse rounded-lg border border-slate-200 bg-slate-50", className)} aria-hidden />;
}
