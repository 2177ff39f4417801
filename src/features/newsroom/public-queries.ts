import "server-only";
import { publicVisibilityWhere } from "@/features/press-releases/queries";
import { config } from "@/server/config";
import { db } from "@/server/db";

// The few public reads the newsroom needs beyond the press-release module's public queries
// (src/features/press-releases/queries.ts: listPublishedReleases, getPublishedRelease, listTopics).
// No actor: everything here is public, so every release query goes through the module's one
// visibility rule (publicVisibilityWhere) and selects only fields the public may see.

const topicSelect = { topic: { select: { slug: true, nameCs: true, nameEn: true } } } as const;

/**
 * The council resolutions a published release communicates (getPublishedRelease does not return them).
 * Empty for an unknown, unpublished or embargoed slug.
 */
export async function listPublishedReleaseResolutions(slug: string, now = new Date()) {
  const links = await db.pressReleaseResolution.findMany({
    where: { pressRelease: { AND: [publicVisibilityWhere(now), { slug }] } },
    select: { resolution: { select: { id: true, body: true, number: true, adoptedOn: true, title: true, url: true } } },
    orderBy: [{ resolution: { adoptedOn: "asc" } }, { resolution: { number: "asc" } }],
  });
  return links.map((link) => link.resolution);
}

/**
 * The newest published releases for the RSS/Atom feed, with their topics (the feed's categories) and
 * optionally of one language. (listFeedReleases of the module has neither.)
 */
export async function listFeedItems(limit = 20, options: { language?: string; now?: Date } = {}) {
  const now = options.now ?? new Date();
  const releases = await db.pressRelease.findMany({
    where: { AND: [publicVisibilityWhere(now), options.language ? { language: options.language } : {}] },
    select: { slug: true, title: true, perex: true, language: true, publishedAt: true, correctedAt: true, topics: { select: topicSelect } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(1, Math.trunc(limit) || 20), 100),
  });
  return releases.map(({ topics, ...release }) => ({ ...release, topics: topics.map((link) => link.topic) }));
}

/** The years (in the city's time zone) from the oldest to the newest published release, newest first. */
export async function listPublishedYears(now = new Date()): Promise<number[]> {
  const range = await db.pressRelease.aggregate({ where: publicVisibilityWhere(now), _min: { publishedAt: true }, _max: { publishedAt: true } });
  const oldest = range._min.publishedAt;
  const newest = range._max.publishedAt;
  if (!oldest || !newest) return [];
  const year = (date: Date) => Number(new Intl.DateTimeFormat("en", { year: "numeric", timeZone: config().CITY_TIME_ZONE }).format(date));
  const years: number[] = [];
  for (let y = year(newest); y >= year(oldest); y--) years.push(y);
  return years;
}

/** The office's press contacts: active users with the spokesperson role, name and e-mail only. */
export async function listPressContacts() {
  return db.user.findMany({
    where: { isActive: true, roles: { has: "SPOKESPERSON" } },
    select: { name: true, email: true },
    orderBy: { name: "asc" },
  });
}

/** How many releases are public (for the sitemap index), and when the newest changed. */
export async function countPublicReleases(now = new Date()) {
  const result = await db.pressRelease.aggregate({ where: publicVisibilityWhere(now), _count: { _all: true }, _max: { publishedAt: true, correctedAt: true } });
  const newest = [result._max.publishedAt, result._max.correctedAt].filter((date): date is Date => date !== null);
  return { count: result._count._all, lastModified: newest.length ? new Date(Math.max(...newest.map((date) => date.getTime()))) : null };
}

/**
 * One page of the sitemap: public releases, newest first, with their other public language versions.
 * Only what publicVisibilityWhere allows: a scheduled or embargoed release is never listed early.
 */
export async function listSitemapReleases(page: number, pageSize: number, now = new Date()) {
  const releases = await db.pressRelease.findMany({
    where: publicVisibilityWhere(now),
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: { slug: true, language: true, translationGroupId: true, publishedAt: true, correctedAt: true },
  });
  const groups = [...new Set(releases.map((release) => release.translationGroupId))];
  const versions = groups.length
    ? await db.pressRelease.findMany({
        where: { AND: [publicVisibilityWhere(now), { translationGroupId: { in: groups } }] },
        select: { slug: true, language: true, translationGroupId: true },
      })
    : [];
  const byGroup = Map.groupBy(versions, (version) => version.translationGroupId);
  return releases.map(({ translationGroupId, ...release }) => ({
    ...release,
    versions: (byGroup.get(translationGroupId) ?? []).map(({ slug, language }) => ({ slug, language })),
  }));
}
