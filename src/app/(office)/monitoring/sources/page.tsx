import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, Card, PageHeader } from "@/components/ui/page-header";
import { MonitoringNav } from "@/features/monitoring/components/monitoring-nav";
import { DeleteKeywordButton, KeywordForm, PollNowButton, SourceForm } from "@/features/monitoring/components/source-forms";
import { listKeywords, listSources } from "@/features/monitoring/queries";
import { requirePageActor } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("monitoring"))("sources.title") };
}

export default async function SourcesPage() {
  const actor = await requirePageActor("monitoring.view");
  const t = await getTranslations("monitoring");
  const format = await getFormatter();
  const [sources, keywords] = await Promise.all([listSources(actor), listKeywords(actor)]);
  const canConfigure = can(actor, "monitoring.configure");
  const topics = [...new Set(keywords.map((keyword) => keyword.topic))];
  const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "short", timeStyle: "short" }) : "—");
  return (
    <>
      <PageHeader title={t("sources.title")} subtitle={t("sources.subtitle")} />
      <MonitoringNav current="sources" />
      <section className="mb-8">
        <h2 className="mb-3 text-lg font-semibold">{t("sources.heading", { count: sources.length })}</h2>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm" data-testid="source-table">
            <thead className="bg-slate-50 text-left text-xs uppercase text-slate-500">
              <tr>
                <th className="px-3 py-2">{t("fields.outlet")}</th>
                <th className="px-3 py-2">{t("fields.mediaType")}</th>
                <th className="px-3 py-2">{t("sources.kind")}</th>
                <th className="px-3 py-2">{t("sources.lastSuccess")}</th>
                <th className="px-3 py-2">{t("sources.state")}</th>
                <th className="px-3 py-2 text-right">{t("sources.clippings")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {sources.map((source) => (
                <tr key={source.id} data-testid="source-row" className="align-top">
                  <td className="px-3 py-2">
                    <div className="font-medium">{source.outlet}</div>
                    {source.feedUrl && <div className="max-w-xs truncate text-xs text-slate-500" title={source.feedUrl}>{source.feedUrl}</div>}
                    {canConfigure && (
                      <details className="mt-1">
                        <summary className="cursor-pointer text-xs text-brand-700">{t("sources.edit")}</summary>
                        <div className="mt-2 w-[36rem] max-w-full space-y-2">
                          <SourceForm value={{ id: source.id, version: source.version, outlet: source.outlet, mediaType: source.mediaType, feedUrl: source.feedUrl, active: source.active, pollIntervalMinutes: source.pollIntervalMinutes, reach: source.reach }} />
                          {source.feedUrl && <PollNowButton id={source.id} />}
                        </div>
                      </details>
                    )}
                  </td>
                  <td className="px-3 py-2">{t(`mediaType.${source.mediaType}`)}</td>
                  <td className="px-3 py-2">{source.feedUrl ? t("sources.feed", { minutes: source.pollIntervalMinutes }) : t("sources.manual")}</td>
                  <td className="px-3 py-2">{source.feedUrl ? when(source.lastSuccessAt) : "—"}</td>
                  <td className="px-3 py-2" data-testid="source-state">
                    {!source.active ? (
                      <Badge>{t("sources.inactive")}</Badge>
                    ) : source.lastError ? (
                      <span title={source.lastErrorAt ? when(source.lastErrorAt) : undefined}>
                        <Badge tone="red">{t("sources.error", { error: source.lastError, count: source.consecutiveFailures })}</Badge>
                      </span>
                    ) : (
                      <Badge tone="green">{t("sources.ok")}</Badge>
                    )}
                  </td>
                  <td className="px-3 py-2 text-right">{format.number(source.clippings)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {canConfigure && (
          <Card className="mt-4">
            <h3 className="mb-3 font-semibold">{t("sources.addTitle")}</h3>
            <SourceForm idempotencyKey={randomUUID()} />
          </Card>
        )}
      </section>
      <section>
        <h2 className="mb-1 text-lg font-semibold">{t("keywords.title", { count: keywords.length })}</h2>
        <p className="mb-3 text-sm text-slate-600">{t("keywords.subtitle")}</p>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm" data-testid="keyword-table">
            <thead className="bg-slate-50 text-left text-xs uppercase text-slate-500">
              <tr>
                <th className="px-3 py-2">{t("keywords.term")}</th>
                <th className="px-3 py-2">{t("keywords.exclusions")}</th>
                <th className="px-3 py-2">{t("keywords.topic")}</th>
                <th className="px-3 py-2">{t("keywords.state")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {keywords.map((keyword) => (
                <tr key={keyword.id} className="align-top">
                  <td className="px-3 py-2">
                    <div className="font-medium">{keyword.term}</div>
                    {canConfigure && (
                      <details className="mt-1">
                        <summary className="cursor-pointer text-xs text-brand-700">{t("keywords.edit")}</summary>
                        <div className="mt-2 w-[36rem] max-w-full space-y-2">
                          <KeywordForm value={keyword} topics={topics} />
                          <DeleteKeywordButton id={keyword.id} />
                        </div>
                      </details>
                    )}
                  </td>
                  <td className="px-3 py-2 text-slate-600">{keyword.exclusions.join(", ") || "—"}</td>
                  <td className="px-3 py-2"><Badge tone="blue">{keyword.topic}</Badge></td>
                  <td className="px-3 py-2">{keyword.active ? t("keywords.on") : t("keywords.off")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {canConfigure && (
          <Card className="mt-4">
            <h3 className="mb-3 font-semibold">{t("keywords.addTitle")}</h3>
            <KeywordForm idempotencyKey={randomUUID()} topics={topics} />
          </Card>
        )}
      </section>
    </>
  );
}
