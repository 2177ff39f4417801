import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { ConferenceStatusBadge } from "@/features/press-conferences/components/status-badge";
import { listConferences } from "@/features/press-conferences/queries";
import { requirePageActor } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pressConferences"))("title") };
}

type Row = Awaited<ReturnType<typeof listConferences>>["upcoming"][number];

export default async function PressConferencesPage() {
  const actor = await requirePageActor("pressConference.view");
  const [t, format, { upcoming, past }] = await Promise.all([getTranslations("pressConferences"), getFormatter(), listConferences(actor)]);
  const when = (row: Row) => `${format.dateTime(row.startsAt, { weekday: "short", day: "numeric", month: "numeric", year: "numeric", hour: "2-digit", minute: "2-digit" })}–${format.dateTime(row.endsAt, { hour: "2-digit", minute: "2-digit" })}`;
  const table = (rows: Row[], caption: string, testId: string) => (
    <section className="mb-8" aria-labelledby={`${testId}-heading`}>
      <h2 id={`${testId}-heading`} className="mb-3 text-lg font-semibold tracking-tight">
        {caption}
      </h2>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-xs">
          <table className="w-full text-sm" data-testid={testId}>
            <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th className="px-4 py-2 font-medium">{t("fields.when")}</th>
                <th className="px-4 py-2 font-medium">{t("fields.topic")}</th>
                <th className="px-4 py-2 font-medium">{t("fields.venue")}</th>
                <th className="px-4 py-2 font-medium">{t("fields.speakers")}</th>
                <th className="px-4 py-2 font-medium">{t("fields.status")}</th>
                <th className="px-4 py-2 text-right font-medium">{t("fields.attending")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((row) => (
                <tr key={row.id} className="align-top hover:bg-slate-50">
                  <td className="whitespace-nowrap px-4 py-3 text-slate-700">{when(row)}</td>
                  <td className="px-4 py-3">
                    <Link href={`/press-conferences/${row.id}`} className="font-medium text-brand-700 hover:underline">
                      {row.topic}
                    </Link>
                    {row.councilMeeting && <span className="mt-0.5 block text-xs text-slate-500">{row.councilMeeting}</span>}
                  </td>
                  <td className="px-4 py-3 text-slate-700">{row.venue}</td>
                  <td className="px-4 py-3 text-slate-700">{row.speakerNames.join(", ") || "—"}</td>
                  <td className="px-4 py-3">
                    <ConferenceStatusBadge status={row.status} label={t(`status.${row.status}`)} />
                  </td>
                  <td className="px-4 py-3 text-right tabular-nums text-slate-700">
                    {row.invitationCount > 0 ? t("attendingOf", { attending: row.attendingCount, invited: row.invitationCount }) : "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={t("subtitle")}
        actions={
          <>
            <LinkButton href="/newsroom/press-conferences" variant="ghost">
              {t("publicLink")}
            </LinkButton>
            {can(actor, "pressConference.manage") && <LinkButton href="/press-conferences/new">{t("new")}</LinkButton>}
          </>
        }
      />
      {table(upcoming, t("upcoming"), "conferences-upcoming")}
      {table(past, t("past"), "conferences-past")}
    </>
  );
}
