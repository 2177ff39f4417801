import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Select, TextInput } from "@/components/ui/field";
import { RELEASE_LANGUAGES, RELEASE_STATUSES } from "../schema";

// A GET form: the filter is the URL, so a view ("my drafts", "in review") can be bookmarked and shared.
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
    <form method="get" role="search" className="mb-4 grid gap-2 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 xl:grid-cols-[minmax(14rem,2fr)_repeat(4,minmax(9rem,1fr))_auto]">
      {values.sort && <input type="hidden" name="sort" value={values.sort} />}
      {values.dir && <input type="hidden" name="dir" value={values.dir} />}
      <TextInput name="q" type="search" defaultValue={values.q ?? ""} placeholder={t("search")} aria-label={t("search")} data-testid="release-search" />
      <Select name="status" defaultValue={values.status ?? ""} aria-label={t("columns.status")}>
        <option value="">{t("allStatuses")}</option>
        {RELEASE_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`status.${status}`)}
          </option>
        ))}
      </Select>
      <Select name="authorId" defaultValue={values.authorId ?? ""} aria-label={t("columns.author")}>
        <option value="">{t("allAuthors")}</option>
        {authors.map((author) => (
          <option key={author.id} value={author.id}>
            {author.name}
          </option>
        ))}
      </Select>
      <Select name="topicId" defaultValue={values.topicId ?? ""} aria-label={t("columns.topics")}>
        <option value="">{t("allTopics")}</option>
        {topics.map((topic) => (
          <option key={topic.id} value={topic.id}>
            {topic.name}
          </option>
        ))}
      </Select>
      <Select name="language" defaultValue={values.language ?? ""} aria-label={t("columns.language")}>
        <option value="">{t("allLanguages")}</option>
        {RELEASE_LANGUAGES.map((language) => (
          <option key={language} value={language}>
            {t(`languages.${language}`)}
          </option>
        ))}
      </Select>
      <div className="flex gap-2">
        <button type="submit" className={buttonClass("primary")}>
          {common("filter")}
        </button>
        <Link href="/press-releases" className={buttonClass("ghost")}>
          {common("reset")}
        </Link>
      </div>
    </form>
  );
}
