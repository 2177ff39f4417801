import "server-only";
import type { CalendarSource, SearchSource } from "@/lib/overview";
import { searchWords, likeWord } from "@/lib/search-words";
import { Prisma } from "@/generated/prisma/client";
import { type Actor, can, requirePermission } from "@/server/authz/permissions";
import { db } from "@/server/db";

// What press conferences offer to the office calendar, the spokesperson's home and global search.

/** Conferences overlapping the range; people are the staff speakers (by account) and who created it. */
export const conferenceCalendarEntries: CalendarSource = async (actor, range) => {
  if (!can(actor, "pressConference.view")) return [];
  const rows = await db.pressConference.findMany({
    where: { startsAt: { lt: range.to }, endsAt: { gt: range.from } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: 1000,
    select: { id: true, topic: true, startsAt: true, endsAt: true, venue: true, status: true, createdById: true, speakers: { select: { userId: true } } },
  });
  return rows.map((row) => ({
    module: "conference",
    id: row.id,
    title: row.topic,
    start: row.startsAt,
    end: row.endsAt,
    allDay: false,
    location: row.venue,
    people: [...new Set([row.createdById, ...row.speakers.map((speaker) => speaker.userId)].filter((id): id is string => !!id))],
    href: `/press-conferences/${row.id}`,
    cancelled: row.status === "CANCELLED",
  }));
};

/** The spokesperson's home: the next conference not cancelled that has not ended. */
export async function nextConference(actor: Actor | null, now = new Date()) {
  requirePermission(actor, "pressConference.view");
  return db.pressConference.findFirst({
    where: { endsAt: { gt: now }, status: { not: "CANCELLED" } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: { id: true, topic: true, startsAt: true, venue: true },
  });
}

/** Global search: topic, venue and council meeting, every word a substring, no case or diacritics. */
export const searchConferences: SearchSource = async (actor, query, limit) => {
  if (!can(actor, "pressConference.view")) return [];
  const words = searchWords(query);
  if (words.length === 0) return [];
  const text = Prisma.sql`"herald_unaccent"(lower("topic" || ' ' || "venue" || ' ' || coalesce("councilMeeting", '')))`;
  const rows = await db.$queryRaw<Array<{ id: string; topic: string; venue: string; status: string; startsAt: Date }>>`
    SELECT "id", "topic", "venue", "status"::text AS "status", "startsAt" FROM "PressConference"
    WHERE ${Prisma.join(
      words.map((word) => Prisma.sql`${text} LIKE "herald_unaccent"(${likeWord(word)})`),
      " AND ",
    )}
    ORDER BY "startsAt" DESC, "id" DESC LIMIT ${limit}`;
  return rows.map((row) => ({ kind: "conference", id: row.id, title: row.topic, subtitle: row.venue, tag: `pressConferences.status.${row.status}`, href: `/press-conferences/${row.id}`, at: row.startsAt }));
};
