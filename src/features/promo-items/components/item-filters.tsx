import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Select, TextInput } from "@/components/ui/field";

// A GET form: the filter is the URL (bookmarkable, and the export downloads the same filter).
export async function PromoItemFilters({ values, categories, locations }: { values: Record<string, string | undefined>; categories: string[]; locations: string[] }) {
  const t = await getTranslations("promoItems");
  const common = await getTranslations("common");
  return (
    <form method="get" role="search" className="mb-4 grid gap-2 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-[minmax(12rem,2fr)_repeat(3,minmax(8rem,1fr))]">
      {values.sort && <input type="hidden" name="sort" value={values.sort} />}
      {values.dir && <input type="hidden" name="dir" value={values.dir} />}
      <TextInput name="q" type="search" defaultValue={values.q ?? ""} placeholder={t("search")} aria-label={t("search")} data-testid="promo-search" />
      <Select name="category" defaultValue={values.category ?? ""} aria-label={t("columns.category")}>
        <option value="">{t("allCategories")}</option>
        {categories.map((category) => (
          <option key={category} value={category}>
            {category}
          </option>
        ))}
      </Select>
      <Select name="location" defaultValue={values.location ?? ""} aria-label={t("columns.location")}>
        <option value="">{t("allLocations")}</option>
        {locations.map((location) => (
          <option key={location} value={location}>
            {location}
          </option>
        ))}
      </Select>
      <Select name="active" defaultValue={values.active ?? "1"} aria-label={t("filterActive")}>
        <option value="1">{t("activeOnly")}</option>
        <option value="0">{t("inactiveOnly")}</option>
        <option value="all">{t("activeAll")}</option>
      </Select>
      <div className="flex flex-wrap items-center gap-4 sm:col-span-2 lg:col-span-4">
        <label className="flex items-center gap-2 whitespace-nowrap px-1 text-sm text-slate-700">
          <input type="checkbox" name="low" value="1" defaultChecked={values.low === "1"} className="accent-brand-600" />
          {t("filterLow")}
        </label>
        <div className="ml-auto flex gap-2">
          <button type="submit" className={buttonClass("primary")}>
            {common("filter")}
          </button>
          <Link href="/promo-items" className={buttonClass("ghost")}>
            {common("reset")}
          </Link>
        </div>
      </div>
    </form>
  );
}
