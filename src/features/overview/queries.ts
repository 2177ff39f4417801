import "server-only";
import type { CalendarEntry, SearchHit } from "@/lib/overview";
import { type Actor, can, requirePermission } from "@/server/authz/permissions";
import { cityToday } from "@/server/calendar-day";
import { config } from "@/server/config";
import { db } from "@/server/db";
import { describeError, logger } from "@/server/logger";
import { parseInput } from "@/server/validation";
import { addDays, calendarRange, dayStart } from "./calendar-range";
import { clashIndex, entryKey } from "./clashes";
import { calendarQuerySchema, SEARCH_MIN_LENGTH, SEARCH_PER_SOURCE, searchQuerySchema } from "./schema";
import { CALENDAR_SOURCES, SEARCH_SOURCES } from "./sources";

export type OfficeCalendarEntry = CalendarEntry & { key: string; clashesWith: Array<{ key: string; title: string }> };

/** Every registered source in parallel over [from, to), optionally one module; sorted by start. */
export async function readCalendarEntries(actor: Actor | null, range: { from: Date; to: Date }, module?: string): Promise<CalendarEntry[]> {
  requirePermission(actor, "calendar.view");
  const sources = CALENDAR_SOURCES.filter((source) => (!module || source.module === module) && can(actor, source.permission));
  const lists = await Promise.all(sources.map((source) => source.source(actor, range)));
  return lists.flat().sort((a, b) => a.start.getTime() - b.start.getTime() || Number(b.allDay) - Number(a.allDay) || a.title.localeCompare(b.title, "cs"));
}

/** Clashes are computed over all modules the actor sees (a filtered view still marks a clash with a hidden module). */
function withClashes(entries: CalendarEntry[], all: CalendarEntry[]): OfficeCalendarEntry[] {
  const index = clashIndex(all);
  const titles = new Map(all.map((entry) => [entryKey(entry), entry.title]));
  return entries.map((entry) => ({
    ...entry,
    key: entryKey(entry),
    clashesWith: (index.get(entryKey(entry)) ?? []).map((key) => ({ key, title: titles.get(key) ?? key })),
  }));
}

/** The office calendar page: month, week or agenda around a day, filtered by module and person. */
export async function officeCalendar(actor: Actor | null, rawQuery: unknown, now = new Date()) {
  requirePermission(actor, "calendar.view");
  const query = parseInput(calendarQuerySchema, rawQuery ?? {});
  const timeZone = config().CITY_TIME_ZONE;
  const today = cityToday(now);
  const range = calendarRange(query.view, query.date ?? today, timeZone);
  const [all, people] = await Promise.all([
    readCalendarEntries(actor, range),
    db.user.findMany({ where: { isActive: true, NOT: { roles: { equals: ["ADMIN"] } } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  const shown = all.filter((entry) => (!query.module || entry.module === query.module) && (!query.person || entry.people.includes(query.person)));
  return {
    query: { ...query, date: range.anchor },
    today,
    timeZone,
    range,
    entries: withClashes(shown, all),
    modules: CALENDAR_SOURCES.filter((source) => can(actor, source.permission)).map((source) => source.module),
    people,
  };
}

/** What is coming in the next `days` days (the dashboard's tile and the assistant's home), clashes marked. */
export async function comingUp(actor: Actor | null, options: { days?: number; modules?: string[] } = {}, now = new Date()) {
  requirePermission(actor, "calendar.view");
  const timeZone = config().CITY_TIME_ZONE;
  const today = cityToday(now);
  const range = { from: now, to: dayStart(addDays(today, (options.days ?? 14) + 1), timeZone) };
  const all = await readCalendarEntries(actor, range);
  const shown = all.filter((entry) => !options.modules || options.modules.includes(entry.module));
  return { entries: withClashes(shown, all), range: { firstDay: today, lastDay: addDays(today, options.days ?? 14) } };
}

export type SearchGroup = { kind: string; hits: SearchHit[] };

/**
 * Global search: every registered source in parallel, at most SEARCH_PER_SOURCE hits each, grouped by kind.
 * Each source reads through its own module's permission, so a role only ever gets what its modules show.
 * A failing source is logged and left out (the others still answer).
 */
export async function searchEverything(actor: Actor | null, rawInput: unknown): Promise<{ q: string; groups: SearchGroup[] }> {
  requirePermission(actor, "search.use");
  const { q } = parseInput(searchQuerySchema, rawInput ?? {});
  if (q.length < SEARCH_MIN_LENGTH) return { q, groups: [] };
  const results = await Promise.all(
    SEARCH_SOURCES.map(async ({ kind, source }) => {
      try {
        const hits = await source(actor, q, SEARCH_PER_SOURCE);
        return { kind, hits: hits.slice(0, SEARCH_PER_SOURCE) };
      } catch (error) {
        logger.error("search source failed", { kind, ...describeError(error) });
        return { kind, hits: [] as SearchHit[] };
      }
    }),
  );
  return { q, groups: results.filter((group) => group.hits.length > 0) };
}

/** The actor's active feed token, without its secret (which is never stored): when made and last read. */
export async function myFeedToken(actor: Actor | null) {
  requirePermission(actor, "calendar.view");
  return db.calendarFeedToken.findFirst({ where: { userId: actor.id, revokedAt: null }, select: { id: true, createdAt: true, lastUsedAt: true } });
}
