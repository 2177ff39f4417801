// An outlet's editorial deadline ("uzávěrka"): the days of the week and the time by which material must
// reach the newsroom for the next edition. A journalist's inquiry is due then. Pure: no database.
import { TZDate } from "@date-fns/tz";

/** ISO weekdays: 1 = Monday … 7 = Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export const DEADLINE_TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

export interface EditorialSchedule {
  deadlineDays: readonly number[];
  deadlineTime: string | null;
}

/**
 * The first editorial deadline strictly after `after`, in the city's time zone (daylight saving
 * included); null when the outlet has no schedule.
 */
export function nextEditorialDeadline(after: Date, schedule: EditorialSchedule, timeZone: string): Date | null {
  const match = schedule.deadlineTime ? DEADLINE_TIME_PATTERN.exec(schedule.deadlineTime) : null;
  const days = new Set(schedule.deadlineDays.filter((day) => day >= 1 && day <= 7));
  if (!match || days.size === 0) return null;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  const local = new TZDate(after.getTime(), timeZone);
  // Today's deadline may still be ahead; else one of the next seven days has one.
  for (let offset = 0; offset <= 7; offset++) {
    const candidate = new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + offset, hours, minutes, 0, 0, timeZone);
    const isoWeekday = candidate.getDay() === 0 ? 7 : candidate.getDay();
    if (days.has(isoWeekday) && candidate.getTime() > after.getTime()) return new Date(candidate.getTime());
  }
  return null;
}
