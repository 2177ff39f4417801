import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { listPublishedReleases } from "@/features/press-releases/queries";
import { TopicLinks } from "./topic-links";
import { languageName } from "./topic-name";

export type PublicReleaseRow = Awaited<ReturnType<typeof listPublishedReleases>>["rows"][number];

/** One release in the newsroom list: date, title (the link), perex, topics, language when foreign. */
export async function ReleaseCard({ release }: { release: PublicReleaseRow }) {
  const [format, locale, t] = await Promise.all([getFormatter(), getLocale(), getTranslations("newsroom")]);
  return (
    <article className="py-6" data-testid="newsroom-release" aria-labelledby={`release-${release.slug}`}>
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-500">
        {release.publishedAt && (
          <time dateTime={release.publishedAt.toISOString()}>{format.dateTime(release.publishedAt, { dateStyle: "long" })}</time>
        )}
        {release.language !== locale && (
          <span lang={release.language} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium uppercase text-slate-600">
            <span className="sr-only">{languageName(t, release.language)} </span>
            <span aria-hidden>{release.language}</span>
          </span>
        )}
      </p>
      <h3 id={`release-${release.slug}`} lang={release.language} className="mt-1 text-xl font-semibold leading-snug tracking-tight text-slate-900">
        <Link href={`/newsroom/${release.slug}`} className="hover:text-brand-700 hover:underline focus-visible:underline" data-testid="newsroom-release-link">
          {release.title}
        </Link>
      </h3>
      <p lang={release.language} className="mt-2 leading-relaxed text-slate-700">
        {release.perex}
      </p>
      <TopicLinks topics={release.topics} locale={locale} label={t("release.topics")} />
    </article>
  );
}
