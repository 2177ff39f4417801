import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { NewsroomSearch } from "../search-params";
import { RELEASE_LANGUAGES } from "@/features/press-releases/schema";
import { languageName, topicName } from "./topic-name";

const control =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-xs focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200";

/**
 * The search and filters: a plain GET form, so the URL is the state (bookmarkable, works without
 * JavaScript). Field names: q, topic, year, lang.
 */
export async function NewsroomSearchForm({
  search,
  topics,
  years,
}: {
  search: NewsroomSearch;
  topics: Array<{ slug: string; nameCs: string; nameEn: string }>;
  years: number[];
}) {
  const [t, locale] = await Promise.all([getTranslations("newsroom"), getLocale()]);
  const filtered = Boolean(search.q || search.topicSlug || search.year || search.language);
  return (
    <form method="get" action="/newsroom" role="search" aria-label={t("search.legend")} className="no-print rounded-lg border border-slate-200 bg-slate-50 p-4" data-testid="newsroom-search-form">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="flex-1">
          <label htmlFor="newsroom-q" className="block text-sm font-medium text-slate-800">
            {t("search.label")}
          </label>
          <input
            id="newsroom-q"
            name="q"
            type="search"
            defaultValue={search.q ?? ""}
            placeholder={t("search.placeholder")}
            maxLength={200}
            className={`${control} mt-1.5`}
            data-testid="newsroom-search-input"
          />
        </div>
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700" data-testid="newsroom-search-submit">
          {t("search.submit")}
        </button>
      </div>
      <div className="mt-3 grid gap-3 sm:grid-cols-3">
        <div>
          <label htmlFor="newsroom-topic" className="block text-xs font-medium text-slate-600">
            {t("search.topic")}
          </label>
          <select id="newsroom-topic" name="topic" defaultValue={search.topicSlug ?? ""} className={`${control} mt-1`}>
            <option value="">{t("search.allTopics")}</option>
            {topics.map((topic) => (
              <option key={topic.slug} value={topic.slug}>
                {topicName(topic, locale)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="newsroom-year" className="block text-xs font-medium text-slate-600">
            {t("search.year")}
          </label>
          <select id="newsroom-year" name="year" defaultValue={search.year ? String(search.year) : ""} className={`${control} mt-1`}>
            <option value="">{t("search.allYears")}</option>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="newsroom-lang" className="block text-xs font-medium text-slate-600">
            {t("search.language")}
          </label>
          <select id="newsroom-lang" name="lang" defaultValue={search.language ?? ""} className={`${control} mt-1`}>
            <option value="">{t("search.allLanguages")}</option>
            {RELEASE_LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {languageName(t, language)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {filtered && (
        <p className="mt-3 text-sm">
          <Link href="/newsroom" className="text-brand-700 hover:underline" data-testid="newsroom-search-reset">
            {t("search.reset")}
          </Link>
        </p>
      )}
    </form>
  );
}
