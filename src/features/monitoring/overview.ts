import "server-only";
import { cityIsoDate } from "@/features/inquiries/time";
import type { SearchSource } from "@/lib/overview";
import { type Actor, can, requirePermission } from "@/server/authz/permissions";
import { config } from "@/server/config";
import { db } from "@/server/db";
import { Prisma } from "@/generated/prisma/client";
import { clippingConditions, listClippings } from "./queries";
import { startOfCityDay } from "./time";

// What media monitoring offers to the office-wide views (features/overview composes them).

/** Global search: clippings by title, excerpt, outlet and author, without case or diacritics; newest first. */
export const searchClippings: SearchSource = async (actor, query, limit) => {
  if (!can(actor, "monitoring.view") || !query.trim()) return [];
  // The list's plans (few matches sorted from the matches, many by walking the date index).
  const conditions = await clippingConditions({ q: query.trim().slice(0, 200) });
  const rows = await db.$queryRaw<Array<{ id: string; title: string; outlet: string; publishedAt: Date }>>`
    SELECT c."id", c."title", c."outlet", c."publishedAt" FROM "Clipping" c WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY c."publishedAt" DESC, c."id" DESC LIMIT ${Math.max(1, Math.min(limit, 50))}`;
  const day = (date: Date) => new Intl.DateTimeFormat(actor?.locale === "en" ? "en-GB" : "cs-CZ", { timeZone: config().CITY_TIME_ZONE, day: "numeric", month: "numeric", year: "numeric" }).format(date);
  return rows.map((row) => ({ kind: "clipping", id: row.id, title: row.title, subtitle: `${row.outlet} · ${day(row.publishedAt)}`, href: `/monitoring/${row.id}`, at: row.publishedAt }));
};

export interface MonitoringDashboard {
  mentions7: { value: number; href: string };
  mentions30: { value: number; href: string };
  /** 30 city days, oldest first. */
  perDay: Array<{ day: string; positive: number; neutral: number; negative: number; unrated: number }>;
  sentimentShare30: { positive: number; neutral: number; negative: number; unrated: number; href: string };
  /** Critical (negative or needing a response, not ignored) of the last 30 days with no response case. */
  negativeWithoutResponse: { value: number; href: string };
  newToday: { value: number; href: string };
}

/** The head's and the spokesperson's numbers, in two SQL queries; each number links to the list that shows it. */
export async function monitoringDashboard(actor: Actor | null, now = new Date()): Promise<MonitoringDashboard> {
  requirePermission(actor, "monitoring.view");
  const timeZone = config().CITY_TIME_ZONE;
  const today = cityIsoDate(now, timeZone);
  const from30 = cityIsoDate(new Date(startOfCityDay(today, timeZone, -29).getTime() + 3_600_000), timeZone);
  const from7 = cityIsoDate(new Date(startOfCityDay(today, timeZone, -6).getTime() + 3_600_000), timeZone);
  const start30 = startOfCityDay(from30, timeZone);
  const start7 = startOfCityDay(from7, timeZone);
  const startToday = startOfCityDay(today, timeZone);
  const [days, [counts]] = await Promise.all([
    db.$queryRaw<Array<{ day: string; positive: number; neutral: number; negative: number; unrated: number }>>`
      SELECT to_char(("publishedAt" AT TIME ZONE ${timeZone})::date, 'YYYY-MM-DD') AS "day",
        count(*) FILTER (WHERE "sentiment" = 'POSITIVE')::int AS "positive",
        count(*) FILTER (WHERE "sentiment" = 'NEUTRAL')::int AS "neutral",
        count(*) FILTER (WHERE "sentiment" = 'NEGATIVE')::int AS "negative",
        count(*) FILTER (WHERE "sentiment" IS NULL)::int AS "unrated"
      FROM "Clipping" WHERE "publishedAt" >= ${start30} AND "status" <> 'IGNORED' GROUP BY 1`,
    db.$queryRaw<Array<{ mentions7: number; newToday: number; negativeWithoutResponse: number }>>`
      SELECT
        (SELECT count(*)::int FROM "Clipping" WHERE "publishedAt" >= ${start7} AND "status" <> 'IGNORED') AS "mentions7",
        (SELECT count(*)::int FROM "Clipping" WHERE "publishedAt" >= ${startToday} AND "status" = 'NEW') AS "newToday",
        (SELECT count(*)::int FROM "Clipping" c WHERE c."publishedAt" >= ${start30} AND (c."sentiment" = 'NEGATIVE' OR c."status" = 'NEEDS_RESPONSE') AND c."status" <> 'IGNORED'
           AND NOT EXISTS (SELECT 1 FROM "ResponseCase" rc WHERE rc."clippingId" = c."id")) AS "negativeWithoutResponse"`,
  ]);
  const byDay = new Map(days.map((row) => [row.day, row]));
  const perDay: MonitoringDashboard["perDay"] = [];
  for (let i = 0; i < 30; i++) {
    const day = cityIsoDate(new Date(startOfCityDay(from30, timeZone, i).getTime() + 3_600_000), timeZone);
    const row = byDay.get(day);
    perDay.push({ day, positive: row?.positive ?? 0, neutral: row?.neutral ?? 0, negative: row?.negative ?? 0, unrated: row?.unrated ?? 0 });
  }
  const share = perDay.reduce((sum, row) => ({ positive: sum.positive + row.positive, neutral: sum.neutral + row.neutral, negative: sum.negative + row.negative, unrated: sum.unrated + row.unrated }), { positive: 0, neutral: 0, negative: 0, unrated: 0 });
  const mentions30 = share.positive + share.neutral + share.negative + share.unrated;
  return {
    mentions7: { value: counts.mentions7, href: `/monitoring?from=${from7}&to=${today}` },
    mentions30: { value: mentions30, href: `/monitoring?from=${from30}&to=${today}` },
    perDay,
    sentimentShare30: { ...share, href: `/monitoring/analysis?from=${from30}&to=${today}` },
    negativeWithoutResponse: { value: counts.negativeWithoutResponse, href: `/monitoring?response=none&from=${from30}` },
    newToday: { value: counts.newToday, href: `/monitoring?status=NEW&from=${today}` },
  };
}

/** The spokesperson's home: today's clippings still waiting for review (the first few), and the list that has them all. */
export async function todaysNewClippings(actor: Actor | null, now = new Date(), shown = 5) {
  requirePermission(actor, "monitoring.view");
  const today = cityIsoDate(now, config().CITY_TIME_ZONE);
  const filter = { status: "NEW", from: today };
  const list = await listClippings(actor, filter);
  return { rows: list.rows.slice(0, shown).map(({ id, title, outlet }) => ({ id, title, outlet })), total: list.total, href: `/monitoring?status=NEW&from=${today}` };
}
