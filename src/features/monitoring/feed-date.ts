// Dates as feeds write them (pure, unit-tested): RFC 822 (RSS 2.0), ISO 8601 / RFC 3339 (Atom), and the odd
// ones Czech outlets produce — Czech day and month names ("Po, 16 lis 2026 08:00:00 +0100"), "2026-11-16 08:00",
// "16. 11. 2026 8:00". A time without a zone is the city's wall-clock time. Unreadable → null.
import { TZDate } from "@date-fns/tz";
import { normalizeText } from "./text";

const MONTHS: Array<[RegExp, number]> = [
  [/^(jan|led)/, 1],
  [/^(feb|uno)/, 2],
  [/^(mar|bre)/, 3],
  [/^(apr|dub)/, 4],
  [/^(may|kve)/, 5],
  [/^(jun|cvn|cerven$|cervna)/, 6],
  [/^(jul|cvc|cervenec|cervence)/, 7],
  [/^(aug|srp)/, 8],
  [/^(sep|zar)/, 9],
  [/^(oct|rij)/, 10],
  [/^(nov|lis)/, 11],
  [/^(dec|pro)/, 12],
];

function monthOf(name: string): number | null {
  const normal = normalizeText(name);
  for (const [pattern, month] of MONTHS) if (pattern.test(normal)) return month;
  return null;
}

/** "+0100", "+01:00", "GMT", "UTC", "Z", "CET", "CEST" → minutes east of UTC; undefined when absent; null when unknown. */
function offsetMinutes(zone: string | undefined): number | null | undefined {
  if (!zone) return undefined;
  const upper = zone.toUpperCase();
  if (upper === "Z" || upper === "GMT" || upper === "UT" || upper === "UTC") return 0;
  if (upper === "CET") return 60;
  if (upper === "CEST") return 120;
  if (upper === "EST") return -300;
  if (upper === "EDT") return -240;
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!match) return null;
  return (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

function build(parts: { year: number; month: number; day: number; hour?: number; minute?: number; second?: number; zone?: string }, timeZone: string): Date | null {
  const { year, month, day, hour = 0, minute = 0, second = 0 } = parts;
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return null;
  const offset = offsetMinutes(parts.zone);
  if (offset === null) return null;
  const date =
    offset === undefined
      ? new Date(new TZDate(year, month - 1, day, hour, minute, Math.min(second, 59), timeZone).getTime())
      : new Date(Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59)) - offset * 60_000);
  return Number.isNaN(date.getTime()) ? null : date;
}

const TIME = String.raw`(\d{1,2})[:.](\d{2})(?::(\d{2})(?:\.\d+)?)?`;

export function parseFeedDate(raw: string | null | undefined, timeZone = "Europe/Prague"): Date | null {
  if (!raw) return null;
  const text = raw.trim().replace(/\s+/g, " ");
  if (!text) return null;

  // ISO 8601 / RFC 3339, also with a space for "T" and without seconds or zone.
  let match = new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})(?:[T ]${TIME})?\s*(Z|[+-]\d{2}:?\d{2})?$`, "i").exec(text);
  if (match) {
    return build({ year: +match[1], month: +match[2], day: +match[3], hour: match[4] ? +match[4] : 0, minute: match[5] ? +match[5] : 0, second: match[6] ? +match[6] : 0, zone: match[7] }, timeZone);
  }

  // Czech numeric: "16. 11. 2026", "16.11.2026 8:00".
  match = new RegExp(String.raw`^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?:,?\s+${TIME})?$`).exec(text);
  if (match) {
    return build({ day: +match[1], month: +match[2], year: +match[3], hour: match[4] ? +match[4] : 0, minute: match[5] ? +match[5] : 0, second: match[6] ? +match[6] : 0 }, timeZone);
  }

  // RFC 822 and its relatives, English or Czech names: "[Mon, ]16 Nov 2026 08:00[:00] +0100", "Po, 16 lis 2026 …",
  // "16. listopadu 2026 8:00".
  match = new RegExp(String.raw`^(?:[\p{L}]+\.?,?\s+)?(\d{1,2})\.?\s+([\p{L}]+)\.?\s+(\d{2,4})(?:,?\s+${TIME})?(?:\s+([A-Za-z]{1,5}|[+-]\d{2}:?\d{2}))?$`, "u").exec(text);
  if (match) {
    const month = monthOf(match[2]);
    if (!month) return null;
    let year = +match[3];
    if (year < 100) year += year < 70 ? 2000 : 1900;
    return build({ day: +match[1], month, year, hour: match[4] ? +match[4] : 0, minute: match[5] ? +match[5] : 0, second: match[6] ? +match[6] : 0, zone: match[7] }, timeZone);
  }
  return null;
}
