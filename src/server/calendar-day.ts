import "server-only";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { config } from "@/server/config";

// Calendar days ("YYYY-MM-DD") as the modules store them in @db.Date columns (midnight UTC of that day),
// and today's date in the city's time zone.

/** "YYYY-MM-DD" → the @db.Date value (midnight UTC of that calendar day). */
export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

export function dateToDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today in the city's calendar. */
export function cityToday(now = new Date()): string {
  return format(new TZDate(now, config().CITY_TIME_ZONE), "yyyy-MM-dd");
}
