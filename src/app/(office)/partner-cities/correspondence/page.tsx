import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Badge, PageHeader } from "@/components/ui/page-header";
import { listCorrespondence } from "@/features/partner-cities/queries";
import { countryName } from "@/features/partner-cities/schema";
import { requirePageActor } from "@/server/auth/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("partnerCities"))("correspondence.officeTitle") };
}

/** All partner cities' correspondence: overdue replies first; filters "overdue" and "awaiting translation". */
export default async function PartnerCorrespondencePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("partnerCity.view");
  const params = await searchParams;
  const t = await getTranslations("partnerCities");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const locale = await getLocale();
  const { rows, overdueCount } = await listCorrespondence(actor, params);
  const day = (iso: string | null) => (iso ? format.dateTime(new Date(`${iso}T12:00:00Z`), { dateStyle: "medium" }) : "—");
  return (
    <>
      <PageHeader
        title={t("correspondence.officeTitle")}
        subtitle={
          overdueCount > 0 ? (
            <a href="?overdue=1" className="font-semibold text-red-700 hover:underline" data-testid="overdue-total">
              {t("correspondence.overdueTotal", { count: overdueCount })}
            </a>
          ) : (
            <span data-testid="overdue-total">{t("correspondence.overdueTotal", { count: 0 })}</span>
          )
        }
        actions={
          <Link href="/partner-cities" className="text-sm text-brand-700 hover:underline">
            ← {t("backToList")}
          </Link>
        }
      />
      <form method="get" className="mb-4 flex flex-wrap items-center gap-4 rounded-lg border border-slate-200 bg-white p-3">
        {params.partnerCityId && <input type="hidden" name="partnerCityId" value={params.partnerCityId} />}
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" name="overdue" value="1" defaultChecked={params.overdue === "1"} className="accent-brand-600" />
          {t("correspondence.filterOverdue")}
        </label>
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" name="translation" value="1" defaultChecked={params.translation === "1"} className="accent-brand-600" />
          {t("correspondence.filterTranslation")}
        </label>
        <div className="ml-auto flex gap-2">
          <button type="submit" className={buttonClass("primary")}>
            {common("filter")}
          </button>
          <Link href="/partner-cities/correspondence" className={buttonClass("ghost")}>
            {common("reset")}
          </Link>
        </div>
      </form>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">{t("correspondence.officeTitle")}</caption>
          <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2">{t("correspondence.subject")}</th>
              <th scope="col" className="px-3 py-2">{t("columns.name")}</th>
              <th scope="col" className="px-3 py-2">{t("correspondence.date")}</th>
              <th scope="col" className="px-3 py-2">{t("correspondence.translation")}</th>
              <th scope="col" className="px-3 py-2">{t("correspondence.responsible")}</th>
              <th scope="col" className="px-3 py-2">{t("correspondence.replyDue")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.length === 0 && (
              <tr>
                <td colSpan={6} className="px-3 py-6 text-center text-slate-500">
                  {t("correspondence.emptyOffice")}
                </td>
              </tr>
            )}
            {rows.map((letter) => (
              <tr key={letter.id} className={letter.overdue ? "bg-red-50/70" : undefined} data-testid="office-letter" data-overdue={letter.overdue ? "true" : "false"}>
                <td className="px-3 py-2">
                  <Link href={`/partner-cities/${letter.partnerCity.id}#letter-${letter.id}`} className="font-medium text-brand-700 hover:underline">
                    {letter.subject}
                  </Link>
                  <div className="text-xs text-slate-600">
                    {t(`direction.${letter.direction}`)} · {letter.language.toUpperCase()}
                  </div>
                </td>
                <td className="px-3 py-2">
                  {letter.partnerCity.name}
                  <div className="text-xs text-slate-600">{countryName(letter.partnerCity.country, locale)}</div>
                </td>
                <td className="whitespace-nowrap px-3 py-2 text-slate-700">{day(letter.date)}</td>
                <td className="px-3 py-2">
                  {!letter.translationNeeded ? (
                    <span className="text-slate-500">—</span>
                  ) : letter.translatedAt ? (
                    <Badge tone="green">{t("correspondence.translated")}</Badge>
                  ) : (
                    <Badge tone="amber">{t("correspondence.awaitingTranslation")}</Badge>
                  )}
                </td>
                <td className="px-3 py-2 text-slate-700">{letter.responsible?.name ?? "—"}</td>
                <td className="whitespace-nowrap px-3 py-2">
                  <span className={letter.overdue ? "font-semibold text-red-700" : "text-slate-700"}>{day(letter.replyDue)}</span>
                  {letter.overdue && (
                    <div className="mt-1">
                      <Badge tone="red">{t("correspondence.overdue")}</Badge>
                    </div>
                  )}
                  {letter.repliedAt && (
                    <div className="mt-1">
                      <Badge tone="green">{t("correspondence.replied")}</Badge>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
