import "server-only";
import { TZDate } from "@date-fns/tz";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
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

export async function listPublishedReleases(rawFilter: unknown = {}, now = new Date()) {
  const filter = parseInput(publicListFilterSchema, rawFilter ?? {});
  const conditions: Prisma.PressReleaseWhereInput[] = [publicVisibilityWhere(now)];
  if (filter.topicSlug) conditions.push({ topics: { some: { topic: { slug: filter.topicSlug } } } });
  if (filter.language) conditions.push({ language: filter.language });
  if (filter.year) conditions.push({ publishedAt: { gte: startOfCityYear(filter.year), lt: startOfCityYear(filter.year + 1) } });
  if (filter.q) conditions.push({ id: { in: await searchMatches(filter.q) } });
  const where: Prisma.PressReleaseWhereInput = { AND: conditions };
  const [total, rows] = await Promise.all([
    db.pressRelease.count({ where }),
    db.pressRelease.findMany({
      where,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * PUBLIC_PAGE_SIZE,
      take: PUBLIC_PAGE_SIZE,
      select: { slug: true, title: true, perex: true, language: true, publishedAt: true, correctedAt: true, topics: { select: publicTopicSelect } },
    }),
  ]);
  return {
    rows: rows.map(({ topics, ...row }) => ({ ...row, topics: topics.map((link) => link.topic) })),
    total,
    page: filter.page,
    pageCount: Math.max(1, Math.ceil(total / PUBLIC_PAGE_SIZE)),
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
 * Ids of releases matching a search, ignoring case and diacritics ("usti" finds "Ústí"): the generated
 * "searchVector" column (GIN index). websearch_to_tsquery accepts any user input without syntax errors.
 */
async function searchMatches(q: string): Promise<string[]> {
  const rows = await db.$queryRaw<Array<{ id: string }>>`
    SELECT "id" FROM "PressRelease"
    WHERE "searchVector" @@ websearch_to_tsquery('simple', "herald_unaccent"(${q}))`;
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
