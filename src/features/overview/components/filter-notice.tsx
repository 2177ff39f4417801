import Link from "next/link";

/** A list filtered by a dashboard link that its filter bar does not show: says so, with a way back to the whole list. */
export function DashboardFilterNotice({ text, clearHref, clearLabel }: { text: string; clearHref: string; clearLabel: string }) {
  return (
    <p className="mb-4 flex flex-wrap items-center gap-3 rounded-md border border-brand-200 bg-brand-50 px-3 py-2 text-sm text-brand-900" data-testid="dashboard-filter">
      <span>{text}</span>
      <Link href={clearHref} className="font-medium text-brand-700 underline hover:no-underline">
        {clearLabel}
      </Link>
    </p>
  );
}
