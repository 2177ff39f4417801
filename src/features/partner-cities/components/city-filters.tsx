import { getLocale, getTranslations } from "next-intl/server";
import { FilterBar, FilterSearch, FilterSelect } from "@/components/ui/filter-bar";
import { countryName, PARTNER_STATUSES } from "../schema";

// The filter is the URL (bookmarkable).
export async function PartnerCityFilters({ values, countries }: { values: Record<string, string | undefined>; countries: string[] }) {
  const t = await getTranslations("partnerCities");
  const common = await getTranslations("common");
  const locale = await getLocale();
  return (
    <FilterBar
      sort={values.sort}
      dir={values.dir}
      columnsClass="lg:grid-cols-[minmax(12rem,2fr)_repeat(2,minmax(8rem,1fr))_auto]"
      resetHref="/partner-cities"
      filterLabel={common("filter")}
      resetLabel={common("reset")}
    >
      <FilterSearch value={values.q} label={t("search")} testId="partner-search" />
      <FilterSelect name="status" value={values.status} label={t("columns.status")} allLabel={t("allStatuses")} options={PARTNER_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))} />
      <FilterSelect name="country" value={values.country} label={t("columns.country")} allLabel={t("allCountries")} options={countries.map((code) => ({ value: code, label: countryName(code, locale) }))} />
    </FilterBar>
  );
}
