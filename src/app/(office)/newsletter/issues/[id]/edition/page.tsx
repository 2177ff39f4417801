import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { Badge, Card, PageHeader } from "@/components/ui/page-header";
import { BuildEditionForm, EditionStepButton, EditionTextForm, ProgressRefresher } from "@/features/newsletter/components/edition-forms";
import { NewspaperSectionLinks } from "@/features/newsletter/components/section-links";
import { getEditionPage } from "@/features/newsletter/queries";
import { orPageError, requirePageActor } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("newsletterMail.edition"))("title") };
}

const TONES = { DRAFT: "slate", AWAITING_APPROVAL: "amber", APPROVED: "blue", SENDING: "amber", SENT: "green" } as const;

// The e-mail edition of an issue: build it from the approved articles, write the intro, preview it as a
// subscriber will see it, have it approved by a second person, send it once and watch the progress.
export default async function EditionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("newsletter.view");
  const { id } = await params;
  const t = await getTranslations("newsletterMail.edition");
  const format = await getFormatter();
  const page = await orPageError(getEditionPage(actor, id));
  const edition = page.edition;
  const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }) : "");
  return (
    <>
      <NewspaperSectionLinks actor={actor} current="edition" />
      <PageHeader
        title={t("heading", { issue: page.issue.label })}
        subtitle={edition ? <Badge tone={TONES[edition.status]}>{t(`status.${edition.status}`)}</Badge> : t("notBuilt")}
        actions={
          <Link href={`/newsletter/issues/${page.issue.id}`} className="rounded-md px-3 py-2 text-sm text-brand-700 hover:bg-slate-100">
            {t("backToIssue")}
          </Link>
        }
      />
      {!edition && (
        <Card className="max-w-2xl space-y-3">
          <p className="text-sm text-slate-700">{t("buildIntro", { count: page.issue.approvedArticles, subscribers: page.confirmed })}</p>
          {can(actor, "newsletterEdition.prepare") ? <BuildEditionForm issueId={page.issue.id} idempotencyKey={randomUUID()} /> : <p className="text-sm text-slate-600">{t("notBuiltReadOnly")}</p>}
        </Card>
      )}
      {edition && (
        <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
          <div className="min-w-0 space-y-6">
            <Card>
              <h2 className="mb-3 text-base font-semibold">{t("preview")}</h2>
              <p className="mb-2 text-sm">
                <span className="text-slate-500">{t("subject")}:</span> <strong>{edition.preview.subject}</strong>
              </p>
              {/* Our own renderer's output: every value in it is escaped (features/newsletter/mail.ts). */}
              <div className="rounded-md border border-slate-200 bg-white p-4" data-testid="edition-preview" dangerouslySetInnerHTML={{ __html: edition.preview.html }} />
              <details className="mt-3">
                <summary className="cursor-pointer text-sm text-brand-700">{t("plainText")}</summary>
                <pre className="mt-2 whitespace-pre-wrap rounded-md bg-slate-50 p-3 text-xs text-slate-800">{edition.preview.text}</pre>
              </details>
              <p className="mt-3 text-xs text-slate-500">{t("noTracking")}</p>
            </Card>
            {edition.steps.includes("edit") && (
              <Card>
                <h2 className="mb-3 text-base font-semibold">{t("texts")}</h2>
                <EditionTextForm id={edition.id} version={edition.version} subject={edition.subject} intro={edition.intro} isDraft={edition.status === "DRAFT"} />
              </Card>
            )}
          </div>
          <div className="space-y-4">
            <Card>
              <h2 className="mb-2 text-base font-semibold">{t("workflow")}</h2>
              <ul className="mb-3 space-y-1 text-sm text-slate-700">
                <li>{t("builtBy", { name: edition.createdByName ?? "—", when: when(edition.createdAt) })}</li>
                {edition.editedById !== edition.createdById && <li>{t("editedBy", { name: edition.editedByName ?? "—" })}</li>}
                {edition.submittedAt && <li>{t("submittedAt", { when: when(edition.submittedAt) })}</li>}
                {edition.approvedAt && <li data-testid="approved-by">{t("approvedBy", { name: edition.approvedByName ?? "—", when: when(edition.approvedAt) })}</li>}
                {edition.sendStartedAt && <li>{t("sentBy", { name: edition.sentByName ?? "—", when: when(edition.sendStartedAt) })}</li>}
              </ul>
              {edition.status === "AWAITING_APPROVAL" && !edition.steps.includes("approve") && <Notice tone="info" className="mb-3">{t("needsSecondPerson")}</Notice>}
              {edition.status === "APPROVED" && <p className="mb-3 text-sm">{t("willGoTo", { count: page.confirmed })}</p>}
              <div className="flex flex-wrap gap-2">
                {edition.steps
                  .filter((step) => step !== "edit")
                  .map((step) => (
                    <EditionStepButton key={step} id={edition.id} version={edition.version} step={step as Exclude<typeof step, "edit">} confirm={step === "send" ? t("confirmSend", { count: page.confirmed }) : undefined} />
                  ))}
              </div>
            </Card>
            {(edition.status === "SENDING" || edition.status === "SENT") && (
              <Card>
                <ProgressRefresher active={edition.status === "SENDING"} />
                <h2 className="mb-2 text-base font-semibold">{t("progress")}</h2>
                <div className="mb-2 h-2 w-full overflow-hidden rounded bg-slate-100" role="progressbar" aria-valuemin={0} aria-valuemax={edition.recipientCount} aria-valuenow={edition.recipientCount - edition.progress.QUEUED}>
                  <div className="h-full bg-green-600" style={{ width: `${edition.recipientCount ? Math.round(((edition.recipientCount - edition.progress.QUEUED) / edition.recipientCount) * 100) : 100}%` }} />
                </div>
                <p className="text-sm" data-testid="edition-progress">
                  {t("progressCounts", { sent: edition.progress.SENT, queued: edition.progress.QUEUED, failed: edition.progress.FAILED, skipped: edition.progress.SKIPPED, total: edition.recipientCount })}
                </p>
                <ul className="mt-3 max-h-72 divide-y divide-slate-100 overflow-y-auto text-xs">
                  {edition.deliveries.map((delivery) => (
                    <li key={delivery.id} className="flex justify-between gap-2 py-1">
                      <span className="truncate">{delivery.email}</span>
                      <span className={delivery.status === "FAILED" ? "text-red-700" : delivery.status === "SENT" ? "text-green-700" : "text-slate-500"} title={delivery.error ?? undefined}>
                        {t(`delivery.${delivery.status}`)}
                      </span>
                    </li>
                  ))}
                </ul>
              </Card>
            )}
            {edition.status === "SENT" && (
              <p className="text-sm">
                <a href={`/newsroom/newsletter/${page.issue.id}`} className="text-brand-700 hover:underline">
                  {t("webVersion")}
                </a>
              </p>
            )}
          </div>
        </div>
      )}
    </>
  );
}
