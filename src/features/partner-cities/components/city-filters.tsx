import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Select, TextInput } from "@/components/ui/field";
import { countryName, PARTNER_STATUSES } from "../schema";

// A GET form: the filter is the URL (bookmarkable).
export async function PartnerCityFilters({ values, countries }: { values: Record<string, string | undefined>; countries: string[] }) {
  const t = await getTranslations("partnerCities");
  const common = await getTranslations("common");
  const locale = await getLocale();
  return (
    <form method="get" role="search" className="mb-4 grid gap-2 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-[minmax(12rem,2fr)_repeat(2,minmax(8rem,1fr))_auto]">
      {values.sort && <input type="hidden" name="sort" value={values.sort} />}
      {values.dir && <input type="hidden" name="dir" value={values.dir} />}
      <TextInput name="q" type="search" defaultValue={values.q ?? ""} placeholder={t("search")} aria-label={t("search")} data-testid="partner-search" />
      <Select name="status" defaultValue={values.status ?? ""} aria-label={t("columns.status")}>
        <option value="">{t("allStatuses")}</option>
        {PARTNER_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`status.${status}`)}
          </option>
        ))}
      </Select>
      <Select name="country" defaultValue={values.country ?? ""} aria-label={t("columns.country")}>
        <option value="">{t("allCountries")}</option>
        {countries.map((code) => (
          <option key={code} value={code}>
            {countryName(code, locale)}
          </option>
        ))}
      </Select>
      <div className="flex gap-2">
        <button type="submit" className={buttonClass("primary")}>
          {common("filter")}
        </button>
        <Link href="/partner-cities" className={buttonClass("ghost")}>
          {common("reset")}
        </Link>
      </div>
    </form>
  );
}
