// The city's calendar for the inquiry desk: days and wall-clock times in CITY_TIME_ZONE.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { type CalendarDate, fromIsoDate } from "./foi";

/** The day an instant falls on in the city ("YYYY-MM-DD"). */
export function cityIsoDate(date: Date, timeZone: string): string {
  return format(new TZDate(date, timeZone), "yyyy-MM-dd");
}

export function cityCalendarDate(date: Date, timeZone: string): CalendarDate {
  return fromIsoDate(cityIsoDate(date, timeZone));
}

/** The last moment of a city day (23:59:59.999 wall-clock time). */
export function endOfCityDay(day: CalendarDate, timeZone: string): Date {
  return new Date(new TZDate(day.year, day.month - 1, day.day, 23, 59, 59, 999, timeZone).getTime());
}

/** A DATE column's value (midnight UTC of that day) for a calendar day. */
export function calendarDateToDbDate(day: CalendarDate): Date {
  return new Date(Date.UTC(day.year, day.month - 1, day.day));
}

/** A DATE column's value as "YYYY-MM-DD". */
export function dbDateToIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}
