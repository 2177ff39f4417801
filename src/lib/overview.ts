// What each module offers to the office-wide views (the head's dashboard, the one calendar, global search).
// A module that wants to appear implements these shapes in its own `overview.ts` (server-only, reading
// through its own permissions); features/overview composes them. A module not built is simply absent.
import type { Actor } from "@/server/authz/permissions";

/** One result of the global search box. `href` opens the record; only records the actor may see. */
export type SearchHit = {
  /** The module's key, e.g. "release", "contact", "clipping" (also the group heading's message key). */
  kind: string;
  id: string;
  title: string;
  /** One short line under the title: outlet, status, date… already in the actor's language. */
  subtitle?: string;
  href: string;
  /** A message key (e.g. "pressReleases.status.IN_REVIEW") the results page shows as a badge. */
  tag?: string;
  /** For ordering within a group: newer first. */
  at?: Date;
};

/** A module's search: diacritics-insensitive, at most `limit` hits, [] when the actor may not see the module. */
export type SearchSource = (actor: Actor, query: string, limit: number) => Promise<SearchHit[]>;

/** One entry of the office calendar. Timed entries have start < end; all-day entries set allDay. */
export type CalendarEntry = {
  /** "conference" | "visit" | "event" | "ceremony" | "newspaper" | … (the module filter and colour). */
  module: string;
  id: string;
  title: string;
  start: Date;
  end: Date;
  allDay: boolean;
  location?: string;
  /** Staff user ids responsible or taking part (the person filter). */
  people: string[];
  href: string;
  /** CANCELLED entries are shown struck through and never count as a clash. */
  cancelled?: boolean;
  /** Places for the clash rule when `location` holds several (an event's venues); else `location` is the place. */
  places?: string[];
  /** One short line under the title (the visit a programme item belongs to…); never a citizen's personal data. */
  subtitle?: string;
};

/** A module's calendar entries overlapping [from, to); [] when the actor may not see the module. */
export type CalendarSource = (
  actor: Actor,
  range: { from: Date; to: Date },
) => Promise<CalendarEntry[]>;
