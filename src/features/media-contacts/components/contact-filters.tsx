import { getTranslations } from "next-intl/server";
import { FilterBar, FilterSearch, FilterSelect, FilterToggle } from "@/components/ui/filter-bar";
import { OUTLET_KINDS } from "../schema";

// The filter is the URL (bookmarkable; the exports use the same query string).
export async function ContactFilters({
  values,
  options,
}: {
  values: Record<string, string | undefined>;
  options: { outlets: Array<{ id: string; name: string }>; beats: string[]; languages: string[]; regions: string[] };
}) {
  const t = await getTranslations("contacts");
  const common = await getTranslations("common");
  const plain = (items: string[]) => items.map((item) => ({ value: item, label: item }));
  return (
    <FilterBar
      sort={values.sort}
      dir={values.dir}
      columnsClass="lg:grid-cols-5"
      resetHref="/contacts"
      filterLabel={common("filter")}
      resetLabel={common("reset")}
      toggles={
        <>
          <FilterToggle name="dnc" checked={values.dnc === "1"} label={t("doNotContactOnly")} />
          <FilterToggle name="filter" value="informOverdue" checked={values.filter === "informOverdue"} label={t("informOverdueOnly")} />
        </>
      }
    >
      <FilterSearch className="col-span-full" value={values.q} label={t("search")} testId="contact-search" />
      <FilterSelect name="outletId" value={values.outletId} label={t("columns.outlet")} allLabel={t("allOutlets")} options={options.outlets.map((outlet) => ({ value: outlet.id, label: outlet.name }))} />
      <FilterSelect name="kind" value={values.kind} label={t("fields.kind")} allLabel={t("allKinds")} options={OUTLET_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))} />
      <FilterSelect name="beat" value={values.beat} label={t("columns.beats")} allLabel={t("allBeats")} options={plain(options.beats)} />
      <FilterSelect name="language" value={values.language} label={t("columns.languages")} allLabel={t("allLanguages")} options={options.languages.map((language) => ({ value: language, label: language.toUpperCase() }))} />
      <FilterSelect name="region" value={values.region} label={t("fields.region")} allLabel={t("allRegions")} options={plain(options.regions)} />
    </FilterBar>
  );
}
