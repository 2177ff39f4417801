import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { cityIsoDate } from "@/features/inquiries/time";
import { type Actor, requirePermission } from "@/server/authz/permissions";
import { config } from "@/server/config";
import { db } from "@/server/db";
import { parseInput } from "@/server/validation";
import { analysisFilterSchema } from "./schema";
import { startOfCityDay } from "./time";

// Coverage analysis in SQL aggregates: mentions over time (date_trunc in the city's time zone) by
// sentiment, by outlet and media type, sentiment share, topics, top outlets, and the period against the
// one before it (same length). Reach is summed as "potential audience"; there is no AVE (the Barcelona
// Principles reject it). Ignored clippings are not coverage and are left out.

export async function coverageAnalysis(actor: Actor | null, rawFilter: unknown = {}, now = new Date()) {
  requirePermission(actor, "monitoring.view");
  const filter = parseInput(analysisFilterSchema, rawFilter ?? {});
  const timeZone = config().CITY_TIME_ZONE;
  const toDay = filter.to ?? cityIsoDate(now, timeZone);
  const fromDay = filter.from ?? cityIsoDate(new Date(startOfCityDay(toDay, timeZone, -29).getTime() + 3_600_000), timeZone);
  let from = startOfCityDay(fromDay, timeZone);
  const to = startOfCityDay(toDay, timeZone, 1);
  if (to.getTime() - from.getTime() > 3 * 366 * 86_400_000) from = new Date(to.getTime() - 3 * 366 * 86_400_000);
  if (from >= to) from = new Date(to.getTime() - 86_400_000);
  const length = to.getTime() - from.getTime();
  const previousFrom = new Date(from.getTime() - length);
  const days = Math.round(length / 86_400_000);
  const bucket = days > 120 ? "month" : days > 31 ? "week" : "day";

  const conditions: Prisma.Sql[] = [Prisma.sql`c."status" <> 'IGNORED'`];
  if (filter.mediaType) conditions.push(Prisma.sql`c."mediaType" = ${filter.mediaType}::"MonitoringMediaType"`);
  if (filter.topic) conditions.push(Prisma.sql`c."topics" @> ARRAY[${filter.topic}]::text[]`);
  const extra = Prisma.join(conditions, " AND ");
  const inPeriod = Prisma.sql`c."publishedAt" >= ${from} AND c."publishedAt" < ${to} AND ${extra}`;

  const [series, byOutlet, byMediaType, byTopic, totals] = await Promise.all([
    db.$queryRaw<Array<{ bucket: string; positive: number; neutral: number; negative: number; unrated: number }>>`
      SELECT to_char(date_trunc(${bucket}, c."publishedAt" AT TIME ZONE ${timeZone}), 'YYYY-MM-DD') AS "bucket",
        count(*) FILTER (WHERE c."sentiment" = 'POSITIVE')::int AS "positive",
        count(*) FILTER (WHERE c."sentiment" = 'NEUTRAL')::int AS "neutral",
        count(*) FILTER (WHERE c."sentiment" = 'NEGATIVE')::int AS "negative",
        count(*) FILTER (WHERE c."sentiment" IS NULL)::int AS "unrated"
      FROM "Clipping" c WHERE ${inPeriod} GROUP BY 1 ORDER BY 1`,
    db.$queryRaw<Array<{ outlet: string; mediaType: string; mentions: number; negative: number; positive: number; reach: number }>>`
      SELECT c."outlet", min(c."mediaType"::text) AS "mediaType", count(*)::int AS "mentions",
        count(*) FILTER (WHERE c."sentiment" = 'NEGATIVE')::int AS "negative",
        count(*) FILTER (WHERE c."sentiment" = 'POSITIVE')::int AS "positive",
        coalesce(sum(c."reach"), 0)::float8 AS "reach"
      FROM "Clipping" c WHERE ${inPeriod} GROUP BY c."outlet" ORDER BY 3 DESC, 1 LIMIT 15`,
    db.$queryRaw<Array<{ mediaType: string; mentions: number; previous: number }>>`
      SELECT c."mediaType"::text AS "mediaType",
        count(*) FILTER (WHERE c."publishedAt" >= ${from})::int AS "mentions",
        count(*) FILTER (WHERE c."publishedAt" < ${from})::int AS "previous"
      FROM "Clipping" c WHERE c."publishedAt" >= ${previousFrom} AND c."publishedAt" < ${to} AND ${extra} GROUP BY 1 ORDER BY 2 DESC`,
    db.$queryRaw<Array<{ topic: string; mentions: number; negative: number; previous: number }>>`
      SELECT t."topic", count(*) FILTER (WHERE c."publishedAt" >= ${from})::int AS "mentions",
        count(*) FILTER (WHERE c."publishedAt" >= ${from} AND c."sentiment" = 'NEGATIVE')::int AS "negative",
        count(*) FILTER (WHERE c."publishedAt" < ${from})::int AS "previous"
      FROM "Clipping" c CROSS JOIN LATERAL unnest(c."topics") AS t("topic")
      WHERE c."publishedAt" >= ${previousFrom} AND c."publishedAt" < ${to} AND ${extra}
      GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20`,
    db.$queryRaw<Array<{ current: number; previous: number; negative: number; previousNegative: number; positive: number; previousPositive: number; reach: number; previousReach: number; rated: number; previousRated: number }>>`
      SELECT count(*) FILTER (WHERE c."publishedAt" >= ${from})::int AS "current",
        count(*) FILTER (WHERE c."publishedAt" < ${from})::int AS "previous",
        count(*) FILTER (WHERE c."publishedAt" >= ${from} AND c."sentiment" = 'NEGATIVE')::int AS "negative",
        count(*) FILTER (WHERE c."publishedAt" < ${from} AND c."sentiment" = 'NEGATIVE')::int AS "previousNegative",
        count(*) FILTER (WHERE c."publishedAt" >= ${from} AND c."sentiment" = 'POSITIVE')::int AS "positive",
        count(*) FILTER (WHERE c."publishedAt" < ${from} AND c."sentiment" = 'POSITIVE')::int AS "previousPositive",
        coalesce(sum(c."reach") FILTER (WHERE c."publishedAt" >= ${from}), 0)::float8 AS "reach",
        coalesce(sum(c."reach") FILTER (WHERE c."publishedAt" < ${from}), 0)::float8 AS "previousReach",
        count(c."sentiment") FILTER (WHERE c."publishedAt" >= ${from})::int AS "rated",
        count(c."sentiment") FILTER (WHERE c."publishedAt" < ${from})::int AS "previousRated"
      FROM "Clipping" c WHERE c."publishedAt" >= ${previousFrom} AND c."publishedAt" < ${to} AND ${extra}`,
  ]);
  const total = totals[0];
  const sentimentShare = {
    positive: series.reduce((sum, row) => sum + row.positive, 0),
    neutral: series.reduce((sum, row) => sum + row.neutral, 0),
    negative: series.reduce((sum, row) => sum + row.negative, 0),
    unrated: series.reduce((sum, row) => sum + row.unrated, 0),
  };
  return {
    from: fromDay,
    to: toDay,
    previousFrom: cityIsoDate(previousFrom, timeZone),
    previousTo: cityIsoDate(new Date(from.getTime() - 3_600_000), timeZone),
    bucket,
    series,
    byOutlet,
    byMediaType,
    byTopic,
    totals: total,
    sentimentShare,
  };
}

export type CoverageAnalysis = Awaited<ReturnType<typeof coverageAnalysis>>;
