// Freedom-of-information deadlines, per country. Pure (no database, no clock): unit-tested as a table.
//
// CZ — Act No. 106/1999 Coll. §14(5)(d): the authority answers "nejpozději do 15 dnů ode dne přijetí
// žádosti". The period starts the day after receipt (the day of receipt does not count), so the last day
// is receipt + 15 calendar days; if it falls on a Saturday, Sunday or public holiday, the last day is
// the next working day (Administrative Procedure Code §40(1)(c), applied to the Act's periods).
// Only countries whose rule we are sure of are listed; the office picks one in its settings (foiLaw).

export const FOI_LAWS = ["CZ"] as const;
export type FoiLaw = (typeof FOI_LAWS)[number];

interface FoiRule {
  /** How the law is cited, for the page. */
  citation: string;
  days: number;
  /** "calendar": count calendar days, then move a non-working last day to the next working day. */
  counting: "calendar";
  isHoliday: (date: CalendarDate) => boolean;
}

/** A day in the city's calendar (no time, no zone). */
export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export const FOI_RULES: Record<FoiLaw, FoiRule> = {
  CZ: { citation: "zákon č. 106/1999 Sb., § 14 odst. 5 písm. d)", days: 15, counting: "calendar", isHoliday: isCzechPublicHoliday },
};

/** The last day to answer a request received on `received` (a day in the city's calendar). */
export function foiDeadline(received: CalendarDate, law: FoiLaw = "CZ"): CalendarDate {
  const rule = FOI_RULES[law];
  let date = addDays(received, rule.days);
  while (!isWorkingDay(date, rule.isHoliday)) date = addDays(date, 1);
  return date;
}

export function isWorkingDay(date: CalendarDate, isHoliday: (date: CalendarDate) => boolean = isCzechPublicHoliday): boolean {
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6 && !isHoliday(date);
}

/** Czech public holidays (Act No. 245/2000 Coll.): fixed days, Good Friday and Easter Monday. */
export function isCzechPublicHoliday(date: CalendarDate): boolean {
  const fixed = ["1-1", "5-1", "5-8", "7-5", "7-6", "9-28", "10-28", "11-17", "12-24", "12-25", "12-26"];
  if (fixed.includes(`${date.month}-${date.day}`)) return true;
  const easter = easterSunday(date.year);
  const goodFriday = addDays(easter, -2);
  const easterMonday = addDays(easter, 1);
  return sameDay(date, goodFriday) || sameDay(date, easterMonday);
}

/** Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const utc = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

export function toIsoDate(date: CalendarDate): string {
  return `${date.year}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
}

export function fromIsoDate(value: string): CalendarDate {
  const [year, month, day] = value.split("-").map(Number);
  return { year, month, day };
}

function sameDay(a: CalendarDate, b: CalendarDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}
