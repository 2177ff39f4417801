import "server-only";
import { cache } from "react";
import { addDays, dayOf, dayStart } from "@/features/overview/calendar-range";
import type { CalendarSource } from "@/lib/overview";
import { type Actor, can, requirePermission } from "@/server/authz/permissions";
import { dateToDay, dayToDate } from "@/server/calendar-day";
import { config } from "@/server/config";
import { db } from "@/server/db";

// What ceremonies offer to the office calendar and the dashboard. No citizen's personal data leaves this
// file: the calendar reads a ceremony's title, venue, date and slot times — never a registration.

/** A slot's length is not stored; the calendar shows a ceremony until this long after its last slot starts. */
export const SLOT_MINUTES = 30;

/** Ceremonies overlapping the range: timed from the first slot to the last slot's end, all-day without slots. */
export const ceremonyCalendarEntries: CalendarSource = async (actor, range) => {
  if (!can(actor, "ceremony.view")) return [];
  const timeZone = config().CITY_TIME_ZONE;
  const rows = await db.ceremony.findMany({
    where: { date: { gte: dayToDate(addDays(dayOf(range.from, timeZone), -1)), lte: dayToDate(dayOf(range.to, timeZone)) } },
    orderBy: [{ date: "asc" }, { id: "asc" }],
    take: 1000,
    select: { id: true, title: true, date: true, venue: true, status: true, slots: { select: { startsAt: true }, orderBy: { startsAt: "asc" } } },
  });
  return rows
    .map((row) => {
      const day = dateToDay(row.date);
      const first = row.slots[0]?.startsAt;
      const last = row.slots.at(-1)?.startsAt;
      return {
        module: "ceremony",
        id: row.id,
        title: row.title,
        start: first ?? dayStart(day, timeZone),
        end: last ? new Date(last.getTime() + SLOT_MINUTES * 60_000) : dayStart(addDays(day, 1), timeZone),
        allDay: !first,
        location: row.venue,
        people: [],
        href: `/ceremonies/${row.id}`,
        cancelled: row.status === "CANCELLED",
      };
    })
    .filter((entry) => entry.start < range.to && entry.end > range.from);
};

/** Registrations waiting for a slot (listWaitingRegistrations' rule: no slot, not erased), counted in SQL. */
export const ceremonySummary = cache(async function ceremonySummary(actor: Actor | null) {
  requirePermission(actor, "ceremony.view");
  const waiting = await db.ceremonyRegistration.count({ where: { slotId: null, erasedAt: null } });
  return { waiting, href: "/ceremonies#waiting-heading" };
});
