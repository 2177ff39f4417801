import "server-only";
import { config } from "@/server/config";
import { db } from "@/server/db";
import { logger } from "@/server/logger";
import { FEED_MAX_BYTES, FEED_TIMEOUT_MS, FeedFetchError, fetchFeed } from "./feed-fetch";
import { decodeFeed, FeedError, parseFeedItems } from "./feed-parse";
import { type KeywordRule, matchKeywords, normalizeUrl, syndicationKey } from "./text";

// The feed poller: one periodic sweep (every minute) that claims the due sources and polls each in
// isolation. Why a sweep and not a Job row per source: the due set is already in MonitoringSource
// (`nextPollAt`), so a claim is one conditional UPDATE … SKIP LOCKED that moves nextPollAt on before the
// fetch (two instances never poll one feed twice, a crash just waits one interval), and no Job rows pile
// up every minute. Isolation: each source runs in its own try/catch with a time and a byte limit, a few at
// a time, and its failure is written on the source (lastError, consecutiveFailures, a growing back-off):
// a broken, huge, slow or hostile feed never stops the others or the app.

export interface PollLimits {
  timeoutMs?: number;
  maxBytes?: number;
  /** Sources polled at once (default 4). */
  concurrency?: number;
  /** Sources claimed per sweep (default 50). */
  batch?: number;
  /** Let feeds on loopback/private addresses through (tests; default: the MONITORING_ALLOW_PRIVATE_FEEDS setting). */
  allowPrivateAddresses?: boolean;
}

export interface PollResult {
  sourceId: string;
  outcome: "ok" | "notModified" | "failed";
  items: number;
  created: number;
  error?: string;
}

type ClaimedSource = { id: string; outlet: string; mediaType: string; feedUrl: string; etag: string | null; lastModified: string | null; reach: number | null; pollIntervalMinutes: number; consecutiveFailures: number };

/** Polls the active feeds that are due; never throws for one source's failure. */
export async function pollDueSources(now = new Date(), limits: PollLimits = {}): Promise<PollResult[]> {
  const claimed = await db.$queryRaw<ClaimedSource[]>`
    UPDATE "MonitoringSource" AS s SET "nextPollAt" = ${now}::timestamptz + make_interval(mins => s."pollIntervalMinutes"), "lastPolledAt" = ${now}
    FROM (
      SELECT "id" FROM "MonitoringSource"
      WHERE "active" AND "feedUrl" IS NOT NULL AND ("nextPollAt" IS NULL OR "nextPollAt" <= ${now})
      ORDER BY "nextPollAt" ASC NULLS FIRST
      LIMIT ${limits.batch ?? 50}
      FOR UPDATE SKIP LOCKED
    ) AS due
    WHERE s."id" = due."id"
    RETURNING s."id", s."outlet", s."mediaType"::text AS "mediaType", s."feedUrl", s."etag", s."lastModified", s."reach", s."pollIntervalMinutes", s."consecutiveFailures"`;
  if (claimed.length === 0) return [];
  const keywords = await activeKeywords();
  const results: PollResult[] = [];
  const queue = [...claimed];
  const workers = Array.from({ length: Math.min(limits.concurrency ?? 4, queue.length) }, async () => {
    for (let source = queue.shift(); source; source = queue.shift()) results.push(await pollOne(source, keywords, now, limits));
  });
  await Promise.all(workers);
  return results;
}

export async function activeKeywords(): Promise<KeywordRule[]> {
  return db.monitoringKeyword.findMany({ where: { active: true }, orderBy: { createdAt: "asc" }, select: { term: true, exclusions: true, topic: true } });
}

async function pollOne(source: ClaimedSource, keywords: KeywordRule[], now: Date, limits: PollLimits): Promise<PollResult> {
  try {
    const response = await fetchFeed(source.feedUrl, { etag: source.etag, lastModified: source.lastModified }, {
      timeoutMs: limits.timeoutMs ?? FEED_TIMEOUT_MS,
      maxBytes: limits.maxBytes ?? FEED_MAX_BYTES,
      allowPrivateAddresses: limits.allowPrivateAddresses ?? config().MONITORING_ALLOW_PRIVATE_FEEDS,
    });
    if (response.notModified) {
      await db.monitoringSource.update({ where: { id: source.id }, data: { lastSuccessAt: now, lastError: null, consecutiveFailures: 0 } });
      return { sourceId: source.id, outcome: "notModified", items: 0, created: 0 };
    }
    const items = parseFeedItems(decodeFeed(response.bytes, response.contentType), config().CITY_TIME_ZONE);
    const created = await storeItems(source, items, keywords, now);
    await db.monitoringSource.update({
      where: { id: source.id },
      data: { etag: response.etag?.slice(0, 500) ?? null, lastModified: response.lastModified?.slice(0, 100) ?? null, lastSuccessAt: now, lastError: null, consecutiveFailures: 0, lastItemCount: items.length },
    });
    return { sourceId: source.id, outcome: "ok", items: items.length, created };
  } catch (error) {
    const code = error instanceof FeedFetchError ? (error.code === "httpStatus" ? `http ${error.detail}` : error.code) : error instanceof FeedError ? error.code : "unexpected";
    if (code === "unexpected") logger.error("monitoring feed: unexpected failure", { sourceId: source.id, error: String(error) });
    // Back off after repeated failures: the interval times 1, 2, 4 … up to 16.
    const factor = Math.min(16, 2 ** source.consecutiveFailures);
    await db.monitoringSource
      .update({
        where: { id: source.id },
        data: { lastError: code, lastErrorAt: now, consecutiveFailures: { increment: 1 }, nextPollAt: new Date(now.getTime() + source.pollIntervalMinutes * 60_000 * factor) },
      })
      .catch((updateError) => logger.error("monitoring feed: could not record a failure", { sourceId: source.id, error: String(updateError) }));
    return { sourceId: source.id, outcome: "failed", items: 0, created: 0, error: code };
  }
}

/** Stores the items that match the keywords; the same URL or (source, guid) is stored once (ON CONFLICT DO NOTHING). */
export async function storeItems(source: Pick<ClaimedSource, "id" | "outlet" | "mediaType" | "reach">, items: Awaited<ReturnType<typeof parseFeedItems>>, keywords: KeywordRule[], now: Date): Promise<number> {
  const rows = [];
  const seenUrls = new Set<string>();
  for (const item of items) {
    const match = matchKeywords({ title: item.title, text: item.excerpt }, keywords);
    if (!match) continue;
    const urlKey = normalizeUrl(item.url);
    if (urlKey && seenUrls.has(urlKey)) continue;
    if (urlKey) seenUrls.add(urlKey);
    // A date in the future (a wrong clock or zone) is not believed beyond a day.
    const publishedAt = item.publishedAt && item.publishedAt.getTime() <= now.getTime() + 86_400_000 ? item.publishedAt : now;
    rows.push({
      sourceId: source.id,
      outlet: source.outlet,
      mediaType: source.mediaType as "ONLINE",
      publishedAt,
      publishedAtEstimated: !item.publishedAt,
      title: item.title,
      url: urlKey ? item.url : null,
      urlKey,
      guid: item.guid ?? (urlKey ? null : `title:${syndicationKey(item.title) ?? item.title}`.slice(0, 500)),
      author: item.author,
      excerpt: item.excerpt,
      reach: source.reach,
      topics: match.topics,
      relevance: match.relevance,
      matchedKeywords: match.terms,
      syndicationKey: syndicationKey(item.title),
    });
  }
  if (rows.length === 0) return 0;
  const { count } = await db.clipping.createMany({ data: rows, skipDuplicates: true });
  return count;
}
