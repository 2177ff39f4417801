import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { Badge, Card, PageHeader } from "@/components/ui/page-header";
import { NewCaseForm } from "@/features/monitoring/components/case-form";
import { ReviewForm } from "@/features/monitoring/components/review-form";
import { caseFormOptions, getClipping } from "@/features/monitoring/queries";
import { orPageError, requirePageActor } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("monitoring"))("detail.title") };
}

export default async function ClippingPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("monitoring.view");
  const { id } = await params;
  const query = await searchParams;
  const clipping = await orPageError(getClipping(actor, id));
  const t = await getTranslations("monitoring");
  const tAudit = await getTranslations("auditActions");
  const format = await getFormatter();
  const options = can(actor, "monitoring.respond") && !clipping.responseCase ? await caseFormOptions(actor) : null;
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  return (
    <>
      <PageHeader title={clipping.title} subtitle={`${clipping.outlet} · ${t(`mediaType.${clipping.mediaType}`)} · ${when(clipping.publishedAt)}${clipping.placement ? ` · ${clipping.placement}` : ""}`} />
      {query.created && <Notice tone="success" className="mb-4">{t("detail.created")}</Notice>}
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-6">
          <Card>
            <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
              <div><dt className="text-slate-500">{t("fields.status")}</dt><dd><Badge>{t(`status.${clipping.status}`)}</Badge></dd></div>
              <div><dt className="text-slate-500">{t("fields.sentiment")}</dt><dd>{clipping.sentiment ? t(`sentiment.${clipping.sentiment}`) : t("sentiment.none")}</dd></div>
              <div><dt className="text-slate-500">{t("fields.author")}</dt><dd>{clipping.author ?? "—"}</dd></div>
              <div><dt className="text-slate-500">{t("fields.reach")}</dt><dd>{clipping.reach !== null ? format.number(clipping.reach) : "—"}</dd></div>
              <div><dt className="text-slate-500">{t("fields.matchedKeywords")}</dt><dd>{clipping.matchedKeywords.join(", ") || "—"}</dd></div>
              <div><dt className="text-slate-500">{t("fields.relevance")}</dt><dd>{clipping.relevance} / 5</dd></div>
              {clipping.publishedAtEstimated && <div className="sm:col-span-2 text-amber-800">{t("detail.estimatedDate")}</div>}
            </dl>
            {clipping.excerpt && <p className="mt-4 whitespace-pre-line text-sm text-slate-800">{clipping.excerpt}</p>}
            <div className="mt-4 flex flex-wrap gap-4 text-sm">
              {clipping.url && (
                <a href={clipping.url} target="_blank" rel="noopener noreferrer nofollow" className="text-brand-700 hover:underline">
                  {t("detail.openArticle")}
                </a>
              )}
              {clipping.fileKey && (
                <a href={`/monitoring/${clipping.id}/file`} className="text-brand-700 hover:underline">
                  {t("detail.openFile", { name: clipping.fileName ?? "PDF" })}
                </a>
              )}
            </div>
          </Card>
          {clipping.copies.length > 0 && (
            <Card>
              <h2 className="mb-2 font-semibold">{t("detail.copies", { count: clipping.copies.length })}</h2>
              <ul className="space-y-1 text-sm">
                {clipping.copies.map((copy) => (
                  <li key={copy.id}>
                    <Link href={`/monitoring/${copy.id}`} className="text-brand-700 hover:underline">{copy.outlet}</Link> · {when(copy.publishedAt)}
                  </li>
                ))}
              </ul>
            </Card>
          )}
          {can(actor, "monitoring.manage") && (
            <Card>
              <h2 className="mb-3 font-semibold">{t("review.title")}</h2>
              <ReviewForm clipping={{ id: clipping.id, version: clipping.version, status: clipping.status, sentiment: clipping.sentiment, topics: clipping.topics, relevance: clipping.relevance, note: clipping.note }} />
            </Card>
          )}
        </div>
        <div className="space-y-6">
          <Card>
            <h2 className="mb-2 font-semibold">{t("cases.title")}</h2>
            {clipping.responseCase ? (
              <p className="text-sm">
                <Link href={`/monitoring/cases/${clipping.responseCase.id}`} className="text-brand-700 hover:underline">
                  {t(`responseType.${clipping.responseCase.type}`)} · {t(`caseStatus.${clipping.responseCase.status}`)}
                </Link>
              </p>
            ) : options ? (
              <NewCaseForm clippingId={clipping.id} options={options} idempotencyKey={randomUUID()} actorId={actor.id} />
            ) : (
              <p className="text-sm text-slate-500">{t("cases.noneYet")}</p>
            )}
          </Card>
          {clipping.inquiries.length > 0 && (
            <Card>
              <h2 className="mb-1 font-semibold">{t("detail.inquiries")}</h2>
              <ul className="text-sm">
                {clipping.inquiries.map((inquiry) => (
                  <li key={inquiry.id}>
                    <Link href={`/inquiries/${inquiry.id}`} className="text-brand-700 hover:underline">{inquiry.number} – {inquiry.subject}</Link>
                  </li>
                ))}
              </ul>
            </Card>
          )}
          {clipping.note && (
            <Card>
              <h2 className="mb-1 font-semibold">{t("fields.note")}</h2>
              <p className="whitespace-pre-line text-sm">{clipping.note}</p>
            </Card>
          )}
          <Card>
            <h2 className="mb-2 font-semibold">{t("detail.history")}</h2>
            <ul className="space-y-1 text-xs text-slate-600">
              <li>{t("detail.createdAt", { at: when(clipping.createdAt) })}</li>
              {clipping.history.map((entry) => (
                <li key={entry.id}>
                  {when(entry.at)} · {entry.actorName ?? "—"} · {tAudit(entry.action.replaceAll(".", "_"))}
                </li>
              ))}
            </ul>
          </Card>
        </div>
      </div>
    </>
  );
}
