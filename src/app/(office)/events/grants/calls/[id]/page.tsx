import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { Card, PageHeader } from "@/components/ui/page-header";
import { createGrantApplicationAction, updateGrantCallAction } from "@/features/grants/actions";
import { GrantForm } from "@/features/grants/components/grant-form";
import { formatCzk, GrantStatusBadge } from "@/features/grants/components/status-badge";
import { getGrantCall } from "@/features/grants/queries";
import { toInput } from "@/features/grants/schema";
import { orPageError, requirePageActor } from "@/server/auth/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("grants"))("call.detailTitle") };
}

const TH = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-500";
const TD = "px-3 py-2 text-sm";
const H2 = "mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500";

export default async function GrantCallPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("grant.view");
  const { id } = await params;
  const query = await searchParams;
  const call = await orPageError(getGrantCall(actor, id));
  const t = await getTranslations("grants");
  const locale = await getLocale();
  const format = await getFormatter();
  const czk = (minor: number | null) => formatCzk(minor, locale);
  const day = (iso: string | null) => (iso ? format.dateTime(new Date(`${iso}T12:00:00Z`), { dateStyle: "medium" }) : "—");
  return (
    <>
      <PageHeader
        title={`${call.title} (${call.year})`}
        subtitle={
          <span data-testid="call-totals">
            {t("call.budget")}: {czk(call.budget)} · {t("totals.requested")}: {czk(call.totals.requested)} · {t("totals.granted")}: {czk(call.totals.granted)} ·{" "}
            {t("totals.remaining")}: {czk(call.totals.remaining)}
            {call.totals.overdue > 0 && <span className="ml-2 font-semibold text-red-700">{t("overdueTotal", { count: call.totals.overdue })}</span>}
          </span>
        }
        actions={
          <Link href="/events/grants" className="text-sm text-brand-700 hover:underline">
            ← {t("backToList")}
          </Link>
        }
      />
      {query.created && <Notice tone="success">{t("call.created")}</Notice>}
      <Card className="mb-6">
        <h2 className={H2}>{t("call.rules")}</h2>
        <p className="whitespace-pre-line text-sm">{call.rules ?? "—"}</p>
        <p className="mt-2 text-sm text-slate-600">
          {t("call.deadline")}: {day(call.deadline)}
        </p>
      </Card>
      <Card className="mb-6 overflow-x-auto p-0">
        <table className="min-w-full divide-y divide-slate-200" data-testid="applications">
          <thead>
            <tr>
              <th className={TH}>{t("application.organisation")}</th>
              <th className={TH}>{t("application.project")}</th>
              <th className={TH}>{t("application.status")}</th>
              <th className={`${TH} text-right`}>{t("application.score")}</th>
              <th className={`${TH} text-right`}>{t("totals.requested")}</th>
              <th className={`${TH} text-right`}>{t("totals.granted")}</th>
              <th className={TH}>{t("application.reportDue")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {call.applications.length === 0 && (
              <tr>
                <td className={TD} colSpan={7}>
                  {t("noApplications")}
                </td>
              </tr>
            )}
            {call.applications.map((row) => (
              <tr key={row.id} className={row.overdue ? "bg-red-50" : undefined}>
                <td className={TD}>
                  <Link href={`/events/grants/applications/${row.id}`} className="font-medium text-brand-700 hover:underline">
                    {row.organisation}
                  </Link>
                </td>
                <td className={TD}>{row.project}</td>
                <td className={TD}>
                  <GrantStatusBadge status={row.status} label={t(`status.${row.status}`)} />
                </td>
                <td className={`${TD} text-right tabular-nums`}>{row.score ?? "—"}</td>
                <td className={`${TD} text-right tabular-nums`}>{czk(row.amountRequested)}</td>
                <td className={`${TD} text-right tabular-nums`}>{czk(row.amountGranted)}</td>
                <td className={`${TD} ${row.overdue ? "font-semibold text-red-700" : ""}`}>
                  {day(row.reportDue)}
                  {row.overdue && ` · ${t("overdue")}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      {call.canManage && (
        <div className="grid gap-6 lg:grid-cols-2">
          <Card>
            <h2 className={H2}>{t("application.new")}</h2>
            <GrantForm
              action={createGrantApplicationAction}
              hidden={{ callId: call.id, idempotencyKey: crypto.randomUUID() }}
              testId="application-form"
              submit={t("application.create")}
              fields={[
                { name: "organisation", label: t("application.organisation"), required: true },
                { name: "organisationIco", label: t("application.ico") },
                { name: "contactEmail", label: t("application.contactEmail"), type: "email" },
                { name: "project", label: t("application.project"), required: true },
                { name: "amountRequested", label: t("application.amountRequestedCzk"), type: "money", required: true, hint: t("moneyHint") },
                { name: "submittedOn", label: t("application.submittedOn"), type: "date", required: true },
                { name: "description", label: t("application.description"), type: "textarea" },
              ]}
            />
          </Card>
          <Card>
            <h2 className={H2}>{t("call.edit")}</h2>
            <GrantForm
              action={updateGrantCallAction}
              hidden={{ id: call.id, version: call.version }}
              testId="call-edit-form"
              submit={t("save")}
              done={t("saved")}
              variant="secondary"
              fields={[
                { name: "year", label: t("call.year"), type: "number", required: true, defaultValue: String(call.year) },
                { name: "title", label: t("call.title"), required: true, defaultValue: call.title },
                { name: "budget", label: t("call.budgetCzk"), type: "money", required: true, defaultValue: toInput(call.budget) },
                { name: "deadline", label: t("call.deadline"), type: "date", defaultValue: call.deadline ?? "" },
                { name: "rules", label: t("call.rules"), type: "textarea", defaultValue: call.rules ?? "" },
              ]}
            />
          </Card>
        </div>
      )}
    </>
  );
}
