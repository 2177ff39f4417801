import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { inquiryStats } from "@/features/inquiries/queries";
import { requirePageActor } from "@/server/auth/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inquiries"))("stats.title") };
}

export default async function InquiryStatsPage() {
  const actor = await requirePageActor("inquiry.view");
  const t = await getTranslations("inquiries");
  const format = await getFormatter();
  const rows = await inquiryStats(actor, { months: 12 });
  const hours = (value: number | null) => (value === null ? "—" : t("stats.hours", { hours: format.number(value, { maximumFractionDigits: 1 }) }));
  const max = Math.max(1, ...rows.map((row) => row.p90Hours ?? 0));
  return (
    <>
      <PageHeader
        title={t("stats.title")}
        subtitle={t("stats.subtitle")}
        actions={
          <Link href="/inquiries" className="text-sm text-brand-700 hover:underline">
            ← {t("backToList")}
          </Link>
        }
      />
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-xs">
        <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="stats-table">
          <caption className="sr-only">{t("stats.title")}</caption>
          <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="px-4 py-2.5">{t("stats.month")}</th>
              <th scope="col" className="px-4 py-2.5 text-right">{t("stats.received")}</th>
              <th scope="col" className="px-4 py-2.5 text-right">{t("stats.answered")}</th>
              <th scope="col" className="px-4 py-2.5 text-right">{t("stats.late")}</th>
              <th scope="col" className="px-4 py-2.5 text-right">{t("stats.median")}</th>
              <th scope="col" className="px-4 py-2.5 text-right">{t("stats.p90")}</th>
              <th scope="col" className="w-1/3 px-4 py-2.5"><span className="sr-only">{t("stats.chart")}</span></th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.length === 0 && (
              <tr>
                <td colSpan={7} className="px-4 py-10 text-center text-slate-500">{t("stats.empty")}</td>
              </tr>
            )}
            {rows.map((row) => (
              <tr key={row.month}>
                <td className="whitespace-nowrap px-4 py-3 font-medium text-slate-900">
                  {format.dateTime(new Date(`${row.month}-15T12:00:00Z`), { month: "long", year: "numeric" })}
                </td>
                <td className="px-4 py-3 text-right tabular-nums">{row.received}</td>
                <td className="px-4 py-3 text-right tabular-nums">{row.answered}</td>
                <td className={`px-4 py-3 text-right tabular-nums ${row.late > 0 ? "font-semibold text-red-700" : ""}`}>{row.late}</td>
                <td className="whitespace-nowrap px-4 py-3 text-right tabular-nums">{hours(row.medianHours)}</td>
                <td className="whitespace-nowrap px-4 py-3 text-right tabular-nums">{hours(row.p90Hours)}</td>
                <td className="px-4 py-3">
                  <div className="relative h-3 rounded bg-slate-100" aria-hidden>
                    <div className="absolute inset-y-0 left-0 rounded bg-brand-200" style={{ width: `${((row.p90Hours ?? 0) / max) * 100}%` }} />
                    <div className="absolute inset-y-0 left-0 rounded bg-brand-600" style={{ width: `${((row.medianHours ?? 0) / max) * 100}%` }} />
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-3 text-xs text-slate-500">{t("stats.note")}</p>
    </>
  );
}
