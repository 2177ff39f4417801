// The office calendar's clash rule, pure (unit-tested): two entries clash when
//   - neither is cancelled,
//   - their times overlap as half-open intervals [start, end) (10:00–11:00 and 11:00–12:00 do not), and
//   - they share a staff person (a user id in `people`) or a place (the same venue, ignoring case,
//     diacritics and spacing; an entry's places are `places`, else its `location`).
// Entries of one record never clash with themselves (same module and id). A clash is a warning, never a
// refusal: the office decides. The modules' own checks (visits/clashes.ts, commitments.ts) stay the
// place for warnings while editing; this rule is for the office-wide view.
import type { CalendarEntry } from "@/lib/overview";
import { foldText } from "@/features/partner-cities/search-text";

export type ClashCandidate = Pick<CalendarEntry, "module" | "id" | "start" | "end" | "people" | "location" | "places" | "cancelled">;

export const entryKey = (entry: Pick<CalendarEntry, "module" | "id">) => `${entry.module}:${entry.id}`;

export function placeKeys(entry: Pick<CalendarEntry, "location" | "places">): string[] {
  const raw = entry.places && entry.places.length > 0 ? entry.places : entry.location ? [entry.location] : [];
  return [...new Set(raw.map((place) => foldText(place).replace(/[.,;]+$/g, "")).filter((place) => place.length > 0))];
}

export interface Clash {
  a: string;
  b: string;
  /** Why: the shared person ids and places. */
  people: string[];
  places: string[];
}

/** Every clashing pair (a sweep over entries sorted by start: O(n log n + overlapping pairs)). */
export function findClashes(entries: readonly ClashCandidate[]): Clash[] {
  const live = entries
    .filter((entry) => !entry.cancelled && entry.end.getTime() > entry.start.getTime())
    .map((entry) => ({ entry, key: entryKey(entry), people: new Set(entry.people), places: placeKeys(entry) }))
    .sort((x, y) => x.entry.start.getTime() - y.entry.start.getTime() || x.key.localeCompare(y.key));
  const clashes: Clash[] = [];
  for (let i = 0; i < live.length; i++) {
    const a = live[i];
    for (let j = i + 1; j < live.length; j++) {
      const b = live[j];
      if (b.entry.start.getTime() >= a.entry.end.getTime()) break;
      if (a.key === b.key) continue;
      const people = [...b.people].filter((person) => a.people.has(person));
      const places = b.places.filter((place) => a.places.includes(place));
      if (people.length > 0 || places.length > 0) clashes.push({ a: a.key, b: b.key, people, places });
    }
  }
  return clashes;
}

/** entry key → the keys it clashes with. */
export function clashIndex(entries: readonly ClashCandidate[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const clash of findClashes(entries)) {
    index.set(clash.a, [...(index.get(clash.a) ?? []), clash.b]);
    index.set(clash.b, [...(index.get(clash.b) ?? []), clash.a]);
  }
  return index;
}
