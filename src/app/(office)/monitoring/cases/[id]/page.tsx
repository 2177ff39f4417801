import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { Badge, Card, PageHeader } from "@/components/ui/page-header";
import { cityIsoDate } from "@/features/inquiries/time";
import { EditCaseForm } from "@/features/monitoring/components/case-form";
import { caseFormOptions, getResponseCase } from "@/features/monitoring/queries";
import { orPageError, requirePageActor } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";
import { config } from "@/server/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("monitoring"))("cases.title") };
}

function localInput(date: Date | null, timeZone: string) {
  if (!date) return "";
  const time = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(date);
  return `${cityIsoDate(date, timeZone)}T${time}`;
}

export default async function CasePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("monitoring.view");
  const { id } = await params;
  const query = await searchParams;
  const found = await orPageError(getResponseCase(actor, id));
  const t = await getTranslations("monitoring");
  const format = await getFormatter();
  const options = can(actor, "monitoring.respond") ? await caseFormOptions(actor) : null;
  return (
    <>
      <PageHeader title={`${t(`responseType.${found.type}`)}: ${found.clipping.title}`} subtitle={<Badge tone={found.status === "OPEN" ? (found.overdue ? "red" : "amber") : "green"}>{t(`caseStatus.${found.status}`)}</Badge>} />
      {query.created && <Notice tone="success" className="mb-4">{t("cases.created")}</Notice>}
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Card>
          {options ? (
            <EditCaseForm
              options={options}
              value={{ id: found.id, version: found.version, type: found.type, status: found.status, ownerId: found.ownerId, deadline: localInput(found.deadline, config().CITY_TIME_ZONE), text: found.text, outcome: found.outcome, releaseId: found.releaseId, inquiryId: found.inquiryId }}
            />
          ) : (
            <dl className="space-y-2 text-sm">
              <dt className="text-slate-500">{t("cases.owner")}</dt><dd>{found.ownerName ?? "—"}</dd>
              <dt className="text-slate-500">{t("cases.text")}</dt><dd className="whitespace-pre-line">{found.text || "—"}</dd>
              <dt className="text-slate-500">{t("cases.outcome")}</dt><dd className="whitespace-pre-line">{found.outcome || "—"}</dd>
            </dl>
          )}
        </Card>
        <Card>
          <h2 className="mb-2 font-semibold">{t("cases.clipping")}</h2>
          <Link href={`/monitoring/${found.clipping.id}`} className="font-medium text-brand-800 hover:underline">{found.clipping.title}</Link>
          <p className="text-xs text-slate-500">{found.clipping.outlet} · {format.dateTime(found.clipping.publishedAt, { dateStyle: "medium", timeStyle: "short" })}</p>
          {found.clipping.excerpt && <p className="mt-2 text-sm text-slate-700">{found.clipping.excerpt.slice(0, 600)}</p>}
          {found.clipping.url && <a href={found.clipping.url} target="_blank" rel="noopener noreferrer nofollow" className="mt-2 block text-sm text-brand-700 hover:underline">{t("detail.openArticle")}</a>}
          {found.release && <p className="mt-3 text-sm">{t("cases.release")}: <Link className="text-brand-700 hover:underline" href={`/press-releases/${found.release.id}`}>{found.release.title}</Link></p>}
          {found.inquiry && <p className="mt-1 text-sm">{t("cases.inquiry")}: <Link className="text-brand-700 hover:underline" href={`/inquiries/${found.inquiry.id}`}>{found.inquiry.number} – {found.inquiry.subject}</Link></p>}
        </Card>
      </div>
    </>
  );
}
