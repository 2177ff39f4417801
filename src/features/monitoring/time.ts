import { TZDate } from "@date-fns/tz";

/** The first instant of a city day ("YYYY-MM-DD"), plus `addDays` days. */
export function startOfCityDay(isoDate: string, timeZone: string, addDays = 0): Date {
  const [year, month, day] = isoDate.split("-").map(Number);
  return new Date(new TZDate(year, month - 1, day + addDays, timeZone).getTime());
}
