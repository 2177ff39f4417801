import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Notice } from "@/components/ui/notice";
import { Card, PageHeader } from "@/components/ui/page-header";
import { labelAuditAction } from "@/features/audit/action-label";
import { AnswerPanel, AssignForm, ConsultationResponseForm, ConsultForm, EditForm, LinkForm } from "@/features/inquiries/components/inquiry-steps";
import { InquiryStatusBadge, OverdueBadge } from "@/features/inquiries/components/status-badge";
import { getInquiry, inquiryFormOptions } from "@/features/inquiries/queries";
import { toCityDateTimeInput } from "@/features/press-releases/city-time";
import { config } from "@/server/config";
import { orPageError, requirePageActor } from "@/server/auth/page-guard";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const t = await getTranslations("inquiries");
  return { title: `${t("detail.title")} ${(await params).id.slice(0, 8)}` };
}

export default async function InquiryPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("inquiry.view");
  const { id } = await params;
  const query = await searchParams;
  const inquiry = await orPageError(getInquiry(actor, id));
  const options = await inquiryFormOptions(actor);
  const t = await getTranslations("inquiries");
  const tAudit = await getTranslations("auditActions");
  const format = await getFormatter();
  const locale = await getLocale();
  const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }) : "—");
  const ref = { id: inquiry.id, version: inquiry.version };
  const can = (step: string) => inquiry.allowedActions.includes(step as never);
  const requester = inquiry.contact?.name ?? inquiry.requesterName ?? "—";
  const email = inquiry.contact?.email ?? inquiry.requesterEmail ?? "";
  const answerer = inquiry.away ? (inquiry.standIn?.name ?? options.standIn?.name ?? null) : null;

  return (
    <>
      <PageHeader
        title={
          <span>
            <span className="mr-2 font-mono text-lg text-slate-500">{inquiry.number}</span>
            {inquiry.subject}
          </span>
        }
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            <InquiryStatusBadge status={inquiry.status} label={t(`status.${inquiry.status}`)} />
            {inquiry.overdue && <OverdueBadge label={t("overdue")} />}
            {inquiry.isFoiRequest && <span className="text-xs font-medium text-brand-800">{t("fields.isFoiRequest")}</span>}
          </span>
        }
        actions={
          <Link href="/inquiries" className="text-sm text-brand-700 hover:underline">
            ← {t("backToList")}
          </Link>
        }
      />
      {query.created && <Notice tone="success" className="mb-4">{t("done.created", { number: inquiry.number })}</Notice>}
      {query.reused && <Notice tone="success" className="mb-4">{t("done.reused")}</Notice>}

      <div className="grid gap-5 lg:grid-cols-3">
        <div className="space-y-5 lg:col-span-2">
          <Card>
            <h2 className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-500">{t("fields.question")}</h2>
            <p className="whitespace-pre-wrap text-slate-900">{inquiry.question}</p>
            {can("edit") && (
              <details className="mt-4 border-t border-slate-100 pt-3">
                <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("actions.openEdit")}</summary>
                <div className="mt-3">
                  <EditForm
                    reference={ref}
                    topics={options.topics.map((topic) => ({ id: topic.id, name: locale === "en" ? topic.nameEn : topic.nameCs }))}
                    initial={{
                      subject: inquiry.subject,
                      question: inquiry.question,
                      topicId: inquiry.topic?.id ?? "",
                      deadline: toCityDateTimeInput(inquiry.deadline, config().CITY_TIME_ZONE),
                      isFoiRequest: inquiry.isFoiRequest,
                    }}
                  />
                </div>
              </details>
            )}
          </Card>

          <Card>
            <h2 className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500">{t("detail.answer")}</h2>
            <AnswerState inquiry={inquiry} when={when} t={t} />
            <AnswerPanel reference={ref} draft={inquiry.answerDraft ?? ""} allowed={inquiry.allowedActions} defaultEmail={inquiry.sentStatus === "FAILED" && inquiry.answerEmail ? inquiry.answerEmail : email} />
          </Card>

          <Card>
            <h2 className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500">{t("detail.consultations")}</h2>
            {inquiry.consultations.length === 0 && <p className="mb-3 text-sm text-slate-500">{t("detail.noConsultations")}</p>}
            <ul className="mb-4 space-y-3">
              {inquiry.consultations.map((consultation) => (
                <li key={consultation.id} className="rounded-md border border-slate-200 p-3 text-sm" data-testid="consultation">
                  <div className="font-medium text-slate-900">
                    {consultation.department}
                    {consultation.person && <span className="font-normal text-slate-600"> · {consultation.person}</span>}
                  </div>
                  <div className="text-xs text-slate-500">{t("detail.askedAt", { time: when(consultation.askedAt) })}</div>
                  {consultation.answeredAt ? (
                    <div className="mt-2">
                      <div className="text-xs text-slate-500">{t("detail.respondedAt", { time: when(consultation.answeredAt) })}</div>
                      <p className="whitespace-pre-wrap text-slate-800">{consultation.response}</p>
                    </div>
                  ) : can("consultationResponse") ? (
                    <div className="mt-3">
                      <ConsultationResponseForm reference={ref} consultationId={consultation.id} />
                    </div>
                  ) : (
                    <div className="mt-1 text-xs font-medium text-amber-800">{t("detail.waiting")}</div>
                  )}
                </li>
              ))}
            </ul>
            {can("consult") && <ConsultForm reference={ref} />}
          </Card>

          <Card>
            <h2 className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500">{t("detail.timeline")}</h2>
            <ol className="space-y-2 border-l-2 border-slate-200 pl-4 text-sm" data-testid="timeline">
              {inquiry.timeline.map((entry) => (
                <li key={entry.id} className="relative">
                  <span className="absolute -left-[1.4rem] top-1.5 h-2.5 w-2.5 rounded-full bg-brand-500" aria-hidden />
                  <span className="font-medium text-slate-900">{labelAuditAction(tAudit, entry.action)}</span>
                  <span className="text-slate-600">
                    {" "}
                    · {when(entry.at)}
                    {entry.actorName ? ` · ${entry.actorName}` : ""}
                  </span>
                </li>
              ))}
            </ol>
          </Card>
        </div>

        <div className="space-y-5">
          <Card>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
              <Fact label={t("fields.requester")}>
                {requester}
                {email && <div className="text-xs text-slate-500">{email}</div>}
              </Fact>
              <Fact label={t("fields.outlet")}>{inquiry.outlet?.name ?? "—"}</Fact>
              <Fact label={t("fields.channel")}>{t(`channel.${inquiry.channel}`)}</Fact>
              <Fact label={t("fields.receivedAt")}>{when(inquiry.receivedAt)}</Fact>
              <Fact label={t("fields.deadline")}>
                <span className={inquiry.overdue ? "font-semibold text-red-700" : undefined}>{when(inquiry.deadline)}</span>
              </Fact>
              {inquiry.isFoiRequest && (
                <Fact label={t("fields.foiDeadline")}>
                  <span data-testid="foi-deadline">{inquiry.foiDeadline ? format.dateTime(new Date(`${inquiry.foiDeadline}T12:00:00Z`), { dateStyle: "full" }) : "—"}</span>
                  {inquiry.foiCitation && <div className="text-xs text-slate-500">{inquiry.foiCitation}</div>}
                </Fact>
              )}
              <Fact label={t("fields.topic")}>{inquiry.topic ? (locale === "en" ? inquiry.topic.nameEn : inquiry.topic.nameCs) : "—"}</Fact>
              <Fact label={t("fields.owner")}>
                <span data-testid="owner">{inquiry.owner?.name ?? "—"}</span>
              </Fact>
              <Fact label={t("fields.standIn")}>{inquiry.standIn?.name ?? "—"}</Fact>
              <Fact label={t("fields.release")}>
                {inquiry.release ? (
                  <Link href={`/press-releases/${inquiry.release.id}`} className="text-brand-700 hover:underline">
                    {inquiry.release.title}
                  </Link>
                ) : (
                  "—"
                )}
              </Fact>
              <Fact label={t("fields.clippingUrl")}>
                {inquiry.clippingUrl ? (
                  <a href={inquiry.clippingUrl} className="break-all text-brand-700 hover:underline" rel="noopener noreferrer nofollow" target="_blank">
                    {inquiry.clippingUrl}
                  </a>
                ) : (
                  "—"
                )}
              </Fact>
            </dl>
          </Card>
          <Card>
            <h2 className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-500">{t("detail.whoAnswers")}</h2>
            <p className="text-sm text-slate-800" data-testid="who-answers">
              {inquiry.away ? t("detail.awayAnswers", { name: answerer ?? t("detail.head") }) : t("detail.spokespersonAnswers")}
            </p>
            {can("assign") && (
              <div className="mt-4">
                <AssignForm reference={ref} staff={options.staff} ownerId={inquiry.ownerId ?? actor.id} standInId={inquiry.standInId ?? ""} />
              </div>
            )}
          </Card>
          {can("link") && (
            <Card>
              <h2 className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500">{t("detail.links")}</h2>
              <LinkForm reference={ref} releases={options.releases} releaseId={inquiry.release?.id ?? ""} clippingUrl={inquiry.clippingUrl ?? ""} />
            </Card>
          )}
        </div>
      </div>
    </>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-slate-500">{label}</dt>
      <dd className="text-slate-900">{children}</dd>
    </>
  );
}

function AnswerState({
  inquiry,
  when,
  t,
}: {
  inquiry: Awaited<ReturnType<typeof getInquiry>>;
  when: (date: Date | null) => string;
  t: Awaited<ReturnType<typeof getTranslations<"inquiries">>>;
}) {
  const lines: string[] = [];
  if (inquiry.answerApprovedAt) lines.push(t("detail.approvedBy", { name: inquiry.answerApprovedBy?.name ?? "—", time: when(inquiry.answerApprovedAt) }));
  if (inquiry.answeredAt && inquiry.answerChannel) lines.push(t("detail.answeredVia", { channel: t(`channel.${inquiry.answerChannel}`), time: when(inquiry.answeredAt) }));
  if (inquiry.sentStatus) lines.push(t(`sentStatus.${inquiry.sentStatus}`, { email: inquiry.answerEmail ?? "", time: when(inquiry.sentAt), error: inquiry.sentError ?? "" }));
  if (lines.length === 0) return null;
  return (
    <ul className="mb-4 space-y-1 text-sm text-slate-700" data-testid="answer-state">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
