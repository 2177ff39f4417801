import "server-only";
import { cache } from "react";
import { addDays, startOfWeek } from "@/features/overview/calendar-range";
import type { CalendarSource, SearchSource } from "@/lib/overview";
import { likeWord, searchWords } from "@/lib/search-words";
import { Prisma } from "@/generated/prisma/client";
import { type Actor, can, requirePermission } from "@/server/authz/permissions";
import { cityToday, dateToDay, dayToDate } from "@/server/calendar-day";
import { db } from "@/server/db";

// What protocol visits offer to the office calendar, the dashboard, the assistant's home and global search.

/**
 * The calendar: programme items overlapping the range. People: the city's staff in the item (by account)
 * and the visit's host by account. Nothing restricted (dietary needs, contacts, passports) is read.
 */
export const visitCalendarEntries: CalendarSource = async (actor, range) => {
  if (!can(actor, "visit.view")) return [];
  const items = await db.programmeItem.findMany({
    where: { startsAt: { lt: range.to }, endsAt: { gt: range.from } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: 2000,
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      place: true,
      activity: true,
      visit: { select: { id: true, title: true, status: true, hostUserId: true } },
      participants: { select: { participant: { select: { userId: true } } } },
    },
  });
  return items.map((item) => ({
    module: "visit",
    id: item.id,
    title: item.activity,
    subtitle: item.visit.title,
    start: item.startsAt,
    end: item.endsAt,
    allDay: false,
    location: item.place,
    people: [...new Set([item.visit.hostUserId, ...item.participants.map((link) => link.participant.userId)].filter((id): id is string => !!id))],
    href: `/visits/${item.visit.id}`,
    cancelled: item.visit.status === "CANCELLED",
  }));
};

export interface VisitSummary {
  /** PLANNED visits not over yet: waiting to be confirmed (/visits?status=PLANNED&when=upcoming). */
  toConfirm: number;
  /** REQUESTED bookings of visits not over and not cancelled. */
  unconfirmedBookings: number;
  /** This year's visits (by first day), not cancelled: representation budget vs actual expenses, CZK haléře. */
  budgetMinor: number;
  actualMinor: number;
  year: number;
}

/** One query (react cache: the decisions and the budget tile share it). */
export const visitSummary = cache(async function visitSummary(actor: Actor | null, now = new Date()): Promise<VisitSummary> {
  requirePermission(actor, "visit.view");
  const today = cityToday(now);
  const year = Number(today.slice(0, 4));
  const [row] = await db.$queryRaw<Array<Omit<VisitSummary, "year">>>`
    SELECT
      (SELECT count(*) FROM "Visit" WHERE "status" = 'PLANNED' AND "endDate" >= ${dayToDate(today)})::int AS "toConfirm",
      (SELECT count(*) FROM "Booking" b JOIN "Visit" v ON v."id" = b."visitId"
         WHERE b."status" = 'REQUESTED' AND v."status" <> 'CANCELLED' AND v."endDate" >= ${dayToDate(today)})::int AS "unconfirmedBookings",
      (SELECT coalesce(sum("budgetMinor"), 0) FROM "Visit"
         WHERE "status" <> 'CANCELLED' AND "startDate" >= ${dayToDate(`${year}-01-01`)} AND "startDate" < ${dayToDate(`${year + 1}-01-01`)})::int AS "budgetMinor",
      (SELECT coalesce(sum(CASE WHEN e."currency" = 'CZK' THEN e."actualMinor" ELSE round(e."actualMinor" * e."rateToCzk") END), 0)
         FROM "Expense" e JOIN "Visit" v ON v."id" = e."visitId"
         WHERE e."actualMinor" IS NOT NULL AND v."status" <> 'CANCELLED'
           AND v."startDate" >= ${dayToDate(`${year}-01-01`)} AND v."startDate" < ${dayToDate(`${year + 1}-01-01`)})::bigint::int AS "actualMinor"`;
  return { ...row, year };
});

export const visitLinks = {
  toConfirm: "/visits?status=PLANNED&when=upcoming",
  upcoming: "/visits?when=upcoming",
  year: (year: number) => `/visits?year=${year}`,
};

/** The assistant's home: visits overlapping this week (Monday–Sunday) with what is still unconfirmed. */
export async function visitsThisWeek(actor: Actor | null, now = new Date()) {
  requirePermission(actor, "visit.view");
  const monday = startOfWeek(cityToday(now));
  const rows = await db.visit.findMany({
    where: { startDate: { lte: dayToDate(addDays(monday, 6)) }, endDate: { gte: dayToDate(monday) }, status: { not: "CANCELLED" } },
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
    take: 20,
    select: { id: true, title: true, startDate: true, endDate: true, status: true, _count: { select: { bookings: { where: { status: "REQUESTED" } } } } },
  });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    startDate: dateToDay(row.startDate),
    endDate: dateToDay(row.endDate),
    status: row.status,
    confirmed: row.status === "CONFIRMED" || row.status === "COMPLETED",
    unconfirmedBookings: row._count.bookings,
  }));
}

/** Global search: title, counterpart and purpose, every word as a substring, ignoring case and diacritics. */
export const searchVisits: SearchSource = async (actor, query, limit) => {
  if (!can(actor, "visit.view")) return [];
  const words = searchWords(query);
  if (words.length === 0) return [];
  const text = Prisma.sql`"herald_unaccent"(lower("title" || ' ' || "counterpart" || ' ' || "purpose"))`;
  const conditions = words.map((word) => Prisma.sql`${text} LIKE "herald_unaccent"(${likeWord(word)})`);
  const rows = await db.$queryRaw<Array<{ id: string; title: string; counterpart: string; status: string; startDate: Date }>>`
    SELECT "id", "title", "counterpart", "status"::text AS "status", "startDate" FROM "Visit"
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY "startDate" DESC, "id" DESC LIMIT ${limit}`;
  return rows.map((row) => ({
    kind: "visit",
    id: row.id,
    title: row.title,
    subtitle: row.counterpart,
    tag: `visits.status.${row.status}`,
    href: `/visits/${row.id}`,
    at: row.startDate,
  }));
};
