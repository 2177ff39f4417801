import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Notice } from "@/components/ui/notice";
import { Badge, Card, PageHeader } from "@/components/ui/page-header";
import {
  checkGrantReportAction,
  decideGrantAction,
  evaluateGrantAction,
  receiveGrantReportAction,
  recordGrantPaymentAction,
  removeGrantDocumentAction,
  uploadGrantDocumentAction,
} from "@/features/grants/actions";
import { GrantForm } from "@/features/grants/components/grant-form";
import { formatCzk, GrantStatusBadge } from "@/features/grants/components/status-badge";
import { getGrantApplication, grantResolutionOptions } from "@/features/grants/queries";
import { toInput } from "@/features/grants/schema";
import { formatBytes } from "@/features/release-media/format";
import { orPageError, requirePageActor } from "@/server/auth/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("grants"))("application.detailTitle") };
}

const H2 = "mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500";

function Facts({ rows }: { rows: Array<[string, ReactNode]> }) {
  return (
    <dl className="grid grid-cols-[minmax(8rem,auto)_1fr] gap-x-4 gap-y-1 text-sm">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-slate-500">{label}</dt>
          <dd className="whitespace-pre-line">{value ?? "—"}</dd>
        </div>
      ))}
    </dl>
  );
}

export default async function GrantApplicationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("grant.view");
  const { id } = await params;
  const query = await searchParams;
  const app = await orPageError(getGrantApplication(actor, id));
  const t = await getTranslations("grants");
  const locale = await getLocale();
  const format = await getFormatter();
  const czk = (minor: number | null) => formatCzk(minor, locale);
  const day = (iso: string | null) => (iso ? format.dateTime(new Date(`${iso}T12:00:00Z`), { dateStyle: "medium" }) : "—");
  const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }) : "—");
  const steps = new Set(app.steps);
  const resolutions = steps.has("decide") ? await grantResolutionOptions(actor) : [];
  const hidden = { id: app.id, version: app.version };
  const todayIso = new Date().toISOString().slice(0, 10);

  return (
    <>
      <PageHeader
        title={`${app.organisation}: ${app.project}`}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            <span data-testid="grant-status">
              <GrantStatusBadge status={app.status} label={t(`status.${app.status}`)} />
            </span>
            <Link href={`/events/grants/calls/${app.call.id}`} className="text-brand-700 hover:underline">
              {app.call.title} ({app.call.year})
            </Link>
            {app.overdue && <Badge tone="red">{t("reportOverdue")}</Badge>}
          </span>
        }
        actions={
          <Link href={`/events/grants/calls/${app.call.id}`} className="text-sm text-brand-700 hover:underline">
            ← {t("backToCall")}
          </Link>
        }
      />
      {query.created && <Notice tone="success">{t("application.created")}</Notice>}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className={H2}>{t("sections.application")}</h2>
          <Facts
            rows={[
              [t("application.organisation"), app.organisation],
              [t("application.ico"), app.organisationIco],
              [t("application.contactEmail"), app.contactEmail],
              [t("application.project"), app.project],
              [t("application.description"), app.description],
              [t("totals.requested"), czk(app.amountRequested)],
              [t("application.submittedOn"), day(app.submittedOn)],
            ]}
          />
        </Card>
        <Card>
          <h2 className={H2}>{t("sections.documents")}</h2>
          <ul className="mb-3 space-y-1 text-sm" data-testid="documents">
            {app.files.length === 0 && <li className="text-slate-500">{t("documents.none")}</li>}
            {app.files.map((file) => (
              <li key={file.id} className="flex items-center justify-between gap-2">
                <a href={`/media/${file.id}`} className="text-brand-700 hover:underline">
                  {file.fileName}
                </a>
                <span className="text-slate-500">{formatBytes(file.byteSize, locale)}</span>
                {app.canManage && (
                  <GrantForm action={removeGrantDocumentAction} hidden={{ id: file.id }} testId={`remove-${file.id}`} submit={t("documents.remove")} variant="secondary" fields={[]} />
                )}
              </li>
            ))}
          </ul>
          {app.canManage && (
            <GrantForm
              action={uploadGrantDocumentAction}
              hidden={{ grantApplicationId: app.id }}
              testId="document-form"
              submit={t("documents.upload")}
              done={t("documents.uploaded")}
              variant="secondary"
              fields={[{ name: "file", label: t("documents.file"), type: "file", required: true, hint: t("documents.hint"), wide: true }]}
            />
          )}
        </Card>

        <Card>
          <h2 className={H2}>{t("sections.evaluation")}</h2>
          <Facts
            rows={[
              [t("application.score"), app.score],
              [t("application.evaluation"), app.evaluation],
              [t("by"), app.evaluatedBy ? `${app.evaluatedBy}, ${when(app.evaluatedAt)}` : null],
            ]}
          />
          {steps.has("evaluate") && (
            <div className="mt-4">
              <GrantForm
                action={evaluateGrantAction}
                hidden={hidden}
                testId="evaluate-form"
                submit={t("steps.evaluate")}
                fields={[
                  { name: "score", label: t("application.score"), type: "number", required: true, hint: t("scoreHint"), defaultValue: app.score?.toString() ?? "" },
                  { name: "evaluation", label: t("application.evaluation"), type: "textarea", required: true, defaultValue: app.evaluation ?? "" },
                ]}
              />
            </div>
          )}
        </Card>

        <Card>
          <h2 className={H2}>{t("sections.decision")}</h2>
          <Facts
            rows={[
              [t("totals.granted"), czk(app.amountGranted)],
              [t("application.conditions"), app.conditions],
              [t("application.resolution"), app.resolution ? `${app.resolution.body} ${app.resolution.number}: ${app.resolution.title}` : null],
              [t("by"), app.decidedBy ? `${app.decidedBy}, ${when(app.decidedAt)}` : null],
            ]}
          />
          {steps.has("decide") && (
            <div className="mt-4">
              <p className="mb-2 text-sm text-slate-600">
                {t("totals.remaining")}: {czk(app.callRemaining)}
              </p>
              <GrantForm
                action={decideGrantAction}
                hidden={hidden}
                testId="decide-form"
                submit={t("steps.decide")}
                fields={[
                  {
                    name: "outcome",
                    label: t("application.outcome"),
                    type: "select",
                    required: true,
                    options: [
                      { value: "GRANTED", label: t("status.GRANTED") },
                      { value: "REJECTED", label: t("status.REJECTED") },
                    ],
                  },
                  { name: "amountGranted", label: t("application.amountGrantedCzk"), type: "money", hint: t("moneyHint"), defaultValue: toInput(app.amountRequested) },
                  {
                    name: "resolutionId",
                    label: t("application.resolution"),
                    type: "select",
                    wide: true,
                    options: [{ value: "", label: t("application.noResolution") }, ...resolutions.map((r) => ({ value: r.id, label: `${r.body} ${r.number}: ${r.title}` }))],
                  },
                  { name: "conditions", label: t("application.conditions"), type: "textarea" },
                ]}
              />
            </div>
          )}
        </Card>

        <Card>
          <h2 className={H2}>{t("sections.reporting")}</h2>
          <Facts
            rows={[
              [t("totals.paid"), czk(app.amountPaid)],
              [t("application.paidOn"), day(app.paidOn)],
              [t("application.reportDue"), <span key="due" className={app.overdue ? "font-semibold text-red-700" : undefined}>{day(app.reportDue)}</span>],
              [t("application.reportReceivedOn"), day(app.reportReceivedOn)],
              [t("totals.used"), czk(app.amountUsed)],
              [t("application.reportNote"), app.reportNote],
            ]}
          />
          {steps.has("pay") && (
            <div className="mt-4">
              <GrantForm
                action={recordGrantPaymentAction}
                hidden={hidden}
                testId="pay-form"
                submit={t("steps.pay")}
                fields={[
                  { name: "amountPaid", label: t("application.amountPaidCzk"), type: "money", required: true, defaultValue: toInput(app.amountGranted) },
                  { name: "paidOn", label: t("application.paidOn"), type: "date", required: true, defaultValue: todayIso },
                  { name: "reportDue", label: t("application.reportDue"), type: "date", required: true },
                ]}
              />
            </div>
          )}
          {steps.has("receiveReport") && (
            <div className="mt-4">
              <GrantForm
                action={receiveGrantReportAction}
                hidden={hidden}
                testId="report-form"
                submit={t("steps.receiveReport")}
                fields={[
                  { name: "reportReceivedOn", label: t("application.reportReceivedOn"), type: "date", required: true, defaultValue: todayIso },
                  { name: "amountUsed", label: t("application.amountUsedCzk"), type: "money", required: true, defaultValue: toInput(app.amountPaid) },
                  { name: "reportNote", label: t("application.reportNote"), type: "textarea" },
                ]}
              />
            </div>
          )}
        </Card>

        <Card>
          <h2 className={H2}>{t("sections.check")}</h2>
          <Facts
            rows={[
              [t("application.checkNote"), app.checkNote],
              [t("application.amountToReturn"), czk(app.amountToReturn)],
              [t("by"), app.checkedBy ? `${app.checkedBy}, ${when(app.checkedAt)}` : null],
            ]}
          />
          {steps.has("checkReport") && (
            <div className="mt-4">
              <GrantForm
                action={checkGrantReportAction}
                hidden={hidden}
                testId="check-form"
                submit={t("steps.checkReport")}
                fields={[
                  {
                    name: "outcome",
                    label: t("application.outcome"),
                    type: "select",
                    required: true,
                    options: [
                      { value: "ACCEPTED", label: t("status.ACCEPTED") },
                      { value: "RETURN_REQUIRED", label: t("status.RETURN_REQUIRED") },
                    ],
                  },
                  { name: "amountToReturn", label: t("application.amountToReturnCzk"), type: "money" },
                  { name: "checkNote", label: t("application.checkNote"), type: "textarea" },
                ]}
              />
            </div>
          )}
        </Card>
      </div>
    </>
  );
}
