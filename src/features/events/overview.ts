import "server-only";
import { cache } from "react";
import { addDays, dayOf, dayStart } from "@/features/overview/calendar-range";
import { getOfficeSettings } from "@/features/settings/queries";
import type { CalendarSource } from "@/lib/overview";
import { Prisma } from "@/generated/prisma/client";
import { type Actor, can, requirePermission } from "@/server/authz/permissions";
import { cityToday, dateToDay, dayToDate } from "@/server/calendar-day";
import { config } from "@/server/config";
import { db } from "@/server/db";
import { venueLines } from "./schema";

// What events offer to the office calendar, the dashboard and the role homes (features/overview).

/**
 * Ids of events whose budget waits for the head's approval (policy.ts `budgetNeedsApproval` in SQL: the planned
 * total, without VAT, above the office limit and not approved at that amount) and that are not held, evaluated
 * or cancelled. The dashboard counts it; /events?approval=1 lists it.
 */
export function budgetApprovalPendingIds(limitMinor: number): Prisma.Sql {
  return Prisma.sql`
    SELECT e."id" FROM "Event" e JOIN "EventBudgetLine" l ON l."eventId" = e."id"
    WHERE e."status" IN ('IDEA', 'PLANNED', 'CONFIRMED')
    GROUP BY e."id", e."budgetApprovedMinor"
    HAVING sum(l."plannedMinor") > ${limitMinor} AND (e."budgetApprovedMinor" IS NULL OR e."budgetApprovedMinor" < sum(l."plannedMinor"))`;
}

/** The calendar: events (not ideas) as all-day entries over their days; people are the leadership attending by account. */
export const eventCalendarEntries: CalendarSource = async (actor, range) => {
  if (!can(actor, "event.view")) return [];
  const timeZone = config().CITY_TIME_ZONE;
  const rows = await db.event.findMany({
    where: { status: { not: "IDEA" }, startDate: { lte: dayToDate(dayOf(range.to, timeZone)) }, endDate: { gte: dayToDate(dayOf(range.from, timeZone)) } },
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
    take: 1000,
    select: { id: true, title: true, startDate: true, endDate: true, venues: true, status: true, people: { where: { role: "LEADERSHIP", userId: { not: null } }, select: { userId: true } } },
  });
  return rows
    .map((row) => {
      const places = venueLines(row.venues);
      return {
        module: "event",
        id: row.id,
        title: row.title,
        start: dayStart(dateToDay(row.startDate), timeZone),
        end: dayStart(addDays(dateToDay(row.endDate), 1), timeZone),
        allDay: true,
        location: places.join(", ") || undefined,
        places,
        people: [...new Set(row.people.map((person) => person.userId as string))],
        href: `/events/${row.id}`,
        cancelled: row.status === "CANCELLED",
      };
    })
    .filter((entry) => entry.start < range.to && entry.end > range.from);
};

export interface EventSummary {
  budgetsToApprove: number;
  /** This year's events (by first day), not cancelled: planned vs actual, haléře without VAT (as the list shows them). */
  plannedMinor: number;
  actualMinor: number;
  year: number;
}

/** One query after the office limit (react cache: the decisions and the budget tile share it). */
export const eventSummary = cache(async function eventSummary(actor: Actor | null, now = new Date()): Promise<EventSummary> {
  requirePermission(actor, "event.view");
  const year = Number(cityToday(now).slice(0, 4));
  const settings = await getOfficeSettings();
  const [row] = await db.$queryRaw<Array<Omit<EventSummary, "year">>>`
    SELECT
      (SELECT count(*) FROM (${budgetApprovalPendingIds(settings.eventBudgetApprovalLimit * 100)}) pending)::int AS "budgetsToApprove",
      coalesce(sum(l."plannedMinor"), 0)::bigint::int AS "plannedMinor",
      coalesce(sum(l."actualMinor"), 0)::bigint::int AS "actualMinor"
    FROM "EventBudgetLine" l JOIN "Event" e ON e."id" = l."eventId"
    WHERE e."status" <> 'CANCELLED' AND e."startDate" >= ${dayToDate(`${year}-01-01`)} AND e."startDate" < ${dayToDate(`${year + 1}-01-01`)}`;
  return { ...row, year };
});

export const eventLinks = {
  budgetsToApprove: "/events?approval=1",
  year: (year: number) => `/events?year=${year}`,
};

/** PR's home: events not over where I own an open task or lead the organisation (created them), soonest first. */
export async function myEvents(actor: Actor | null, now = new Date(), limit = 6) {
  requirePermission(actor, "event.view");
  const today = dayToDate(cityToday(now));
  const rows = await db.event.findMany({
    where: {
      endDate: { gte: today },
      status: { not: "CANCELLED" },
      OR: [{ createdById: actor.id }, { tasks: { some: { ownerId: actor.id, doneAt: null } } }],
    },
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, title: true, startDate: true, status: true, _count: { select: { tasks: { where: { ownerId: actor.id, doneAt: null } } } } },
  });
  return rows.map((row) => ({ id: row.id, title: row.title, startDate: dateToDay(row.startDate), status: row.status, myOpenTasks: row._count.tasks }));
}
