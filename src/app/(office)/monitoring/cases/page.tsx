import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, Card, PageHeader } from "@/components/ui/page-header";
import { MonitoringNav } from "@/features/monitoring/components/monitoring-nav";
import { listResponseCases, responseStats } from "@/features/monitoring/queries";
import { requirePageActor } from "@/server/auth/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("monitoring"))("cases.listTitle") };
}

export default async function CasesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("monitoring.view");
  const params = await searchParams;
  const t = await getTranslations("monitoring");
  const format = await getFormatter();
  const [cases, stats] = await Promise.all([listResponseCases(actor, params), responseStats(actor)]);
  const status = params.status === "DONE" || params.status === "ALL" ? params.status : "OPEN";
  return (
    <>
      <PageHeader title={t("cases.listTitle")} subtitle={t("cases.listSubtitle")} />
      <MonitoringNav current="cases" />
      <div className="mb-6 grid gap-4 sm:grid-cols-4" data-testid="case-stats">
        <Card>
          <div className="text-xs uppercase text-slate-500">{t("cases.statCritical", { days: stats.days })}</div>
          <div className="text-2xl font-semibold">{stats.critical}</div>
          <Link href="/monitoring?response=none" className="text-xs text-brand-700 hover:underline">{t("cases.statWithout")}</Link>
        </Card>
        <Card>
          <div className="text-xs uppercase text-slate-500">{t("cases.statWithCase")}</div>
          <div className="text-2xl font-semibold">{stats.withCase}</div>
        </Card>
        <Card>
          <div className="text-xs uppercase text-slate-500">{t("cases.statAnswered")}</div>
          <div className="text-2xl font-semibold" data-testid="answered-share">
            {stats.answered}
            {stats.answeredShare !== null && <span className="ml-2 text-base text-slate-500">({format.number(stats.answeredShare, { style: "percent" })})</span>}
          </div>
        </Card>
        <Card>
          <div className="text-xs uppercase text-slate-500">{t("cases.statOpen")}</div>
          <div className="text-2xl font-semibold">{stats.open}</div>
          {stats.overdue > 0 && <div className="text-xs font-medium text-red-700">{t("cases.statOverdue", { count: stats.overdue })}</div>}
        </Card>
      </div>
      <div className="mb-3 flex gap-2 text-sm">
        {(["OPEN", "DONE", "ALL"] as const).map((value) => (
          <Link key={value} href={`/monitoring/cases?status=${value}`} aria-current={value === status ? "page" : undefined} className={`rounded-full px-3 py-1 ${value === status ? "bg-brand-600 text-white" : "bg-slate-100 text-slate-700 hover:bg-slate-200"}`}>
            {t(`cases.filter.${value}`)}
          </Link>
        ))}
      </div>
      {cases.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-500">{t("cases.empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm" data-testid="case-table">
            <thead className="bg-slate-50 text-left text-xs uppercase text-slate-500">
              <tr>
                <th className="px-3 py-2">{t("cases.clipping")}</th>
                <th className="px-3 py-2">{t("cases.type")}</th>
                <th className="px-3 py-2">{t("cases.owner")}</th>
                <th className="px-3 py-2">{t("cases.deadline")}</th>
                <th className="px-3 py-2">{t("cases.status")}</th>
                <th className="px-3 py-2">{t("cases.answeredBy")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {cases.map((row) => (
                <tr key={row.id} data-testid="case-row">
                  <td className="px-3 py-2">
                    <Link href={`/monitoring/cases/${row.id}`} className="font-medium text-brand-800 hover:underline">{row.clipping.title}</Link>
                    <div className="text-xs text-slate-500">{row.clipping.outlet} · {format.dateTime(row.clipping.publishedAt, { dateStyle: "short" })}</div>
                  </td>
                  <td className="px-3 py-2">{t(`responseType.${row.type}`)}</td>
                  <td className="px-3 py-2">{row.ownerName ?? "—"}</td>
                  <td className={`px-3 py-2 ${row.overdue ? "font-semibold text-red-700" : ""}`}>{row.deadline ? format.dateTime(row.deadline, { dateStyle: "short", timeStyle: "short" }) : "—"}</td>
                  <td className="px-3 py-2"><Badge tone={row.status === "OPEN" ? (row.overdue ? "red" : "amber") : "green"}>{t(`caseStatus.${row.status}`)}</Badge></td>
                  <td className="px-3 py-2 text-xs">
                    {row.release && <Link href={`/press-releases/${row.release.id}`} className="block text-brand-700 hover:underline">{row.release.title}</Link>}
                    {row.inquiry && <Link href={`/inquiries/${row.inquiry.id}`} className="block text-brand-700 hover:underline">{row.inquiry.number}</Link>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
