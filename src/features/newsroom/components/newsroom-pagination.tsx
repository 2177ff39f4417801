import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { newsroomHref, type NewsroomSearch } from "../search-params";

const linkClass =
  "inline-flex items-center rounded-md border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50";

/** Newer / older page links that keep the search and filters (the URL is the state). */
export async function NewsroomPagination({ search, page, pageCount, hasNext }: { search: NewsroomSearch; page: number; pageCount: number | null; hasNext: boolean }) {
  if (page === 1 && !hasNext) return null;
  const t = await getTranslations("newsroom.pagination");
  return (
    <nav aria-label={t("label")} className="no-print mt-6 flex items-center justify-between gap-4 border-t border-slate-200 pt-6 text-sm" data-testid="newsroom-pagination">
      <div className="w-28">
        {page > 1 && (
          <Link href={newsroomHref(search, page - 1)} rel="prev" className={linkClass}>
            ← {t("previous")}
          </Link>
        )}
      </div>
      <p className="text-slate-600" aria-current="page">
        {pageCount === null ? t("statusOpenEnded", { page }) : t("status", { page, pageCount })}
      </p>
      <div className="flex w-28 justify-end">
        {hasNext && (
          <Link href={newsroomHref(search, page + 1)} rel="next" className={linkClass}>
            {t("next")} →
          </Link>
        )}
      </div>
    </nav>
  );
}
