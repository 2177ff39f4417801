// The personal calendar feed as iCalendar (RFC 5545), pure (unit-tested and parsed with ical.js): timed entries
// in UTC, all-day entries as DATE values (DTEND the day after, §3.6.1). Folding, TEXT escaping and UTC times are
// the press conferences' (press-conferences/ics.ts), shared rather than copied.
import type { CalendarEntry } from "@/lib/overview";
import { escapeText, foldLine, formatUtc } from "@/features/press-conferences/ics";
import { dayOf } from "./calendar-range";

export interface FeedCalendar {
  name: string;
  now: Date;
  origin: string;
  timeZone: string;
  /** The category of each module in the reader's language ("Tisková konference"). */
  moduleLabel: (module: string) => string;
  entries: readonly CalendarEntry[];
}

const compactDay = (day: string) => day.replace(/-/g, "");

export function buildFeedIcs(calendar: FeedCalendar): string {
  const host = (() => {
    try {
      return new URL(calendar.origin).hostname || "herald";
    } catch {
      return "herald";
    }
  })();
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Herald//Office calendar//CS", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", `X-WR-CALNAME:${escapeText(calendar.name)}`];
  const stamp = formatUtc(calendar.now);
  for (const entry of calendar.entries) {
    lines.push("BEGIN:VEVENT", `UID:${entry.module}-${entry.id}@${host}`, `DTSTAMP:${stamp}`);
    if (entry.allDay) {
      const first = dayOf(entry.start, calendar.timeZone);
      const after = dayOf(entry.end, calendar.timeZone);
      lines.push(`DTSTART;VALUE=DATE:${compactDay(first)}`, `DTEND;VALUE=DATE:${compactDay(after > first ? after : first)}`);
    } else {
      lines.push(`DTSTART:${formatUtc(entry.start)}`, `DTEND:${formatUtc(entry.end)}`);
    }
    lines.push(`SUMMARY:${escapeText(entry.subtitle ? `${entry.title} (${entry.subtitle})` : entry.title)}`);
    if (entry.location) lines.push(`LOCATION:${escapeText(entry.location)}`);
    lines.push(`CATEGORIES:${escapeText(calendar.moduleLabel(entry.module))}`, `URL:${calendar.origin}${entry.href}`);
    lines.push(`STATUS:${entry.cancelled ? "CANCELLED" : "CONFIRMED"}`, "END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
