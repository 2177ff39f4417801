import { getTranslations } from "next-intl/server";
import { FilterBar, FilterSearch, FilterSelect } from "@/components/ui/filter-bar";
import { TextInput } from "@/components/ui/field";
import { CLIPPING_STATUSES, MEDIA_TYPES, SENTIMENTS } from "../schema";

// The filter is the URL ("today's new clippings", "negative without a response" can be bookmarked).
export async function ClippingFilters({ values, outlets, topics }: { values: Record<string, string | undefined>; outlets: string[]; topics: string[] }) {
  const t = await getTranslations("monitoring");
  const common = await getTranslations("common");
  return (
    <FilterBar columnsClass="lg:grid-cols-[minmax(12rem,2fr)_repeat(4,minmax(7rem,1fr))]" resetHref="/monitoring" filterLabel={common("filter")} resetLabel={common("reset")}
      toggles={
        <>
          <label className="flex items-center gap-2 text-sm text-slate-700">
            {t("filters.from")}
            <TextInput type="date" name="from" defaultValue={values.from ?? ""} className="w-auto" />
          </label>
          <label className="flex items-center gap-2 text-sm text-slate-700">
            {t("filters.to")}
            <TextInput type="date" name="to" defaultValue={values.to ?? ""} className="w-auto" />
          </label>
          <label className="flex items-center gap-2 text-sm text-slate-700">
            <input type="checkbox" name="response" value="none" defaultChecked={values.response === "none"} />
            {t("filters.withoutResponse")}
          </label>
          {values.story && <input type="hidden" name="story" value={values.story} />}
        </>
      }
    >
      <FilterSearch value={values.q} label={t("filters.search")} testId="clipping-search" />
      <FilterSelect name="status" value={values.status} label={t("fields.status")} allLabel={t("filters.allStatuses")} options={CLIPPING_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))} />
      <FilterSelect name="sentiment" value={values.sentiment} label={t("fields.sentiment")} allLabel={t("filters.allSentiments")} options={[...SENTIMENTS.map((sentiment) => ({ value: sentiment, label: t(`sentiment.${sentiment}`) })), { value: "UNRATED", label: t("sentiment.none") }]} />
      <FilterSelect name="mediaType" value={values.mediaType} label={t("fields.mediaType")} allLabel={t("filters.allMediaTypes")} options={MEDIA_TYPES.map((type) => ({ value: type, label: t(`mediaType.${type}`) }))} />
      <FilterSelect name="outlet" value={values.outlet} label={t("fields.outlet")} allLabel={t("filters.allOutlets")} options={outlets.map((outlet) => ({ value: outlet, label: outlet }))} />
      <FilterSelect name="topic" value={values.topic} label={t("fields.topics")} allLabel={t("filters.allTopics")} options={topics.map((topic) => ({ value: topic, label: topic }))} />
    </FilterBar>
  );
}
