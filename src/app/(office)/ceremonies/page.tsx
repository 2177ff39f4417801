import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { getCeremonyStats, listCeremonies, listWaitingRegistrations } from "@/features/ceremonies/queries";
import { requirePageActor } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ceremonies"))("title") };
}

export default async function CeremoniesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("ceremony.view");
  const query = await searchParams;
  const [t, format, ceremonies, waiting, stats] = await Promise.all([getTranslations("ceremonies"), getFormatter(), listCeremonies(actor), listWaitingRegistrations(actor), getCeremonyStats(actor)]);
  const manage = can(actor, "ceremony.manage");
  const day = (date: Date) => format.dateTime(date, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={t("count", { count: ceremonies.length })}
        actions={
          manage && (
            <>
              <LinkButton href="/ceremonies/registrations/new" variant="secondary">
                {t("paper.link")}
              </LinkButton>
              <LinkButton href="/ceremonies/new">{t("new")}</LinkButton>
            </>
          )
        }
      />
      {query.registered && <Notice tone="success" className="mb-4">{t("paper.saved")}</Notice>}
      <p className="mb-4 text-sm text-slate-600">
        {t("publicFormHint")} <a className="text-brand-700 hover:underline" href="/ceremonies/sign-up">/ceremonies/sign-up</a>
      </p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm" data-testid="ceremonies-table">
          <thead className="bg-slate-50 text-left">
            <tr>
              <th className="px-3 py-2">{t("fields.date")}</th>
              <th className="px-3 py-2">{t("fields.title")}</th>
              <th className="px-3 py-2">{t("fields.type")}</th>
              <th className="px-3 py-2">{t("fields.venue")}</th>
              <th className="px-3 py-2">{t("booked")}</th>
              <th className="px-3 py-2">{t("fields.status")}</th>
            </tr>
          </thead>
          <tbody>
            {ceremonies.map((ceremony) => (
              <tr key={ceremony.id} className="border-t border-slate-100">
                <td className="px-3 py-2 whitespace-nowrap">{day(ceremony.date)}</td>
                <td className="px-3 py-2">
                  <Link href={`/ceremonies/${ceremony.id}`} className="font-medium text-brand-700 hover:underline">
                    {ceremony.title}
                  </Link>
                </td>
                <td className="px-3 py-2">{t(`type.${ceremony.type}`)}</td>
                <td className="px-3 py-2">{ceremony.venue}</td>
                <td className="px-3 py-2">
                  {ceremony.slots.reduce((sum, slot) => sum + slot.booked, 0)} / {ceremony.slots.reduce((sum, slot) => sum + slot.capacity, 0)}
                </td>
                <td className="px-3 py-2">{t(`status.${ceremony.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section className="mt-8" aria-labelledby="waiting-heading">
        <h2 id="waiting-heading" className="text-lg font-semibold">
          {t("waiting", { count: waiting.length })}
        </h2>
        <ul className="mt-2 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm" data-testid="waiting-list">
          {waiting.map((registration) => (
            <li key={registration.id} className="px-3 py-2">
              <span className="font-medium">{registration.names}</span> · {t(`type.${registration.type}`)}
              {registration.childName ? ` · ${registration.childName}` : ""} · {t(`source.${registration.consentSource}`)}
            </li>
          ))}
        </ul>
      </section>
      <section className="mt-8" aria-labelledby="stats-heading">
        <h2 id="stats-heading" className="text-lg font-semibold">
          {t("stats.title")}
        </h2>
        <p className="text-sm text-slate-600">{t("stats.hint")}</p>
        <table className="mt-2 text-sm" data-testid="ceremony-stats">
          <thead className="text-left">
            <tr>
              <th className="pr-4">{t("stats.year")}</th>
              <th className="pr-4">{t("fields.type")}</th>
              <th className="pr-4">{t("stats.registrations")}</th>
              <th className="pr-4">{t("stats.attended")}</th>
              <th className="pr-4">{t("stats.guests")}</th>
            </tr>
          </thead>
          <tbody>
            {stats.map((row) => (
              <tr key={`${row.year}-${row.type}`}>
                <td className="pr-4">{row.year}</td>
                <td className="pr-4">{t(`type.${row.type}`)}</td>
                <td className="pr-4">{row.registrations}</td>
                <td className="pr-4">{row.attended}</td>
                <td className="pr-4">{row.guests}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
