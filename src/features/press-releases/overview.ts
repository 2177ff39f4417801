import "server-only";
import { cache } from "react";
import { addMonths, dayStart, monthBounds } from "@/features/overview/calendar-range";
import type { SearchSource } from "@/lib/overview";
import { prefixTsQuery } from "@/lib/search-words";
import { type Actor, can, requirePermission } from "@/server/authz/permissions";
import { cityToday } from "@/server/calendar-day";
import { config } from "@/server/config";
import { db } from "@/server/db";

// What press releases offer to the dashboard, the role homes and global search (features/overview).
// Every number is the count of the list its link opens (the same filter, see listPressReleases).

export interface PressSummary {
  inReview: number;
  scheduled: number;
  publishedThisMonth: number;
  publishedLastMonth: number;
  /** Council resolutions no PUBLISHED release links (the resolutions page's "never communicated"). */
  uncommunicated: number;
  months: ReturnType<typeof monthBounds>;
  /** Published per month (city time), the last SERIES_MONTHS months ending with this one, oldest first. */
  series: Array<{ month: string; count: number }>;
}

const SERIES_MONTHS = 6;

/** One query: the dashboard's press tile and the "in review" decision (react cache: both tiles share it). */
export const pressSummary = cache(async function pressSummary(actor: Actor | null, now = new Date()): Promise<PressSummary> {
  requirePermission(actor, "pressRelease.view");
  const timeZone = config().CITY_TIME_ZONE;
  const months = monthBounds(cityToday(now), timeZone);
  const seriesMonths = Array.from({ length: SERIES_MONTHS }, (_, index) => addMonths(months.thisMonth.firstDay, index - SERIES_MONTHS + 1).slice(0, 7));
  const seriesFrom = dayStart(`${seriesMonths[0]}-01`, timeZone);
  const [row] = await db.$queryRaw<Array<Omit<PressSummary, "months" | "series"> & { series: Array<{ month: string; count: number }> | null }>>`
    SELECT
      (SELECT count(*) FROM "PressRelease" WHERE "status" = 'IN_REVIEW')::int AS "inReview",
      (SELECT count(*) FROM "PressRelease" WHERE "status" = 'SCHEDULED')::int AS "scheduled",
      (SELECT count(*) FROM "PressRelease" WHERE "status" = 'PUBLISHED' AND "publishedAt" >= ${months.thisMonth.from} AND "publishedAt" < ${months.thisMonth.to})::int AS "publishedThisMonth",
      (SELECT count(*) FROM "PressRelease" WHERE "status" = 'PUBLISHED' AND "publishedAt" >= ${months.lastMonth.from} AND "publishedAt" < ${months.lastMonth.to})::int AS "publishedLastMonth",
      (SELECT count(*) FROM "CouncilResolution" c WHERE NOT EXISTS (
         SELECT 1 FROM "PressReleaseResolution" l JOIN "PressRelease" p ON p."id" = l."pressReleaseId"
         WHERE l."resolutionId" = c."id" AND p."status" = 'PUBLISHED'))::int AS "uncommunicated",
      (SELECT json_agg(json_build_object('month', s."month", 'count', s."count")) FROM (
         SELECT to_char("publishedAt" AT TIME ZONE ${timeZone}, 'YYYY-MM') AS "month", count(*)::int AS "count"
         FROM "PressRelease" WHERE "status" = 'PUBLISHED' AND "publishedAt" >= ${seriesFrom} AND "publishedAt" < ${months.thisMonth.to}
         GROUP BY 1) s) AS "series"`;
  const counts = new Map((row.series ?? []).map((point) => [point.month, point.count]));
  return { ...row, months, series: seriesMonths.map((month) => ({ month, count: counts.get(month) ?? 0 })) };
});

/** The list links behind the summary (the staff list's own query-string filters). */
export const pressLinks = {
  inReview: "/press-releases?status=IN_REVIEW",
  scheduled: "/press-releases?status=SCHEDULED",
  published: (month: { firstDay: string; lastDay: string }) => `/press-releases?status=PUBLISHED&publishedFrom=${month.firstDay}&publishedTo=${month.lastDay}`,
  uncommunicated: "/press-releases/resolutions#uncommunicated",
};

/** "My work" of an author: my drafts and the releases sent back to me, newest first (one query). */
export async function myReleaseWork(actor: Actor | null) {
  requirePermission(actor, "pressRelease.view");
  const rows = await db.pressRelease.findMany({
    where: { authorId: actor.id, status: { in: ["DRAFT", "CHANGES_REQUESTED"] } },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: 50,
    select: { id: true, title: true, status: true, updatedAt: true },
  });
  return {
    drafts: rows.filter((row) => row.status === "DRAFT"),
    changesRequested: rows.filter((row) => row.status === "CHANGES_REQUESTED"),
    links: {
      drafts: `/press-releases?authorId=${actor.id}&status=DRAFT`,
      changesRequested: `/press-releases?authorId=${actor.id}&status=CHANGES_REQUESTED`,
    },
  };
}

/** Releases waiting for review (the spokesperson's home), oldest submission first. */
export async function releasesInReview(actor: Actor | null, limit = 5) {
  requirePermission(actor, "pressRelease.view");
  return db.pressRelease.findMany({
    where: { status: "IN_REVIEW" },
    orderBy: [{ submittedAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    take: limit,
    select: { id: true, title: true, submittedAt: true, author: { select: { name: true } } },
  });
}

/** Global search: title, perex and body through the generated searchVector (prefixes, no diacritics). */
export const searchReleases: SearchSource = async (actor, query, limit) => {
  if (!can(actor, "pressRelease.view")) return [];
  const tsQuery = prefixTsQuery(query);
  if (!tsQuery) return [];
  const rows = await db.$queryRaw<Array<{ id: string; title: string; status: string; language: string; updatedAt: Date }>>`
    SELECT "id", "title", "status"::text AS "status", "language", "updatedAt" FROM "PressRelease"
    WHERE "searchVector" @@ to_tsquery('simple', "herald_unaccent"(${tsQuery}))
    ORDER BY "updatedAt" DESC, "id" DESC LIMIT ${limit}`;
  return rows.map((row) => ({
    kind: "release",
    id: row.id,
    title: row.title,
    subtitle: row.language.toUpperCase(),
    tag: `pressReleases.status.${row.status}`,
    href: `/press-releases/${row.id}`,
    at: row.updatedAt,
  }));
};
