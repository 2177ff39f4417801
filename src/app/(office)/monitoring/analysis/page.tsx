import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Select, TextInput } from "@/components/ui/field";
import { Card, PageHeader } from "@/components/ui/page-header";
import { coverageAnalysis } from "@/features/monitoring/analysis";
import { MentionsChart, OutletChart, SentimentPie } from "@/features/monitoring/components/charts";
import { MonitoringNav } from "@/features/monitoring/components/monitoring-nav";
import { clippingFilterOptions } from "@/features/monitoring/queries";
import { MEDIA_TYPES } from "@/features/monitoring/schema";
import { requirePageActor } from "@/server/auth/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("monitoring"))("analysis.title") };
}

function Change({ current, previous }: { current: number; previous: number }) {
  if (previous === 0) return <span className="text-slate-400">—</span>;
  const change = Math.round(((current - previous) / previous) * 100);
  return <span className={change > 0 ? "text-emerald-700" : change < 0 ? "text-red-700" : "text-slate-500"}>{change > 0 ? `+${change}` : change} %</span>;
}

export default async function AnalysisPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("monitoring.view");
  const params = await searchParams;
  const t = await getTranslations("monitoring");
  const format = await getFormatter();
  const [analysis, options, locale] = await Promise.all([coverageAnalysis(actor, params), clippingFilterOptions(actor), getLocale()]);
  const labels = { positive: t("sentiment.POSITIVE"), neutral: t("sentiment.NEUTRAL"), negative: t("sentiment.NEGATIVE"), unrated: t("sentiment.none") };
  const query = new URLSearchParams({ from: analysis.from, to: analysis.to, ...(params.mediaType ? { mediaType: params.mediaType } : {}), ...(params.topic ? { topic: params.topic } : {}) }).toString();
  const totals = analysis.totals;
  const kpis = [
    { label: t("analysis.mentions"), current: totals.current, previous: totals.previous },
    { label: t("analysis.negative"), current: totals.negative, previous: totals.previousNegative },
    { label: t("analysis.positive"), current: totals.positive, previous: totals.previousPositive },
    { label: t("analysis.reach"), current: totals.reach, previous: totals.previousReach },
  ];
  return (
    <>
      <PageHeader
        title={t("analysis.title")}
        subtitle={t("analysis.subtitle")}
        actions={
          <>
            <a className={buttonClass("secondary")} href={`/monitoring/analysis/export.csv?${query}`} data-testid="export-csv">CSV</a>
            <a className={buttonClass("secondary")} href={`/monitoring/analysis/export.xlsx?${query}`}>XLSX</a>
          </>
        }
      />
      <MonitoringNav current="analysis" />
      <form method="get" className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3">
        <label className="text-sm"><span className="mb-1 block text-slate-600">{t("filters.from")}</span><TextInput type="date" name="from" defaultValue={analysis.from} /></label>
        <label className="text-sm"><span className="mb-1 block text-slate-600">{t("filters.to")}</span><TextInput type="date" name="to" defaultValue={analysis.to} /></label>
        <label className="text-sm"><span className="mb-1 block text-slate-600">{t("fields.mediaType")}</span>
          <Select name="mediaType" defaultValue={params.mediaType ?? ""}>
            <option value="">{t("filters.allMediaTypes")}</option>
            {MEDIA_TYPES.map((type) => <option key={type} value={type}>{t(`mediaType.${type}`)}</option>)}
          </Select>
        </label>
        <label className="text-sm"><span className="mb-1 block text-slate-600">{t("fields.topics")}</span>
          <Select name="topic" defaultValue={params.topic ?? ""}>
            <option value="">{t("filters.allTopics")}</option>
            {options.topics.map((topic) => <option key={topic} value={topic}>{topic}</option>)}
          </Select>
        </label>
        <button type="submit" className={buttonClass("primary")}>{t("analysis.show")}</button>
      </form>
      <p className="mb-3 text-sm text-slate-600">{t("analysis.comparedWith", { from: analysis.previousFrom, to: analysis.previousTo })}</p>
      <div className="mb-6 grid gap-4 sm:grid-cols-4" data-testid="analysis-kpis">
        {kpis.map((kpi) => (
          <Card key={kpi.label}>
            <div className="text-xs uppercase text-slate-500">{kpi.label}</div>
            <div className="text-2xl font-semibold">{format.number(kpi.current)}</div>
            <div className="text-xs text-slate-500">{t("analysis.previous", { value: format.number(kpi.previous) })} · <Change current={kpi.current} previous={kpi.previous} /></div>
          </Card>
        ))}
      </div>
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Card>
          <h2 className="mb-2 font-semibold">{t(`analysis.overTime.${analysis.bucket}`)}</h2>
          <MentionsChart data={analysis.series.map((row) => ({ ...row, day: row.bucket }))} labels={labels} locale={locale} />
        </Card>
        <Card>
          <h2 className="mb-2 font-semibold">{t("analysis.sentimentShare")}</h2>
          <SentimentPie share={analysis.sentimentShare} labels={labels} />
        </Card>
        <Card>
          <h2 className="mb-2 font-semibold">{t("analysis.topOutlets")}</h2>
          <OutletChart data={analysis.byOutlet} labels={{ positive: labels.positive, negative: labels.negative, other: t("analysis.otherSentiment") }} />
        </Card>
        <div className="space-y-6">
          <Card>
            <h2 className="mb-2 font-semibold">{t("analysis.byMediaType")}</h2>
            <table className="w-full text-sm">
              <thead className="text-left text-xs text-slate-500"><tr><th>{t("fields.mediaType")}</th><th className="text-right">{t("analysis.mentions")}</th><th className="text-right">{t("analysis.change")}</th></tr></thead>
              <tbody>
                {analysis.byMediaType.map((row) => (
                  <tr key={row.mediaType}><td>{t(`mediaType.${row.mediaType}`)}</td><td className="text-right">{row.mentions}</td><td className="whitespace-nowrap pl-2 text-right"><Change current={row.mentions} previous={row.previous} /></td></tr>
                ))}
              </tbody>
            </table>
          </Card>
          <Card>
            <h2 className="mb-2 font-semibold">{t("analysis.topics")}</h2>
            <table className="w-full text-sm" data-testid="topic-table">
              <thead className="text-left text-xs text-slate-500"><tr><th>{t("fields.topics")}</th><th className="pl-2 text-right">{t("analysis.mentions")}</th><th className="pl-2 text-right">{t("analysis.negative")}</th><th className="pl-2 text-right">{t("analysis.change")}</th></tr></thead>
              <tbody>
                {analysis.byTopic.map((row) => (
                  <tr key={row.topic}><td>{row.topic}</td><td className="pl-2 text-right">{row.mentions}</td><td className="pl-2 text-right">{row.negative}</td><td className="whitespace-nowrap pl-2 text-right"><Change current={row.mentions} previous={row.previous} /></td></tr>
                ))}
              </tbody>
            </table>
          </Card>
        </div>
      </div>
      <p className="mt-6 text-xs text-slate-500">{t("analysis.noAve")}</p>
    </>
  );
}
