import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { DashboardFilterNotice } from "@/features/overview/components/filter-notice";
import { Pagination } from "@/components/ui/pagination";
import { InquiriesTable } from "@/features/inquiries/components/inquiries-table";
import { InquiryFilters } from "@/features/inquiries/components/inquiry-filters";
import { inquiryFormOptions, listInquiries } from "@/features/inquiries/queries";
import { INQUIRY_SORT_DIRECTIONS, INQUIRY_SORTS } from "@/features/inquiries/schema";
import { requirePageActor } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inquiries"))("title") };
}

export default async function InquiriesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("inquiry.view");
  const params = await searchParams;
  const t = await getTranslations("inquiries");
  const common = await getTranslations("common");
  const [page, options] = await Promise.all([listInquiries(actor, params), inquiryFormOptions(actor)]);
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={
          <>
            {t("count", { count: page.total })}{" "}
            {page.overdueCount > 0 ? (
              <a href="?overdue=1" className="font-semibold text-red-700 hover:underline" data-testid="overdue-count">
                {t("overdueCount", { count: page.overdueCount })}
              </a>
            ) : (
              <span data-testid="overdue-count">{t("overdueCount", { count: 0 })}</span>
            )}
          </>
        }
        actions={
          <>
            <LinkButton href="/inquiries/answers" variant="ghost">
              {t("answerBank.link")}
            </LinkButton>
            <LinkButton href="/inquiries/stats" variant="ghost">
              {t("stats.link")}
            </LinkButton>
            {can(actor, "inquiry.manage") && <LinkButton href="/inquiries/new">{t("new")}</LinkButton>}
          </>
        }
      />
      {options.standIn && <p className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900">{t("awayNotice", { name: options.standIn.name })}</p>}
      {params.open === "1" && (
        <DashboardFilterNotice text={(await getTranslations("dashboard"))("filters.openInquiries")} clearHref="/inquiries" clearLabel={(await getTranslations("dashboard"))("filters.clear")} />
      )}
      <InquiryFilters values={params} owners={options.staff} />
      <InquiriesTable rows={page.rows} sort={sortOf(params)} />
      <Pagination
        page={page.page}
        pageCount={page.pageCount}
        params={params}
        labels={{ previous: common("previous"), next: common("next"), pageOf: t("pageOf", { page: page.page, pageCount: page.pageCount }) }}
      />
    </>
  );
}

function sortOf(params: Record<string, string | undefined>) {
  const id = (INQUIRY_SORTS as readonly string[]).includes(params.sort ?? "") ? (params.sort as (typeof INQUIRY_SORTS)[number]) : "deadline";
  const dir = params.dir === "asc" || params.dir === "desc" ? params.dir : INQUIRY_SORT_DIRECTIONS[id];
  return { id, desc: dir === "desc" };
}
