import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { PressContacts } from "@/features/newsroom/components/press-contacts";
import { PublicReleaseMedia } from "@/features/release-media/components/public-release-media";
import { TopicLinks } from "@/features/newsroom/components/topic-links";
import { topicName } from "@/features/newsroom/components/topic-name";
import { VersionSwitch } from "@/features/newsroom/components/version-switch";
import { cachedNewsroom } from "@/features/newsroom/cached-reads";
import { feedAlternates, ogLocale } from "@/features/newsroom/metadata";
import { publicOrigin } from "@/features/newsroom/public-url";
import { config } from "@/server/config";
import { NotFoundError } from "@/server/errors";

// Rendered at request time (no database at build time; an embargo ends or a release is withdrawn
// without a rebuild).
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

/** One read per request for the metadata and the page. Null: unknown, unpublished or embargoed. */
const loadRelease = cache(async (slug: string) => {
  try {
    return await cachedNewsroom.release(slug);
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const release = await loadRelease(slug);
  if (!release) return {};
  const [origin, locale] = await Promise.all([publicOrigin(), getLocale()]);
  const url = `${origin}/newsroom/${release.slug}`;
  const city = config().CITY_NAME;
  const languages: Record<string, string> = { [release.language]: url };
  for (const version of release.languageVersions) languages[version.language] = `${origin}/newsroom/${version.slug}`;
  return {
    title: release.title,
    description: release.perex,
    alternates: { canonical: url, languages, types: await feedAlternates(origin) },
    openGraph: {
      type: "article",
      title: release.title,
      description: release.perex,
      url,
      siteName: city,
      locale: ogLocale(release.language),
      alternateLocale: release.languageVersions.map((version) => ogLocale(version.language)),
      publishedTime: release.publishedAt?.toISOString(),
      modifiedTime: release.correctedAt?.toISOString(),
      tags: release.topics.map((topic) => topicName(topic, locale)),
    },
    twitter: { card: "summary", title: release.title, description: release.perex },
  };
}

export default async function ReleasePage({ params }: Props) {
  const { slug } = await params;
  const release = await loadRelease(slug);
  if (!release) notFound();
  const [t, format, locale, origin, contacts, resolutions] = await Promise.all([
    getTranslations("newsroom"),
    getFormatter(),
    getLocale(),
    publicOrigin(),
    cachedNewsroom.pressContacts(),
    cachedNewsroom.releaseResolutions(release.slug),
  ]);
  const url = `${origin}/newsroom/${release.slug}`;
  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div className="min-w-0">
        <nav aria-label={t("release.breadcrumb")} className="no-print text-sm">
          <Link href="/newsroom" className="text-brand-700 hover:underline" data-testid="newsroom-back">
            ← {t("release.back")}
          </Link>
        </nav>

        <article lang={release.language} className="mt-6 max-w-prose" data-testid="newsroom-release-detail">
          <header>
            <p className="text-sm text-slate-500">
              {release.dateline ? <span>{release.dateline}</span> : null}
              {release.dateline && release.publishedAt ? <span aria-hidden> · </span> : null}
              {release.publishedAt && (
                <span lang={locale}>
                  {t("release.published")}{" "}
                  <time dateTime={release.publishedAt.toISOString()}>
                    {format.dateTime(release.publishedAt, { dateStyle: "long", timeStyle: "short" })}
                  </time>
                </span>
              )}
            </p>
            <h1 className="mt-2 text-3xl font-semibold leading-tight tracking-tight text-slate-900 sm:text-4xl">{release.title}</h1>
            <TopicLinks topics={release.topics} locale={locale} label={t("release.topics")} className="mt-4" />
          </header>

          {release.correctionNote && (
            <aside role="note" className="mt-6 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950" data-testid="newsroom-correction">
              <p className="font-semibold" lang={locale}>
                {t("release.correctionTitle")}
                {release.correctedAt && (
                  <span className="font-normal"> – {t("release.correctedAt", { date: format.dateTime(release.correctedAt, { dateStyle: "long" }) })}</span>
                )}
              </p>
              <p className="mt-1">{release.correctionNote}</p>
            </aside>
          )}

          <p className="mt-6 text-lg font-semibold leading-relaxed text-slate-800" data-testid="newsroom-perex">
            {release.perex}
          </p>

          {/* bodyHtml is rendered as HTML only because it is sanitized on every save (server-side
              allowlist, src/features/press-releases/sanitize.ts; the demo seed goes through the same
              function): the stored value is never the HTML a browser sent. */}
          <div className="newsroom-prose mt-6" dangerouslySetInnerHTML={{ __html: release.bodyHtml }} />
          <PublicReleaseMedia slug={release.slug} />

          {resolutions.length > 0 && (
            <section aria-labelledby="newsroom-resolutions-heading" className="mt-10 border-t border-slate-200 pt-6" lang={locale}>
              <h2 id="newsroom-resolutions-heading" className="text-base font-semibold text-slate-900">
                {t("release.resolutions")}
              </h2>
              <ul className="mt-3 space-y-2 text-sm" data-testid="newsroom-resolutions">
                {resolutions.map((resolution) => {
                  const label = t("release.resolution", {
                    body: resolution.body,
                    number: resolution.number,
                    // A calendar date (no time): formatted as stored, not shifted into the city's zone.
                    date: format.dateTime(resolution.adoptedOn, { dateStyle: "long", timeZone: "UTC" }),
                  });
                  return (
                    <li key={resolution.id}>
                      {resolution.url && /^https?:\/\//.test(resolution.url) ? (
                        <a href={resolution.url} rel="noopener noreferrer" className="font-medium text-brand-700 hover:underline">
                          {label}
                        </a>
                      ) : (
                        <span className="font-medium text-slate-900">{label}</span>
                      )}
                      <span className="block text-slate-600" lang="cs">
                        {resolution.title}
                      </span>
                    </li>
                  );
                })}
              </ul>
            </section>
          )}

          <p className="print-only mt-10 border-t border-slate-300 pt-3 text-xs" lang={locale}>
            {t("release.permalink")}: {url}
          </p>
        </article>
      </div>

      <aside className="space-y-6 lg:pt-10">
        <VersionSwitch versions={release.languageVersions} />
        <div className="no-print">
          <PressContacts contacts={contacts} />
        </div>
      </aside>
    </div>
  );
}
