import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { cityIsoDate } from "@/features/inquiries/time";
import { type Actor, PERMISSIONS, requirePermission } from "@/server/authz/permissions";
import { config } from "@/server/config";
import { db } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { parseInput } from "@/server/validation";
import { briefingContentFor } from "./briefing";
import type { BriefingContent } from "./briefing-content";
import { readBriefingSettings } from "./settings";
import { briefingPeriodSchema, caseListFilterSchema, CLIPPING_PAGE_SIZE, clippingListFilterSchema } from "./schema";
import { startOfCityDay } from "./time";

/** Counts beyond this are shown as "more than …" (an exact count of a million rows costs more than the page). */
export const CLIPPING_COUNT_CAP = 1000;
/** A search matching at most this many clippings is sorted from its matches; more, by walking the date index. */
const FEW_SEARCH_MATCHES = 1000;

type ClippingFilter = z.output<typeof clippingListFilterSchema>;

/** The SQL conditions of a filter (on the alias c); also used by the export and the dashboard's links. */
export async function clippingConditions(filter: ClippingFilter): Promise<Prisma.Sql[]> {
  return (await clippingPlan(filter)).conditions;
}

/**
 * The conditions and, for a search, what the probe learnt: `searchMatches` is the number of matching
 * clippings when at most FEW_SEARCH_MATCHES (any status), else null. With no other filter than the search
 * and the default "not ignored", the list's total then needs no second count.
 */
async function clippingPlan(filter: ClippingFilter): Promise<{ conditions: Prisma.Sql[]; matchIds: string[] | null }> {
  const timeZone = config().CITY_TIME_ZONE;
  const conditions: Prisma.Sql[] = [];
  if (filter.from) conditions.push(Prisma.sql`c."publishedAt" >= ${startOfCityDay(filter.from, timeZone)}`);
  if (filter.to) conditions.push(Prisma.sql`c."publishedAt" < ${startOfCityDay(filter.to, timeZone, 1)}`);
  if (filter.outlet) conditions.push(Prisma.sql`c."outlet" = ${filter.outlet}`);
  if (filter.mediaType) conditions.push(Prisma.sql`c."mediaType" = ${filter.mediaType}::"MonitoringMediaType"`);
  if (filter.sentiment === "UNRATED") conditions.push(Prisma.sql`c."sentiment" IS NULL`);
  else if (filter.sentiment) conditions.push(Prisma.sql`c."sentiment" = ${filter.sentiment}::"ClippingSentiment"`);
  if (filter.topic) conditions.push(Prisma.sql`c."topics" @> ARRAY[${filter.topic}]::text[]`);
  // Ignored clippings (false positives) are hidden unless asked for.
  if (filter.status) conditions.push(Prisma.sql`c."status" = ${filter.status}::"ClippingStatus"`);
  else conditions.push(Prisma.sql`c."status" <> 'IGNORED'`);
  if (filter.story) conditions.push(Prisma.sql`c."syndicationKey" = ${filter.story}`);
  if (filter.response === "none") conditions.push(criticalWithoutCaseSql);
  let matchIds: string[] | null = null;
  if (filter.q) {
    const query = Prisma.sql`websearch_to_tsquery('simple', "herald_unaccent"(${filter.q}))`;
    const matches = await db.$queryRaw<Array<{ id: string }>>`
      SELECT "id" FROM "Clipping" WHERE "searchVector" @@ ${query} LIMIT ${FEW_SEARCH_MATCHES + 1}`;
    if (matches.length <= FEW_SEARCH_MATCHES) matchIds = matches.map((row) => row.id);
    conditions.push(matchIds ? Prisma.sql`c."id" = ANY(${matchIds}::uuid[])` : Prisma.sql`c."searchVector" @@ ${query}`);
  }
  return { conditions, matchIds };
}

/** Critical coverage (negative, or marked as needing a response; not ignored) that has no response case. */
export const criticalWithoutCaseSql = Prisma.sql`(c."sentiment" = 'NEGATIVE' OR c."status" = 'NEEDS_RESPONSE') AND c."status" <> 'IGNORED'
  AND NOT EXISTS (SELECT 1 FROM "ResponseCase" rc WHERE rc."clippingId" = c."id")`;

const listSelect = {
  id: true,
  outlet: true,
  mediaType: true,
  publishedAt: true,
  publishedAtEstimated: true,
  title: true,
  url: true,
  excerpt: true,
  author: true,
  placement: true,
  reach: true,
  sentiment: true,
  topics: true,
  relevance: true,
  matchedKeywords: true,
  status: true,
  note: true,
  syndicationKey: true,
  version: true,
  responseCase: { select: { id: true, status: true } },
} as const satisfies Prisma.ClippingSelect;

/**
 * The clippings list: filters and search in SQL, newest first, keyset pages of 50 ("after" = the last
 * row's publishedAt and id), the total exact up to 1,000, and for syndicated stories the other outlets.
 */
export async function listClippings(actor: Actor | null, rawFilter: unknown = {}) {
  requirePermission(actor, "monitoring.view");
  const filter = parseInput(clippingListFilterSchema, rawFilter ?? {});
  const { conditions, matchIds } = await clippingPlan(filter);
  const where = conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
  let pageWhere = where;
  if (filter.after) {
    const [at, id] = filter.after.split("_");
    pageWhere = Prisma.sql`${where} AND (c."publishedAt", c."id") < (${new Date(at)}::timestamptz, ${id}::uuid)`;
  }
  // A search with more than FEW_SEARCH_MATCHES matches is not counted: a capped count of a common word
  // combined with a rare filter walks far (a million rows: 100+ ms); the page says "more than 50" instead.
  const manyMatches = Boolean(filter.q) && !matchIds;
  const [page, counted] = await Promise.all([
    db.$queryRaw<Array<{ id: string }>>`
      SELECT c."id" FROM "Clipping" c WHERE ${pageWhere}
      ORDER BY c."publishedAt" DESC, c."id" DESC
      LIMIT ${CLIPPING_PAGE_SIZE + 1}`,
    manyMatches
      ? Promise.resolve(null)
      : db.$queryRaw<Array<{ total: number }>>`
      SELECT count(*)::int AS "total" FROM (SELECT 1 FROM "Clipping" c WHERE ${where} LIMIT ${CLIPPING_COUNT_CAP + 1}) AS capped`,
  ]);
  const onlySearch = !filter.from && !filter.to && !filter.outlet && !filter.mediaType && !filter.sentiment && !filter.topic && !filter.status && !filter.story && !filter.response;
  const total = counted ? counted[0].total : onlySearch ? CLIPPING_COUNT_CAP + 1 : page.length > CLIPPING_PAGE_SIZE ? CLIPPING_PAGE_SIZE + 1 : page.length;
  const countCap = counted || onlySearch ? CLIPPING_COUNT_CAP : CLIPPING_PAGE_SIZE;
  const hasMore = page.length > CLIPPING_PAGE_SIZE;
  const ids = page.slice(0, CLIPPING_PAGE_SIZE).map((row) => row.id);
  const rows = await db.clipping.findMany({ where: { id: { in: ids } }, select: listSelect });
  const order = new Map(ids.map((id, index) => [id, index]));
  rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const syndication = await syndicatedOutlets(rows.map((row) => row.syndicationKey).filter((key): key is string => Boolean(key)));
  const last = rows.at(-1);
  return {
    rows: rows.map((row) => ({ ...row, alsoIn: (syndication.get(row.syndicationKey ?? "") ?? []).filter((outlet) => outlet !== row.outlet) })),
    total: Math.min(total, countCap),
    totalKnown: total <= countCap,
    nextCursor: hasMore && last ? `${last.publishedAt.toISOString()}_${last.id}` : null,
  };
}

export type ClippingListRow = Awaited<ReturnType<typeof listClippings>>["rows"][number];

/** The outlets that carried each syndicated story (at most 20 a story). */
async function syndicatedOutlets(keys: string[]): Promise<Map<string, string[]>> {
  const unique = [...new Set(keys)];
  if (unique.length === 0) return new Map();
  const rows = await db.$queryRaw<Array<{ key: string; outlets: string[] }>>`
    SELECT "syndicationKey" AS "key", (array_agg(DISTINCT "outlet"))[1:20] AS "outlets"
    FROM "Clipping" WHERE "syndicationKey" = ANY(${unique}::text[])
    GROUP BY "syndicationKey" HAVING count(DISTINCT "outlet") > 1`;
  return new Map(rows.map((row) => [row.key, row.outlets]));
}

export async function getClipping(actor: Actor | null, id: string) {
  requirePermission(actor, "monitoring.view");
  if (!z.uuid().safeParse(id).success) throw new NotFoundError();
  const clipping = await db.clipping.findUnique({
    where: { id },
    select: {
      ...listSelect,
      guid: true,
      fileKey: true,
      fileName: true,
      reviewedAt: true,
      createdAt: true,
      source: { select: { id: true, outlet: true, feedUrl: true } },
      responseCase: { select: { id: true, status: true, type: true } },
    },
  });
  if (!clipping) throw new NotFoundError();
  const copies = clipping.syndicationKey
    ? await db.clipping.findMany({
        where: { syndicationKey: clipping.syndicationKey, id: { not: clipping.id } },
        orderBy: { publishedAt: "asc" },
        take: 50,
        select: { id: true, outlet: true, publishedAt: true, url: true },
      })
    : [];
  // Inquiries that name this article (an inquiry stores the clipping's URL) and the ones linked by a case.
  const inquiries = clipping.url
    ? await db.inquiry.findMany({ where: { clippingUrl: clipping.url }, orderBy: { receivedAt: "desc" }, take: 10, select: { id: true, number: true, subject: true } })
    : [];
  const history = await db.auditLog.findMany({
    where: { entityType: "Clipping", entityId: id },
    orderBy: { id: "desc" },
    take: 20,
    select: { id: true, action: true, at: true, actor: { select: { name: true } } },
  });
  return { ...clipping, copies, inquiries, history: history.map((entry) => ({ id: entry.id.toString(), action: entry.action, at: entry.at, actorName: entry.actor?.name ?? null })) };
}

/** The file attached to a manual clipping (a PDF scan), for staff who see monitoring. */
export async function clippingFile(actor: Actor | null, id: string) {
  requirePermission(actor, "monitoring.view");
  if (!z.uuid().safeParse(id).success) throw new NotFoundError();
  const clipping = await db.clipping.findUnique({ where: { id }, select: { fileKey: true, fileName: true } });
  if (!clipping?.fileKey) throw new NotFoundError();
  return { key: clipping.fileKey, fileName: clipping.fileName ?? "clipping.pdf" };
}

/** What the filters and forms offer: outlets (sources and clippings), topics (keywords and recent clippings). */
export async function clippingFilterOptions(actor: Actor | null) {
  requirePermission(actor, "monitoring.view");
  const [outlets, keywordTopics, recentTopics, sources] = await Promise.all([
    // A loose index scan over (outlet, publishedAt): one index probe per distinct outlet, fast on a million rows.
    db.$queryRaw<Array<{ outlet: string }>>`
      WITH RECURSIVE o AS (
        (SELECT "outlet" FROM "Clipping" ORDER BY "outlet" LIMIT 1)
        UNION ALL
        SELECT (SELECT c."outlet" FROM "Clipping" c WHERE c."outlet" > o."outlet" ORDER BY c."outlet" LIMIT 1) FROM o WHERE o."outlet" IS NOT NULL
      )
      SELECT "outlet" FROM o WHERE "outlet" IS NOT NULL LIMIT 500`,
    db.monitoringKeyword.findMany({ distinct: ["topic"], select: { topic: true } }),
    db.$queryRaw<Array<{ topic: string }>>`
      SELECT DISTINCT unnest("topics") AS "topic" FROM (SELECT "topics" FROM "Clipping" ORDER BY "publishedAt" DESC LIMIT 1000) recent`,
    db.monitoringSource.findMany({ orderBy: { outlet: "asc" }, select: { id: true, outlet: true, mediaType: true, feedUrl: true, reach: true } }),
  ]);
  const topics = [...new Set([...keywordTopics.map((row) => row.topic), ...recentTopics.map((row) => row.topic)])].sort((a, b) => a.localeCompare(b, "cs"));
  const outletNames = [...new Set([...outlets.map((row) => row.outlet), ...sources.map((source) => source.outlet)])].sort((a, b) => a.localeCompare(b, "cs"));
  return { outlets: outletNames, topics, sources, manualSources: sources.filter((source) => !source.feedUrl) };
}

export async function listSources(actor: Actor | null) {
  requirePermission(actor, "monitoring.view");
  const [sources, counts] = await Promise.all([
    db.monitoringSource.findMany({ orderBy: [{ active: "desc" }, { outlet: "asc" }] }),
    db.$queryRaw<Array<{ sourceId: string; count: number; last: Date | null }>>`
      SELECT "sourceId", count(*)::int AS "count", max("publishedAt") AS "last" FROM "Clipping" WHERE "sourceId" IS NOT NULL GROUP BY "sourceId"`,
  ]);
  const bySource = new Map(counts.map((row) => [row.sourceId, row]));
  return sources.map((source) => ({ ...source, clippings: bySource.get(source.id)?.count ?? 0, lastClippingAt: bySource.get(source.id)?.last ?? null }));
}

export async function listKeywords(actor: Actor | null) {
  requirePermission(actor, "monitoring.view");
  return db.monitoringKeyword.findMany({ orderBy: [{ topic: "asc" }, { term: "asc" }] });
}

// ---------------------------------------------------------------- response cases

export async function listResponseCases(actor: Actor | null, rawFilter: unknown = {}, now = new Date()) {
  requirePermission(actor, "monitoring.view");
  const filter = parseInput(caseListFilterSchema, rawFilter ?? {});
  const status = filter.status ?? "OPEN";
  const rows = await db.responseCase.findMany({
    where: status === "ALL" ? {} : { status },
    orderBy: status === "OPEN" ? [{ deadline: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }] : [{ updatedAt: "desc" }],
    take: 200,
    select: {
      id: true,
      type: true,
      status: true,
      ownerId: true,
      deadline: true,
      closedAt: true,
      createdAt: true,
      clipping: { select: { id: true, title: true, outlet: true, publishedAt: true, sentiment: true } },
      release: { select: { id: true, title: true } },
      inquiry: { select: { id: true, number: true } },
    },
  });
  const owners = await userNames(rows.map((row) => row.ownerId).filter((id): id is string => Boolean(id)));
  return rows.map((row) => ({ ...row, ownerName: row.ownerId ? (owners.get(row.ownerId) ?? null) : null, overdue: row.status === "OPEN" && row.deadline !== null && row.deadline < now }));
}

/**
 * How critical coverage was handled over the last `days` days: critical clippings (negative or needing a
 * response, not ignored), those with a response case, and those whose case is done (answered).
 */
export async function responseStats(actor: Actor | null, days = 90, now = new Date()) {
  requirePermission(actor, "monitoring.view");
  const since = new Date(now.getTime() - days * 86_400_000);
  const [row] = await db.$queryRaw<Array<{ critical: number; withCase: number; answered: number; open: number; overdue: number }>>`
    SELECT
      (SELECT count(*)::int FROM "Clipping" c WHERE c."publishedAt" >= ${since} AND (c."sentiment" = 'NEGATIVE' OR c."status" = 'NEEDS_RESPONSE') AND c."status" <> 'IGNORED') AS "critical",
      (SELECT count(*)::int FROM "Clipping" c JOIN "ResponseCase" rc ON rc."clippingId" = c."id" WHERE c."publishedAt" >= ${since}) AS "withCase",
      (SELECT count(*)::int FROM "Clipping" c JOIN "ResponseCase" rc ON rc."clippingId" = c."id" WHERE c."publishedAt" >= ${since} AND rc."status" = 'DONE') AS "answered",
      (SELECT count(*)::int FROM "ResponseCase" WHERE "status" = 'OPEN') AS "open",
      (SELECT count(*)::int FROM "ResponseCase" WHERE "status" = 'OPEN' AND "deadline" < ${now}) AS "overdue"`;
  return { ...row, days, answeredShare: row.critical > 0 ? Math.min(1, row.answered / row.critical) : null };
}

export async function getResponseCase(actor: Actor | null, id: string, now = new Date()) {
  requirePermission(actor, "monitoring.view");
  if (!z.uuid().safeParse(id).success) throw new NotFoundError();
  const found = await db.responseCase.findUnique({
    where: { id },
    select: {
      id: true,
      type: true,
      status: true,
      ownerId: true,
      deadline: true,
      text: true,
      outcome: true,
      releaseId: true,
      inquiryId: true,
      closedAt: true,
      version: true,
      createdAt: true,
      clipping: { select: { id: true, title: true, outlet: true, publishedAt: true, url: true, excerpt: true, sentiment: true } },
      release: { select: { id: true, title: true } },
      inquiry: { select: { id: true, number: true, subject: true } },
    },
  });
  if (!found) throw new NotFoundError();
  const owners = await userNames(found.ownerId ? [found.ownerId] : []);
  return { ...found, ownerName: found.ownerId ? (owners.get(found.ownerId) ?? null) : null, overdue: found.status === "OPEN" && found.deadline !== null && found.deadline < now };
}

/** Who may own a case, and the releases and inquiries that may have answered it. */
export async function caseFormOptions(actor: Actor | null) {
  requirePermission(actor, "monitoring.view");
  const [staff, releases, inquiries] = await Promise.all([
    db.user.findMany({ where: { isActive: true, roles: { hasSome: [...PERMISSIONS["monitoring.view"]] } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.pressRelease.findMany({ orderBy: { updatedAt: "desc" }, take: 200, select: { id: true, title: true } }),
    db.inquiry.findMany({ orderBy: { receivedAt: "desc" }, take: 200, select: { id: true, number: true, subject: true } }),
  ]);
  return { staff, releases, inquiries };
}

async function userNames(ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: unique } }, select: { id: true, name: true } });
  return new Map(users.map((user) => [user.id, user.name]));
}

// ---------------------------------------------------------------- briefing

export async function listBriefings(actor: Actor | null) {
  requirePermission(actor, "monitoring.view");
  const rows = await db.monitoringBriefing.findMany({
    orderBy: { day: "desc" },
    take: 30,
    select: { id: true, day: true, createdAt: true, content: true, mails: { select: { status: true } } },
  });
  return rows.map(({ content, mails, day, ...row }) => ({
    ...row,
    day: day.toISOString().slice(0, 10),
    total: (content as unknown as BriefingContent).total,
    negative: (content as unknown as BriefingContent).counts.NEGATIVE,
    sent: mails.filter((mail) => mail.status === "SENT").length,
    failed: mails.filter((mail) => mail.status === "FAILED").length,
    queued: mails.filter((mail) => mail.status === "QUEUED").length,
  }));
}

export async function getBriefing(actor: Actor | null, day: string) {
  requirePermission(actor, "monitoring.view");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) throw new NotFoundError();
  const briefing = await db.monitoringBriefing.findUnique({
    where: { day: new Date(`${day}T00:00:00Z`) },
    select: { id: true, day: true, createdAt: true, content: true, mails: { orderBy: { email: "asc" }, select: { email: true, status: true, sentAt: true, error: true } } },
  });
  if (!briefing) throw new NotFoundError();
  return { ...briefing, day, content: briefing.content as unknown as BriefingContent };
}

/** The briefing of any period, computed now (not stored, not sent); default: the last 24 hours. */
export async function onDemandBriefing(actor: Actor | null, rawFilter: unknown = {}, now = new Date()) {
  requirePermission(actor, "monitoring.view");
  const filter = parseInput(briefingPeriodSchema, rawFilter ?? {});
  const timeZone = config().CITY_TIME_ZONE;
  const today = cityIsoDate(now, timeZone);
  const from = filter.from ? startOfCityDay(filter.from, timeZone) : new Date(now.getTime() - 86_400_000);
  const to = filter.to ? startOfCityDay(filter.to, timeZone, 1) : now;
  if (to <= from) return { from: filter.from ?? today, to: filter.to ?? today, content: null };
  // At most a year at once: the briefing is a reading list, not an archive.
  const capped = to.getTime() - from.getTime() > 366 * 86_400_000 ? new Date(to.getTime() - 366 * 86_400_000) : from;
  return { from: filter.from ?? cityIsoDate(from, timeZone), to: filter.to ?? today, content: await briefingContentFor({ from: capped, to }) };
}

export async function briefingSettingsForPage(actor: Actor | null) {
  requirePermission(actor, "monitoring.view");
  return readBriefingSettings();
}
