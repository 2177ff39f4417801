import "server-only";
import { TZDate } from "@date-fns/tz";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { getOfficeSettings } from "@/features/settings/queries";
import { type Actor, requirePermission } from "@/server/authz/permissions";
import { config } from "@/server/config";
import { db } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { parseInput } from "@/server/validation";
import { allowedActions, visibleWhere } from "./policy";
import { listFilterSchema, PUBLIC_PAGE_SIZE, publicListFilterSchema, RELEASE_PAGE_SIZE, RELEASE_SORT_DIRECTIONS, revisionPairSchema } from "./schema";

const REVISIONS_SHOWN = 20;

/**
 * What the public may see: published, at or after its publication time, and past any embargo. The one
 * rule for the newsroom, its feed and anything else public; drafts, scheduled, embargoed and withdrawn
 * releases never match.
 */
export function publicVisibilityWhere(now: Date): Prisma.PressReleaseWhereInput {
  return {
    status: "PUBLISHED",
    publishedAt: { lte: now },
    OR: [{ embargoUntil: null }, { embargoUntil: { lte: now } }],
  };
}

/** publicVisibilityWhere in SQL, for the queries Prisma cannot write (search, the newsroom's list); alias r. */
function publicVisibilitySql(now: Date): Prisma.Sql {
  return Prisma.sql`r."status" = 'PUBLISHED' AND r."publishedAt" <= ${now} AND (r."embargoUntil" IS NULL OR r."embargoUntil" <= ${now})`;
}

const topicSelect = { topic: { select: { id: true, slug: true, nameCs: true, nameEn: true } } } as const;

export type PressReleaseRow = Awaited<ReturnType<typeof listPressReleases>>["rows"][number];

/** The staff table: filters, full-text search, sorting and pages of 25. */
export async function listPressReleases(actor: Actor | null, rawFilter: unknown = {}) {
  requirePermission(actor, "pressRelease.view");
  const filter = parseInput(listFilterSchema, rawFilter ?? {});
  const conditions: Prisma.PressReleaseWhereInput[] = [visibleWhere(actor)];
  if (filter.status) conditions.push({ status: filter.status });
  if (filter.authorId) conditions.push({ authorId: filter.authorId });
  if (filter.topicId) conditions.push({ topics: { some: { topicId: filter.topicId } } });
  if (filter.language) conditions.push({ language: filter.language });
  if (filter.from) conditions.push({ updatedAt: { gte: startOfCityDay(filter.from) } });
  if (filter.to) conditions.push({ updatedAt: { lt: startOfCityDay(filter.to, 1) } });
  if (filter.publishedFrom) conditions.push({ publishedAt: { gte: startOfCityDay(filter.publishedFrom) } });
  if (filter.publishedTo) conditions.push({ publishedAt: { lt: startOfCityDay(filter.publishedTo, 1) } });
  if (filter.q) conditions.push({ id: { in: await searchMatches(filter.q) } });
  const where: Prisma.PressReleaseWhereInput = { AND: conditions };

  const dir = filter.dir ?? RELEASE_SORT_DIRECTIONS[filter.sort];
  const orderBy: Prisma.PressReleaseOrderByWithRelationInput[] = {
    updatedAt: [{ updatedAt: dir }],
    title: [{ title: dir }],
    status: [{ status: dir }, { updatedAt: "desc" as const }],
    publishedAt: [{ publishedAt: { sort: dir, nulls: "last" as const } }],
  }[filter.sort];

  const [total, rows] = await Promise.all([
    db.pressRelease.count({ where }),
    db.pressRelease.findMany({
      where,
      orderBy: [...orderBy, { id: "desc" }],
      skip: (filter.page - 1) * RELEASE_PAGE_SIZE,
      take: RELEASE_PAGE_SIZE,
      select: {
        id: true,
        title: true,
        status: true,
        language: true,
        updatedAt: true,
        publishAt: true,
        publishedAt: true,
        embargoUntil: true,
        version: true,
        author: { select: { id: true, name: true } },
        topics: { select: topicSelect },
      },
    }),
  ]);
  return {
    rows: rows.map(({ topics, ...row }) => ({ ...row, topics: topics.map((link) => link.topic) })),
    total,
    page: filter.page,
    pageCount: Math.max(1, Math.ceil(total / RELEASE_PAGE_SIZE)),
  };
}

/** The detail page: the release, its links, language versions, revisions, comments and the actor's next steps. */
export async function getPressRelease(actor: Actor | null, id: string) {
  requirePermission(actor, "pressRelease.view");
  if (!z.uuid().safeParse(id).success) throw new NotFoundError();
  const release = await db.pressRelease.findFirst({
    where: { id, ...visibleWhere(actor) },
    select: {
      id: true,
      translationGroupId: true,
      language: true,
      slug: true,
      title: true,
      perex: true,
      bodyHtml: true,
      dateline: true,
      status: true,
      authorId: true,
      author: { select: { id: true, name: true } },
      contactPerson: { select: { id: true, name: true } },
      submittedAt: true,
      approvedBy: { select: { id: true, name: true } },
      approvedAt: true,
      embargoUntil: true,
      publishAt: true,
      publishedAt: true,
      withdrawnAt: true,
      withdrawalReason: true,
      correctionNote: true,
      correctedAt: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      topics: { select: topicSelect },
      resolutions: { select: { resolution: { select: { id: true, body: true, number: true, title: true, adoptedOn: true } } } },
      revisions: { orderBy: { number: "desc" }, take: REVISIONS_SHOWN, select: { number: true, editorId: true, createdAt: true } },
      comments: { orderBy: { createdAt: "asc" }, select: { id: true, kind: true, body: true, authorId: true, createdAt: true } },
    },
  });
  if (!release) throw new NotFoundError();
  const [languageVersions, settings] = await Promise.all([
    db.pressRelease.findMany({
      where: { translationGroupId: release.translationGroupId, id: { not: release.id }, ...visibleWhere(actor) },
      orderBy: { language: "asc" },
      select: { id: true, language: true, title: true, status: true },
    }),
    getOfficeSettings(),
  ]);
  const names = await userNames([...release.revisions.map((revision) => revision.editorId), ...release.comments.map((comment) => comment.authorId)]);
  const { topics, resolutions, revisions, comments, ...rest } = release;
  return {
    ...rest,
    topics: topics.map((link) => link.topic),
    resolutions: resolutions.map((link) => link.resolution),
    languageVersions,
    revisions: revisions.map(({ editorId, ...revision }) => ({ ...revision, editor: { id: editorId, name: names.get(editorId) ?? null } })),
    comments: comments.map(({ authorId, ...comment }) => ({ ...comment, author: { id: authorId, name: names.get(authorId) ?? null } })),
    allowedActions: allowedActions(actor, release, settings),
  };
}

/** Two revisions of one release, for the side-by-side comparison. */
export async function getRevisionPair(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "pressRelease.view");
  const input = parseInput(revisionPairSchema, rawInput);
  const revisions = await db.pressReleaseRevision.findMany({
    where: { number: { in: [input.a, input.b] }, pressRelease: { id: input.id, ...visibleWhere(actor) } },
    select: { number: true, title: true, perex: true, bodyHtml: true, dateline: true, editorId: true, createdAt: true },
  });
  const a = revisions.find((revision) => revision.number === input.a);
  const b = revisions.find((revision) => revision.number === input.b);
  if (!a || !b) throw new NotFoundError();
  const names = await userNames([a.editorId, b.editorId]);
  const withEditor = ({ editorId, ...revision }: typeof a) => ({ ...revision, editor: { id: editorId, name: names.get(editorId) ?? null } });
  return { a: withEditor(a), b: withEditor(b) };
}

/** Topics are public (the newsroom filters by them). */
export async function listTopics() {
  return db.topic.findMany({ orderBy: { nameCs: "asc" }, select: { id: true, slug: true, nameCs: true, nameEn: true } });
}

const resolutionSelect = { id: true, body: true, number: true, title: true, adoptedOn: true, url: true } as const;

/** Council resolutions to link from a release (newest first, at most 50). */
export async function listResolutions(actor: Actor | null, rawFilter: unknown = {}) {
  requirePermission(actor, "pressRelease.view");
  const filter = parseInput(z.strictObject({ q: z.string().trim().max(200).optional() }), rawFilter ?? {});
  return db.councilResolution.findMany({
    where: filter.q ? { OR: [{ number: { contains: filter.q, mode: "insensitive" } }, { title: { contains: filter.q, mode: "insensitive" } }] } : {},
    orderBy: [{ adoptedOn: "desc" }, { number: "asc" }],
    take: 50,
    select: resolutionSelect,
  });
}

/** Resolutions that no PUBLISHED release communicates yet. */
export async function listUncommunicatedResolutions(actor: Actor | null) {
  requirePermission(actor, "pressRelease.view");
  return db.councilResolution.findMany({
    where: { releases: { none: { pressRelease: { status: "PUBLISHED" } } } },
    orderBy: [{ adoptedOn: "desc" }, { number: "asc" }],
    take: 100,
    select: resolutionSelect,
  });
}

// ---------------------------------------------------------------------------------------------------
// Public newsroom: no actor, only what publicVisibilityWhere allows.

const publicTopicSelect = { topic: { select: { slug: true, nameCs: true, nameEn: true } } } as const;

/** Counts beyond this are shown as "more than …": an exact count of 100,000 rows costs more than the page. */
export const PUBLIC_COUNT_CAP = 1000;
/** A search matching at most this many releases (of any status) is sorted from its matches; more, by date. */
const FEW_SEARCH_MATCHES = 1000;

/**
 * A page of the public newsroom, newest first. The filtering and order run in SQL on the partial index
 * of published releases; the rows are then read by id. Search takes one of two plans, chosen by how
 * many releases match (see searchCondition); the total is exact up to PUBLIC_COUNT_CAP.
 */
export async function listPublishedReleases(rawFilter: unknown = {}, now = new Date()) {
  const filter = parseInput(publicListFilterSchema, rawFilter ?? {});
  const conditions: Prisma.Sql[] = [publicVisibilitySql(now)];
  if (filter.topicSlug) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "PressReleaseTopic" pt
      WHERE pt."pressReleaseId" = r."id" AND pt."topicId" = (SELECT "id" FROM "Topic" WHERE "slug" = ${filter.topicSlug}))`);
  }
  if (filter.language) conditions.push(Prisma.sql`r."language" = ${filter.language}`);
  if (filter.year) conditions.push(Prisma.sql`r."publishedAt" >= ${startOfCityYear(filter.year)} AND r."publishedAt" < ${startOfCityYear(filter.year + 1)}`);
  if (filter.q) conditions.push(await searchCondition(filter.q));
  const where = Prisma.join(conditions, " AND ");

  const [page, [{ total }]] = await Promise.all([
    db.$queryRaw<Array<{ id: string }>>`
      SELECT r."id" FROM "PressRelease" r WHERE ${where}
      ORDER BY r."publishedAt" DESC, r."id" DESC
      LIMIT ${PUBLIC_PAGE_SIZE} OFFSET ${(filter.page - 1) * PUBLIC_PAGE_SIZE}`,
    db.$queryRaw<Array<{ total: number }>>`
      SELECT count(*)::int AS "total" FROM (SELECT 1 FROM "PressRelease" r WHERE ${where} LIMIT ${PUBLIC_COUNT_CAP + 1}) AS capped`,
  ]);
  const ids = page.map((row) => row.id);
  const rows = await db.pressRelease.findMany({
    where: { id: { in: ids } },
    select: { id: true, slug: true, title: true, perex: true, language: true, publishedAt: true, correctedAt: true, topics: { select: publicTopicSelect } },
  });
  const order = new Map(ids.map((id, index) => [id, index]));
  rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const totalKnown = total <= PUBLIC_COUNT_CAP;
  return {
    rows: rows.map(({ id: _id, topics, ...row }) => ({ ...row, topics: topics.map((link) => link.topic) })),
    /** Exact when totalKnown; else "more than PUBLIC_COUNT_CAP". */
    total: Math.min(total, PUBLIC_COUNT_CAP),
    totalKnown,
    page: filter.page,
    /** The last page when the total is known; else unknown (null), and hasNext says whether there is more. */
    pageCount: totalKnown ? Math.max(1, Math.ceil(total / PUBLIC_PAGE_SIZE)) : null,
    hasNext: totalKnown ? filter.page * PUBLIC_PAGE_SIZE < total : true,
  };
}

export async function getPublishedRelease(slug: string, now = new Date()) {
  if (typeof slug !== "string" || slug.length > 100) throw new NotFoundError();
  const release = await db.pressRelease.findFirst({
    where: { slug, ...publicVisibilityWhere(now) },
    select: {
      translationGroupId: true,
      slug: true,
      language: true,
      title: true,
      perex: true,
      bodyHtml: true,
      dateline: true,
      publishedAt: true,
      correctionNote: true,
      correctedAt: true,
      contactPerson: { select: { name: true } },
      topics: { select: publicTopicSelect },
    },
  });
  if (!release) throw new NotFoundError();
  const languageVersions = await db.pressRelease.findMany({
    where: { translationGroupId: release.translationGroupId, slug: { not: release.slug }, ...publicVisibilityWhere(now) },
    orderBy: { language: "asc" },
    select: { slug: true, language: true, title: true },
  });
  const { translationGroupId: _group, topics, ...rest } = release;
  return { ...rest, topics: topics.map((link) => link.topic), languageVersions };
}

/** The newest public releases for the RSS/Atom feed. */
export async function listFeedReleases(limit = 20, now = new Date()) {
  return db.pressRelease.findMany({
    where: publicVisibilityWhere(now),
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(1, Math.trunc(limit) || 20), 100),
    select: { slug: true, title: true, perex: true, bodyHtml: true, language: true, publishedAt: true, correctedAt: true },
  });
}

// ---------------------------------------------------------------------------------------------------

/**
 * The search condition, ignoring case and diacritics ("usti" finds "Ústí"): the generated "searchVector"
 * column (GIN index); websearch_to_tsquery accepts any user input without syntax errors.
 *
 * Two plans, because PostgreSQL cannot both rank by date and use the GIN index: a search that matches
 * few releases is answered from the GIN index (its ids, then sorted by date); one that matches many
 * walks the date index and keeps the matches, which finds a page's worth at once. The planner's guess
 * of how many match is poor for words outside its statistics, so it is counted here (capped).
 */
async function searchCondition(q: string): Promise<Prisma.Sql> {
  const query = Prisma.sql`websearch_to_tsquery('simple', "herald_unaccent"(${q}))`;
  const matches = await db.$queryRaw<Array<{ id: string }>>`
    SELECT "id" FROM "PressRelease" WHERE "searchVector" @@ ${query} LIMIT ${FEW_SEARCH_MATCHES + 1}`;
  if (matches.length <= FEW_SEARCH_MATCHES) return Prisma.sql`r."id" = ANY(${matches.map((row) => row.id)}::uuid[])`;
  return Prisma.sql`r."searchVector" @@ ${query}`;
}

/** Ids of releases of any status matching a search (the staff list, which filters with Prisma). */
async function searchMatches(q: string): Promise<string[]> {
  const rows = await db.$queryRaw<Array<{ id: string }>>`
    SELECT "id" FROM "PressRelease" WHERE "searchVector" @@ websearch_to_tsquery('simple', "herald_unaccent"(${q}))`;
  return rows.map((row) => row.id);
}

async function userNames(ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: unique } }, select: { id: true, name: true } });
  return new Map(users.map((user) => [user.id, user.name]));
}

function startOfCityDay(isoDate: string, addDays = 0): Date {
  const [year, month, day] = isoDate.split("-").map(Number);
  return new Date(new TZDate(year, month - 1, day + addDays, config().CITY_TIME_ZONE).getTime());
}

function startOfCityYear(year: number): Date {
  return new Date(new TZDate(year, 0, 1, config().CITY_TIME_ZONE).getTime());
}
