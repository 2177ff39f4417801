import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

/** A date as the value of <input type="datetime-local">, in the city's wall-clock time. */
export function toCityDateTimeInput(date: Date | null, timeZone: string): string {
  return date ? format(new TZDate(date, timeZone), "yyyy-MM-dd'T'HH:mm") : "";
}
