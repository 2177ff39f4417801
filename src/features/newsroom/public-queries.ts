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
