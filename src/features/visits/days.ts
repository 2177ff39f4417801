import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

/** Programme items grouped by the city's calendar day, in order. */
export function groupByDay<T extends { startsAt: Date }>(items: readonly T[], timeZone: string): Array<{ day: string; items: T[] }> {
  const groups = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())) {
    const day = format(new TZDate(item.startsAt, timeZone), "yyyy-MM-dd");
    groups.set(day, [...(groups.get(day) ?? []), item]);
  }
  return [...groups].map(([day, dayItems]) => ({ day, items: dayItems }));
}

/** "09:30" in the city's time. */
export function cityTime(date: Date, timeZone: string): string {
  return format(new TZDate(date, timeZone), "HH:mm");
}

/** "středa 21. dubna 2027" → "Středa 21. dubna 2027" (CSS capitalize would upper-case every word). */
export function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
