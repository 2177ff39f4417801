// Calendar arithmetic on city calendar days ("YYYY-MM-DD"), pure and client-safe (unit-tested). Days are
// counted in UTC (no DST surprises); instants come from the city's time zone only at the edges, through
// TZDate, so a day is 23 or 25 hours long when the clocks change. Weeks start on Monday.
import { TZDate } from "@date-fns/tz";

export type CalendarView = "month" | "week" | "agenda";
export const CALENDAR_VIEWS: readonly CalendarView[] = ["month", "week", "agenda"];
/** The agenda shows this many days from its first day. */
export const AGENDA_DAYS = 31;

const DAY_MS = 86_400_000;
const toUtc = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function isDay(value: unknown): value is string {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return fromUtc(toUtc(value)) === value;
}

export function addDays(day: string, days: number): string {
  return fromUtc(toUtc(day) + days * DAY_MS);
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: string): number {
  const weekday = new Date(toUtc(day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

export function startOfWeek(day: string): string {
  return addDays(day, 1 - isoWeekday(day));
}

export function addMonths(day: string, months: number): string {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7)) - 1 + months;
  return fromUtc(Date.UTC(year + Math.floor(month / 12), ((month % 12) + 12) % 12, 1));
}

export function startOfMonth(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

/** The instant a city day starts (midnight in the time zone). */
export function dayStart(day: string, timeZone: string): Date {
  return new Date(new TZDate(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), timeZone).getTime());
}

/** The city day an instant falls on. */
export function dayOf(instant: Date, timeZone: string): string {
  const zoned = new TZDate(instant.getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${zoned.getFullYear()}-${pad(zoned.getMonth() + 1)}-${pad(zoned.getDate())}`;
}

export interface CalendarRange {
  view: CalendarView;
  /** The day the view was asked for. */
  anchor: string;
  /** First and last day shown (inclusive). */
  firstDay: string;
  lastDay: string;
  /** The days shown, in order (the month grid's whole weeks, the week's seven, the agenda's days). */
  days: string[];
  /** Instants [from, to) to read entries for. */
  from: Date;
  to: Date;
  /** The anchors of the previous and next page. */
  previous: string;
  next: string;
}

export function calendarRange(view: CalendarView, anchor: string, timeZone: string): CalendarRange {
  let firstDay: string;
  let lastDay: string;
  let previous: string;
  let next: string;
  if (view === "month") {
    const first = startOfMonth(anchor);
    const last = addDays(addMonths(first, 1), -1);
    firstDay = startOfWeek(first);
    lastDay = addDays(startOfWeek(last), 6);
    previous = addMonths(first, -1);
    next = addMonths(first, 1);
  } else if (view === "week") {
    firstDay = startOfWeek(anchor);
    lastDay = addDays(firstDay, 6);
    previous = addDays(firstDay, -7);
    next = addDays(firstDay, 7);
  } else {
    firstDay = anchor;
    lastDay = addDays(anchor, AGENDA_DAYS - 1);
    previous = addDays(anchor, -AGENDA_DAYS);
    next = addDays(anchor, AGENDA_DAYS);
  }
  const days: string[] = [];
  for (let day = firstDay; day <= lastDay; day = addDays(day, 1)) days.push(day);
  return { view, anchor, firstDay, lastDay, days, from: dayStart(firstDay, timeZone), to: dayStart(addDays(lastDay, 1), timeZone), previous, next };
}

/** Does [start, end) touch the city day? (An all-day entry ending at midnight does not touch the next day.) */
export function touchesDay(entry: { start: Date; end: Date }, day: string, timeZone: string): boolean {
  const from = dayStart(day, timeZone).getTime();
  const to = dayStart(addDays(day, 1), timeZone).getTime();
  const end = Math.max(entry.end.getTime(), entry.start.getTime() + 1);
  return entry.start.getTime() < to && end > from;
}

/** [first, last] calendar days of a month and the month before, as instants: the dashboard's "this month vs last". */
export function monthBounds(today: string, timeZone: string) {
  const thisMonth = startOfMonth(today);
  const lastMonth = addMonths(thisMonth, -1);
  const nextMonth = addMonths(thisMonth, 1);
  return {
    thisMonth: { firstDay: thisMonth, lastDay: addDays(nextMonth, -1), from: dayStart(thisMonth, timeZone), to: dayStart(nextMonth, timeZone) },
    lastMonth: { firstDay: lastMonth, lastDay: addDays(thisMonth, -1), from: dayStart(lastMonth, timeZone), to: dayStart(thisMonth, timeZone) },
  };
}
