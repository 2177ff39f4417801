import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/page-header";
import { formatCzk } from "@/features/grants/components/status-badge";
import { grantYearOverview } from "@/features/grants/queries";
import { orPageError, requirePageActor } from "@/server/auth/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("grants"))("overview.title") };
}

const TH = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-500";
const TD = "px-3 py-2 text-sm";
const H2 = "mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500";

export default async function GrantOverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("grant.view");
  const params = await searchParams;
  const data = await orPageError(grantYearOverview(actor, { year: params.year }));
  const t = await getTranslations("grants");
  const locale = await getLocale();
  const format = await getFormatter();
  const czk = (minor: number) => formatCzk(minor, locale);
  const day = (iso: string | null) => (iso ? format.dateTime(new Date(`${iso}T12:00:00Z`), { dateStyle: "medium" }) : "—");
  const amounts = (row: { requested: number; granted: number; paid: number; used: number }) => (
    <>
      <td className={`${TD} text-right tabular-nums`}>{czk(row.requested)}</td>
      <td className={`${TD} text-right tabular-nums`}>{czk(row.granted)}</td>
      <td className={`${TD} text-right tabular-nums`}>{czk(row.paid)}</td>
      <td className={`${TD} text-right tabular-nums`}>{czk(row.used)}</td>
    </>
  );
  const heads = (
    <>
      <th className={`${TH} text-right`}>{t("totals.requested")}</th>
      <th className={`${TH} text-right`}>{t("totals.granted")}</th>
      <th className={`${TH} text-right`}>{t("totals.paid")}</th>
      <th className={`${TH} text-right`}>{t("totals.used")}</th>
    </>
  );
  return (
    <>
      <PageHeader
        title={t("overview.heading", { year: data.year })}
        subtitle={
          <span className="flex flex-wrap gap-2">
            {data.years.map((year) => (
              <Link key={year} href={`/events/grants/overview?year=${year}`} className={year === data.year ? "font-semibold" : "text-brand-700 hover:underline"}>
                {year}
              </Link>
            ))}
          </span>
        }
        actions={
          <Link href="/events/grants" className="text-sm text-brand-700 hover:underline">
            ← {t("backToList")}
          </Link>
        }
      />
      <Card className="mb-6 overflow-x-auto p-0">
        <h2 className={`${H2} px-3 pt-3`}>{t("overview.perCall")}</h2>
        <table className="min-w-full divide-y divide-slate-200" data-testid="overview-calls">
          <thead>
            <tr>
              <th className={TH}>{t("call.title")}</th>
              <th className={`${TH} text-right`}>{t("call.budget")}</th>
              {heads}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {data.calls.map((row) => (
              <tr key={row.id}>
                <td className={TD}>
                  <Link href={`/events/grants/calls/${row.id}`} className="text-brand-700 hover:underline">
                    {row.title}
                  </Link>
                </td>
                <td className={`${TD} text-right tabular-nums`}>{czk(row.budget)}</td>
                {amounts(row)}
              </tr>
            ))}
            <tr className="font-semibold">
              <td className={TD}>{t("overview.total")}</td>
              <td className={`${TD} text-right tabular-nums`}>{czk(data.total.budget)}</td>
              {amounts(data.total)}
            </tr>
          </tbody>
        </table>
      </Card>
      <Card className="mb-6 overflow-x-auto p-0">
        <h2 className={`${H2} px-3 pt-3`}>{t("overview.perOrganisation")}</h2>
        <table className="min-w-full divide-y divide-slate-200" data-testid="overview-organisations">
          <thead>
            <tr>
              <th className={TH}>{t("application.organisation")}</th>
              <th className={`${TH} text-right`}>{t("totals.count")}</th>
              {heads}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {data.organisations.map((row) => (
              <tr key={row.organisation}>
                <td className={TD}>{row.organisation}</td>
                <td className={`${TD} text-right tabular-nums`}>{row.count}</td>
                {amounts(row)}
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <Card>
        <h2 className={H2}>{t("overview.overdue")}</h2>
        {data.overdue.length === 0 ? (
          <p className="text-sm text-slate-500">{t("overview.noOverdue")}</p>
        ) : (
          <ul className="space-y-1 text-sm" data-testid="overview-overdue">
            {data.overdue.map((row) => (
              <li key={row.id} className="text-red-700">
                <Link href={`/events/grants/applications/${row.id}`} className="font-semibold hover:underline">
                  {row.organisation}: {row.project}
                </Link>{" "}
                · {row.callTitle} · {t("application.reportDue")} {day(row.reportDue)}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
