import { getTranslations } from "next-intl/server";
import { FilterBar, FilterSearch, FilterSelect } from "@/components/ui/filter-bar";
import { RELEASE_LANGUAGES, RELEASE_STATUSES } from "../schema";

// The filter is the URL, so a view ("my drafts", "in review") can be bookmarked and shared.
export async function ReleaseFilters({
  values,
  authors,
  topics,
}: {
  values: Record<string, string | undefined>;
  authors: Array<{ id: string; name: string }>;
  topics: Array<{ id: string; name: string }>;
}) {
  const t = await getTranslations("pressReleases");
  const common = await getTranslations("common");
  return (
    <FilterBar
      sort={values.sort}
      dir={values.dir}
      columnsClass="xl:grid-cols-[minmax(14rem,2fr)_repeat(4,minmax(9rem,1fr))_auto]"
      resetHref="/press-releases"
      filterLabel={common("filter")}
      resetLabel={common("reset")}
    >
      <FilterSearch value={values.q} label={t("search")} testId="release-search" />
      <FilterSelect name="status" value={values.status} label={t("columns.status")} allLabel={t("allStatuses")} options={RELEASE_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))} />
      <FilterSelect name="authorId" value={values.authorId} label={t("columns.author")} allLabel={t("allAuthors")} options={authors.map((author) => ({ value: author.id, label: author.name }))} />
      <FilterSelect name="topicId" value={values.topicId} label={t("columns.topics")} allLabel={t("allTopics")} options={topics.map((topic) => ({ value: topic.id, label: topic.name }))} />
      <FilterSelect name="language" value={values.language} label={t("columns.language")} allLabel={t("allLanguages")} options={RELEASE_LANGUAGES.map((language) => ({ value: language, label: t(`languages.${language}`) }))} />
    </FilterBar>
  );
}
