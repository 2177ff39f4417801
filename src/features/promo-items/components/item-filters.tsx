import { getTranslations } from "next-intl/server";
import { Select } from "@/components/ui/field";
import { FilterBar, FilterSearch, FilterSelect, FilterToggle } from "@/components/ui/filter-bar";

// The filter is the URL (bookmarkable, and the export downloads the same filter).
export async function PromoItemFilters({ values, categories, locations }: { values: Record<string, string | undefined>; categories: string[]; locations: string[] }) {
  const t = await getTranslations("promoItems");
  const common = await getTranslations("common");
  return (
    <FilterBar
      sort={values.sort}
      dir={values.dir}
      columnsClass="lg:grid-cols-[minmax(12rem,2fr)_repeat(3,minmax(8rem,1fr))]"
      resetHref="/promo-items"
      filterLabel={common("filter")}
      resetLabel={common("reset")}
      toggles={<FilterToggle name="low" checked={values.low === "1"} label={t("filterLow")} />}
    >
      <FilterSearch value={values.q} label={t("search")} testId="promo-search" />
      <FilterSelect name="category" value={values.category} label={t("columns.category")} allLabel={t("allCategories")} options={categories.map((category) => ({ value: category, label: category }))} />
      <FilterSelect name="location" value={values.location} label={t("columns.location")} allLabel={t("allLocations")} options={locations.map((location) => ({ value: location, label: location }))} />
      {/* Active items by default: not an "all" first option like the others. */}
      <Select name="active" defaultValue={values.active ?? "1"} aria-label={t("filterActive")}>
        <option value="1">{t("activeOnly")}</option>
        <option value="0">{t("inactiveOnly")}</option>
        <option value="all">{t("activeAll")}</option>
      </Select>
    </FilterBar>
  );
}
