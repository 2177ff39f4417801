import Link from "next/link";
import { buttonClass } from "./button";

/** Page links that keep the rest of the query string (filters, sort). */
export function Pagination({
  page,
  pageCount,
  params,
  labels,
}: {
  page: number;
  pageCount: number;
  params: Record<string, string | undefined>;
  labels: { previous: string; next: string; pageOf: string };
}) {
  if (pageCount <= 1) return null;
  const href = (target: number) => {
    const query = new URLSearchParams(Object.entries({ ...params, page: String(target) }).filter((pair): pair is [string, string] => Boolean(pair[1])));
    return `?${query.toString()}`;
  };
  return (
    <nav className="mt-4 flex items-center justify-between gap-2 text-sm" aria-label={labels.pageOf}>
      <span className="text-slate-600">{labels.pageOf}</span>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link href={href(page - 1)} className={buttonClass("secondary")} rel="prev">
            {labels.previous}
          </Link>
        ) : null}
        {page < pageCount ? (
          <Link href={href(page + 1)} className={buttonClass("secondary")} rel="next">
            {labels.next}
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
