// The public events as an iCalendar feed: multi-day events are all-day VEVENTs (DTSTART;VALUE=DATE, DTEND the
// day after the last day, RFC 5545 §3.6.1); the daily programme goes into the description. Line folding and
// TEXT escaping are the press conferences' (press-conferences/ics.ts).
import { escapeText, foldLine, formatUtc } from "@/features/press-conferences/ics";

export interface IcsAllDayEvent {
  uid: string;
  /** "YYYY-MM-DD", first and last day (inclusive). */
  startDate: string;
  endDate: string;
  summary: string;
  location?: string | null;
  description?: string | null;
  url?: string | null;
  cancelled?: boolean;
  updatedAt?: Date;
  sequence?: number;
}

const compact = (day: string) => day.replace(/-/g, "");
function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export function buildEventsIcs(calendar: { prodId: string; name: string; now: Date; events: IcsAllDayEvent[] }): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:${calendar.prodId}`, "CALSCALE:GREGORIAN", "METHOD:PUBLISH", `X-WR-CALNAME:${escapeText(calendar.name)}`];
  const stamp = formatUtc(calendar.now);
  for (const event of calendar.events) {
    lines.push("BEGIN:VEVENT", `UID:${event.uid}`, `DTSTAMP:${stamp}`, `DTSTART;VALUE=DATE:${compact(event.startDate)}`, `DTEND;VALUE=DATE:${compact(nextDay(event.endDate))}`, `SUMMARY:${escapeText(event.summary)}`);
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.url) lines.push(`URL:${event.url}`);
    if (event.updatedAt) lines.push(`LAST-MODIFIED:${formatUtc(event.updatedAt)}`);
    if (event.sequence !== undefined) lines.push(`SEQUENCE:${event.sequence}`);
    lines.push(`STATUS:${event.cancelled ? "CANCELLED" : "CONFIRMED"}`, "TRANSP:TRANSPARENT", "END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
