import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { NewsroomPagination } from "@/features/newsroom/components/newsroom-pagination";
import { PressContacts } from "@/features/newsroom/components/press-contacts";
import { ReleaseCard } from "@/features/newsroom/components/release-card";
import { NewsroomSearchForm } from "@/features/newsroom/components/search-form";
import { cachedNewsroom } from "@/features/newsroom/cached-reads";
import { feedAlternates, ogLocale } from "@/features/newsroom/metadata";
import { publicOrigin } from "@/features/newsroom/public-url";
import { parseNewsroomParams } from "@/features/newsroom/search-params";
import { config } from "@/server/config";

// Rendered per request (the visitor's language comes from a cookie; there is no database at build
// time); the data comes from the newsroom cache, which a publication, correction or withdrawal renews.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [t, locale, origin, search] = await Promise.all([getTranslations("newsroom"), getLocale(), publicOrigin(), searchParams.then(parseNewsroomParams)]);
  const city = config().CITY_NAME;
  const description = t("metaDescription", { city });
  const filtered = Boolean(search.q || search.topicSlug || search.year || search.language || (search.page ?? 1) > 1);
  return {
    title: { absolute: t("siteTitle", { city }) },
    description,
    alternates: { canonical: `${origin}/newsroom`, types: await feedAlternates(origin) },
    // Search result pages are not worth indexing; the list itself and the releases are.
    robots: filtered ? { index: false, follow: true } : undefined,
    openGraph: { type: "website", title: `${t("title")} – ${city}`, description, url: `${origin}/newsroom`, siteName: city, locale: ogLocale(locale) },
    twitter: { card: "summary", title: `${t("title")} – ${city}`, description },
  };
}

export default async function NewsroomPage({ searchParams }: Props) {
  const search = parseNewsroomParams(await searchParams);
  const [t, result, topics, years, contacts] = await Promise.all([
    getTranslations("newsroom"),
    cachedNewsroom.list(search),
    cachedNewsroom.topics(),
    cachedNewsroom.years(),
    cachedNewsroom.pressContacts(),
  ]);
  const city = config().CITY_NAME;
  const filtered = Boolean(search.q || search.topicSlug || search.year || search.language);
  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight text-slate-900 sm:text-4xl">{t("title")}</h1>
        <p className="mt-2 text-lg text-slate-600">{t("subtitle", { city })}</p>

        <div className="mt-8">
          <NewsroomSearchForm search={search} topics={topics} years={years} />
        </div>

        <section aria-labelledby="newsroom-results-heading" className="mt-8">
          <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-200 pb-3">
            <h2 id="newsroom-results-heading" className="text-xl font-semibold tracking-tight">
              {t("releasesHeading")}
            </h2>
            <p className="text-sm text-slate-500" role="status" data-testid="newsroom-result-count">
              {result.totalKnown ? t("resultCount", { count: result.total }) : t("resultCountMore", { count: result.total })}
            </p>
          </div>
          {result.rows.length === 0 ? (
            <div className="mt-6 rounded-lg border border-dashed border-slate-300 p-8 text-center text-slate-600" data-testid="newsroom-empty">
              <p>{filtered || result.page > 1 ? t("noResults") : t("empty")}</p>
              {(filtered || result.page > 1) && (
                <p className="mt-3">
                  <Link href="/newsroom" className="text-brand-700 hover:underline">
                    {t("showAll")}
                  </Link>
                </p>
              )}
            </div>
          ) : (
            <ol className="divide-y divide-slate-200" data-testid="newsroom-results">
              {result.rows.map((release) => (
                <li key={release.slug}>
                  <ReleaseCard release={release} />
                </li>
              ))}
            </ol>
          )}
          <NewsroomPagination search={search} page={result.page} pageCount={result.pageCount} hasNext={result.hasNext} />
        </section>
      </div>

      <aside className="space-y-6 lg:pt-2">
        <PressContacts contacts={contacts} />
        <p className="no-print text-sm">
          <a href="/newsroom/feed.xml" className="inline-flex items-center gap-2 text-brand-700 hover:underline">
            <svg aria-hidden viewBox="0 0 16 16" className="h-4 w-4 fill-current">
              <path d="M2 2a12 12 0 0 1 12 12h-2A10 10 0 0 0 2 4zm0 4a8 8 0 0 1 8 8H8a6 6 0 0 0-6-6zm1.5 4.5a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3" />
            </svg>
            {t("feed.link")}
          </a>
        </p>
      </aside>
    </div>
  );
}
