import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { PartnerCityFilters } from "@/features/partner-cities/components/city-filters";
import { PartnerCitiesTable } from "@/features/partner-cities/components/partner-cities-table";
import { listPartnerCities } from "@/features/partner-cities/queries";
import { PARTNER_SORTS } from "@/features/partner-cities/schema";
import { requirePageActor } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("partnerCities"))("title") };
}

export default async function PartnerCitiesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("partnerCity.view");
  const params = await searchParams;
  const t = await getTranslations("partnerCities");
  const page = await listPartnerCities(actor, params);
  const sortId = (PARTNER_SORTS as readonly string[]).includes(params.sort ?? "") ? (params.sort as string) : "name";
  const desc = params.dir ? params.dir === "desc" : sortId === "since";
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={
          <>
            {t("count", { count: page.rows.length })}{" "}
            {page.overdueTotal > 0 ? (
              <a href="/partner-cities/correspondence?overdue=1" className="font-semibold text-red-700 hover:underline" data-testid="overdue-total">
                {t("correspondence.overdueTotal", { count: page.overdueTotal })}
              </a>
            ) : (
              <span data-testid="overdue-total">{t("correspondence.overdueTotal", { count: 0 })}</span>
            )}
          </>
        }
        actions={
          <>
            <LinkButton href="/partner-cities/correspondence" variant="ghost">
              {t("correspondence.officeLink")}
            </LinkButton>
            {can(actor, "partnerCity.manage") && <LinkButton href="/partner-cities/new">{t("new")}</LinkButton>}
          </>
        }
      />
      <PartnerCityFilters values={params} countries={page.countries} />
      <PartnerCitiesTable rows={page.rows} sort={{ id: sortId, desc }} />
    </>
  );
}
