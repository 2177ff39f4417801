import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/page-header";
import { createGrantCallAction } from "@/features/grants/actions";
import { GrantForm } from "@/features/grants/components/grant-form";
import { formatCzk } from "@/features/grants/components/status-badge";
import { listGrantCalls } from "@/features/grants/queries";
import { requirePageActor } from "@/server/auth/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("grants"))("title") };
}

const TH = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-500";
const TD = "px-3 py-2 text-sm";

export default async function GrantCallsPage() {
  const actor = await requirePageActor("grant.view");
  const t = await getTranslations("grants");
  const locale = await getLocale();
  const page = await listGrantCalls(actor);
  const czk = (minor: number) => formatCzk(minor, locale);
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={
          <>
            {t("callCount", { count: page.rows.length })}{" "}
            <span className={page.overdueTotal > 0 ? "font-semibold text-red-700" : undefined} data-testid="overdue-total">
              {t("overdueTotal", { count: page.overdueTotal })}
            </span>
          </>
        }
        actions={
          <>
            <LinkButton href="/events" variant="ghost">
              ← {t("backToEvents")}
            </LinkButton>
            <LinkButton href="/events/grants/overview" variant="ghost">
              {t("overview.link")}
            </LinkButton>
          </>
        }
      />
      <Card className="overflow-x-auto p-0">
        <table className="min-w-full divide-y divide-slate-200" data-testid="grant-calls">
          <thead>
            <tr>
              <th className={TH}>{t("call.year")}</th>
              <th className={TH}>{t("call.title")}</th>
              <th className={`${TH} text-right`}>{t("call.budget")}</th>
              <th className={`${TH} text-right`}>{t("totals.count")}</th>
              <th className={`${TH} text-right`}>{t("totals.requested")}</th>
              <th className={`${TH} text-right`}>{t("totals.granted")}</th>
              <th className={`${TH} text-right`}>{t("totals.remaining")}</th>
              <th className={`${TH} text-right`}>{t("totals.overdue")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {page.rows.length === 0 && (
              <tr>
                <td className={TD} colSpan={8}>
                  {t("noCalls")}
                </td>
              </tr>
            )}
            {page.rows.map((row) => (
              <tr key={row.id}>
                <td className={TD}>{row.year}</td>
                <td className={TD}>
                  <Link href={`/events/grants/calls/${row.id}`} className="font-medium text-brand-700 hover:underline">
                    {row.title}
                  </Link>
                </td>
                <td className={`${TD} text-right tabular-nums`}>{czk(row.budget)}</td>
                <td className={`${TD} text-right tabular-nums`}>{row.count}</td>
                <td className={`${TD} text-right tabular-nums`}>{czk(row.requested)}</td>
                <td className={`${TD} text-right tabular-nums`}>{czk(row.granted)}</td>
                <td className={`${TD} text-right tabular-nums`}>{czk(row.remaining)}</td>
                <td className={`${TD} text-right tabular-nums ${row.overdue > 0 ? "font-semibold text-red-700" : ""}`}>{row.overdue}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      {page.canManage && (
        <Card className="mt-6">
          <h2 className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500">{t("call.new")}</h2>
          <GrantForm
            action={createGrantCallAction}
            hidden={{ idempotencyKey: crypto.randomUUID() }}
            testId="call-form"
            submit={t("call.create")}
            fields={[
              { name: "year", label: t("call.year"), type: "number", required: true, defaultValue: String(new Date().getFullYear()) },
              { name: "title", label: t("call.title"), required: true },
              { name: "budget", label: t("call.budgetCzk"), type: "money", required: true, hint: t("moneyHint") },
              { name: "deadline", label: t("call.deadline"), type: "date" },
              { name: "rules", label: t("call.rules"), type: "textarea" },
            ]}
          />
        </Card>
      )}
    </>
  );
}
