import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { FilterBar, FilterSearch, FilterSelect } from "@/components/ui/filter-bar";
import { Notice } from "@/components/ui/notice";
import { Card, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { NewspaperSectionLinks } from "@/features/newsletter/components/section-links";
import { IssueInvoiceForm } from "@/features/newspaper-invoices/components/invoice-forms";
import { InvoicesTable } from "@/features/newspaper-invoices/components/invoices-table";
import { formatCzk } from "@/features/newspaper-invoices/money";
import { invoiceSummary } from "@/features/newspaper-invoices/overview";
import { getBillingProfile, listInvoiceableOrders, listInvoices } from "@/features/newspaper-invoices/queries";
import { INVOICE_STATUSES } from "@/features/newspaper-invoices/schema";
import { orPageError, requirePageActor } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("newspaperBilling"))("title") };
}

// Advertising invoices: what waits to be invoiced (ad orders of each advertiser per issue), the issued
// invoices and credit notes with their derived status, overdue ones first in red.
export default async function InvoicesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("newspaperInvoice.view");
  const params = await searchParams;
  const t = await getTranslations("newspaperBilling");
  const common = await getTranslations("common");
  const [page, summary, waiting, profile] = await Promise.all([
    orPageError(listInvoices(actor, { status: params.status, q: params.q, year: params.year, page: params.page })),
    invoiceSummary(actor),
    listInvoiceableOrders(actor),
    getBillingProfile(actor),
  ]);
  const canManage = can(actor, "newspaperInvoice.manage");
  const profileIncomplete = profile.supplierIco === "00000000" || !profile.supplierAddress || !profile.bankAccount;
  return (
    <>
      <NewspaperSectionLinks actor={actor} current="invoices" />
      <PageHeader
        title={t("title")}
        subtitle={
          summary && summary.overdueCount > 0 ? (
            <a href="?status=OVERDUE" className="font-semibold text-red-700 hover:underline" data-testid="overdue-summary">
              {t("overdueSummary", { count: summary.overdueCount, amount: formatCzk(summary.overdueAmount) })}
            </a>
          ) : (
            <span data-testid="overdue-summary">{t("noOverdue")}</span>
          )
        }
        actions={canManage && <LinkButton href="/newsletter/invoices/settings" variant="ghost">{t("profile.link")}</LinkButton>}
      />
      {canManage && profileIncomplete && <Notice tone="warning" className="mb-4">{t("profile.incomplete")}</Notice>}
      <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
        <div className="min-w-0">
          <FilterBar columnsClass="lg:grid-cols-[minmax(12rem,2fr)_minmax(10rem,1fr)_minmax(9rem,10rem)_auto]" resetHref="/newsletter/invoices" filterLabel={common("filter")} resetLabel={common("reset")}>
            <FilterSearch value={params.q} label={t("search")} />
            <FilterSelect name="status" value={params.status} label={t("columns.status")} allLabel={t("allStatuses")} options={INVOICE_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))} />
            <FilterSelect
              name="year"
              value={params.year}
              label={t("year")}
              allLabel={t("allYears")}
              options={Array.from({ length: 4 }, (_, index) => String(Number(page.today.slice(0, 4)) - index)).map((year) => ({ value: year, label: year }))}
            />
          </FilterBar>
          <InvoicesTable rows={page.rows} />
          <div className="mt-3">
            <Pagination page={page.page} pageCount={page.pageCount} params={params} labels={{ previous: common("previous"), next: common("next"), pageOf: t("pageOf", { page: page.page, pageCount: page.pageCount }) }} />
          </div>
        </div>
        <div className="space-y-4">
          <h2 className="text-base font-semibold">{t("toInvoice.title")}</h2>
          {waiting.length === 0 && <p className="text-sm text-slate-600">{t("toInvoice.none")}</p>}
          {waiting.map((group) => (
            <Card key={`${group.issue.id}:${group.advertiser.id}`}>
              {canManage ? (
                <IssueInvoiceForm
                  group={{ ...group, issue: { id: group.issue.id, label: `${group.issue.publication.name} č. ${group.issue.number}/${group.issue.year}` } }}
                  idempotencyKey={randomUUID()}
                  today={page.today}
                />
              ) : (
                <p className="text-sm">
                  {group.advertiser.company} · {group.issue.publication.name} č. {group.issue.number}/{group.issue.year} · {group.orders.length}×
                </p>
              )}
            </Card>
          ))}
        </div>
      </div>
    </>
  );
}
