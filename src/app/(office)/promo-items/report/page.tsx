import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/page-header";
import { formatMoney } from "@/features/promo-items/components/money";
import { issuesReport } from "@/features/promo-items/queries";
import { requirePageActor } from "@/server/auth/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("promoItems"))("report.title") };
}

export default async function PromoReportPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("promoItem.view");
  const params = await searchParams;
  const t = await getTranslations("promoItems");
  const format = await getFormatter();
  const report = await issuesReport(actor, { months: params.months });
  const money = (halere: number) => formatMoney(format, halere);
  const cell = (month: string, purpose: string) => report.rows.find((row) => row.month === month && row.purpose === purpose);
  const monthLabel = (month: string) => format.dateTime(new Date(`${month}-15T12:00:00Z`), { month: "long", year: "numeric" });
  return (
    <>
      <PageHeader
        title={t("report.title")}
        subtitle={t("report.subtitle", { months: report.months })}
        actions={<Link href="/promo-items" className="text-sm text-brand-700 hover:underline">← {t("backToList")}</Link>}
      />
      <div className="mb-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Card>
          <p className="text-sm text-slate-600">{t("report.total")}</p>
          <p className="mt-1 text-2xl font-semibold text-slate-900">{money(report.grandTotal.value)}</p>
          <p className="text-xs text-slate-500">{t("report.pieces", { count: report.grandTotal.quantity })}</p>
        </Card>
        {report.totals.slice(0, 3).map((total) => (
          <Card key={total.purpose}>
            <p className="text-sm text-slate-600">{t(`purpose.${total.purpose}`)}</p>
            <p className="mt-1 text-2xl font-semibold text-slate-900">{money(total.value)}</p>
            <p className="text-xs text-slate-500">{t("report.pieces", { count: total.quantity })}</p>
          </Card>
        ))}
      </div>
      {report.rows.length === 0 ? (
        <p className="text-slate-600">{t("report.empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-xs">
          <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="issues-report">
            <caption className="sr-only">{t("report.title")}</caption>
            <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-2.5">{t("report.month")}</th>
                {report.totals.map((total) => (
                  <th key={total.purpose} scope="col" className="px-4 py-2.5 text-right">{t(`purpose.${total.purpose}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {report.monthList.map((month) => (
                <tr key={month}>
                  <th scope="row" className="whitespace-nowrap px-4 py-2.5 text-left font-medium capitalize text-slate-800">{monthLabel(month)}</th>
                  {report.totals.map((total) => {
                    const row = cell(month, total.purpose);
                    return (
                      <td key={total.purpose} className="whitespace-nowrap px-4 py-2.5 text-right tabular-nums">
                        {row && row.quantity !== 0 ? (
                          <>
                            <span className="text-slate-900">{money(row.value)}</span>
                            <span className="block text-xs text-slate-500">{t("report.pieces", { count: row.quantity })}</span>
                          </>
                        ) : (
                          <span className="text-slate-300">—</span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
            <tfoot className="bg-slate-50 font-semibold">
              <tr>
                <th scope="row" className="px-4 py-2.5 text-left">{t("report.total")}</th>
                {report.totals.map((total) => (
                  <td key={total.purpose} className="whitespace-nowrap px-4 py-2.5 text-right tabular-nums">
                    {money(total.value)}
                    <span className="block text-xs font-normal text-slate-500">{t("report.pieces", { count: total.quantity })}</span>
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </>
  );
}
