import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClass, LinkButton } from "@/components/ui/button";
import { Select, TextInput } from "@/components/ui/field";
import { Badge, PageHeader } from "@/components/ui/page-header";
import { listEvents } from "@/features/events/queries";
import { DashboardFilterNotice } from "@/features/overview/components/filter-notice";
import { EVENT_STATUSES, EVENT_TYPES } from "@/features/events/schema";
import { formatMinor } from "@/features/events/components/money";
import { requirePageActor } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("events"))("title") };
}

export default async function EventsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("event.view");
  const [t, tGrants, format, list] = await Promise.all([getTranslations("events"), getTranslations("grants"), getFormatter(), listEvents(actor, await searchParams)]);
  const values = list.params;
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("count", { count: list.rows.length })} actions={
          <>
            {can(actor, "grant.view") && (
              <LinkButton href="/events/grants" variant="ghost">
                {tGrants("title")}
              </LinkButton>
            )}
            {can(actor, "event.manage") && <LinkButton href="/events/new">{t("new")}</LinkButton>}
          </>
        }
      />
      {values.approval && (
        <DashboardFilterNotice text={(await getTranslations("dashboard"))("filters.budgetsToApprove")} clearHref="/events" clearLabel={(await getTranslations("dashboard"))("filters.clear")} />
      )}
      <form method="get" role="search" className="mb-4 grid gap-2 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-5">
        <TextInput name="q" type="search" defaultValue={values.q ?? ""} placeholder={t("search")} aria-label={t("search")} />
        <Select name="type" defaultValue={values.type ?? ""} aria-label={t("fields.type")}>
          <option value="">{t("allTypes")}</option>
          {EVENT_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`type.${type}`)}
            </option>
          ))}
        </Select>
        <Select name="status" defaultValue={values.status ?? ""} aria-label={t("fields.status")}>
          <option value="">{t("allStatuses")}</option>
          {EVENT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </Select>
        <TextInput name="year" type="number" defaultValue={String(values.year)} aria-label={t("year")} />
        <button type="submit" className={buttonClass("primary")}>
          {t("filter")}
        </button>
      </form>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-sm" data-testid="events-table">
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              <th className="px-3 py-2">{t("fields.dates")}</th>
              <th className="px-3 py-2">{t("fields.title")}</th>
              <th className="px-3 py-2">{t("fields.type")}</th>
              <th className="px-3 py-2">{t("fields.status")}</th>
              <th className="px-3 py-2 text-right">{t("budget.planned")}</th>
              <th className="px-3 py-2 text-right">{t("budget.actual")}</th>
              <th className="px-3 py-2 text-right">{t("tasks.open")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {list.rows.map((row) => (
              <tr key={row.id}>
                <td className="whitespace-nowrap px-3 py-2 tabular-nums">
                  {format.dateTime(new Date(`${row.startDate}T12:00:00Z`), { dateStyle: "medium" })}
                  {row.endDate !== row.startDate && ` – ${format.dateTime(new Date(`${row.endDate}T12:00:00Z`), { dateStyle: "medium" })}`}
                </td>
                <td className="px-3 py-2">
                  <Link href={`/events/${row.id}`} className="font-medium text-brand-700 hover:underline">
                    {row.title}
                  </Link>{" "}
                  {!row.isPublic && <Badge>{t("internal")}</Badge>}
                </td>
                <td className="px-3 py-2">{t(`type.${row.type}`)}</td>
                <td className="px-3 py-2">
                  <Badge tone={row.status === "CANCELLED" ? "red" : row.status === "EVALUATED" ? "green" : "blue"}>{t(`status.${row.status}`)}</Badge>
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{formatMinor(row.plannedMinor)}</td>
                <td className={`px-3 py-2 text-right tabular-nums ${row.overrun ? "font-semibold text-red-700" : ""}`}>{formatMinor(row.actualMinor)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{row.openTasks}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
