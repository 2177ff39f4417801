import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import type { CalendarEntry } from "@/lib/overview";
import { prefixTsQuery, searchWords } from "@/lib/search-words";
import { addDays, addMonths, calendarRange, dayOf, dayStart, isDay, monthBounds, startOfWeek, touchesDay } from "./calendar-range";
import { clashIndex, findClashes } from "./clashes";
import { buildFeedIcs } from "./ics";

const TZ = "Europe/Prague";
const at = (iso: string) => new Date(iso);
const entry = (over: Partial<CalendarEntry> & Pick<CalendarEntry, "id" | "start" | "end">): CalendarEntry => ({
  module: "visit",
  title: over.id,
  allDay: false,
  people: [],
  href: `/x/${over.id}`,
  ...over,
});

describe("the office calendar's clash rule", () => {
  it("needs an overlap in time and a shared person or place", () => {
    const a = entry({ id: "a", start: at("2026-11-10T09:00:00Z"), end: at("2026-11-10T10:00:00Z"), people: ["u1"], location: "Radnice" });
    const samePerson = entry({ id: "b", module: "conference", start: at("2026-11-10T09:30:00Z"), end: at("2026-11-10T10:30:00Z"), people: ["u1"], location: "Jinde" });
    const samePlace = entry({ id: "c", module: "ceremony", start: at("2026-11-10T09:45:00Z"), end: at("2026-11-10T11:00:00Z"), location: "  radnice " });
    const unrelated = entry({ id: "d", start: at("2026-11-10T09:00:00Z"), end: at("2026-11-10T10:00:00Z"), people: ["u2"], location: "Divadlo" });
    const clashes = findClashes([a, samePerson, samePlace, unrelated]);
    expect(clashes).toEqual([
      { a: "visit:a", b: "conference:b", people: ["u1"], places: [] },
      { a: "visit:a", b: "ceremony:c", people: [], places: ["radnice"] },
    ]);
  });

  it("treats intervals as half-open: back to back is no clash", () => {
    const a = entry({ id: "a", start: at("2026-11-10T09:00:00Z"), end: at("2026-11-10T10:00:00Z"), people: ["u1"] });
    const b = entry({ id: "b", start: at("2026-11-10T10:00:00Z"), end: at("2026-11-10T11:00:00Z"), people: ["u1"] });
    expect(findClashes([a, b])).toEqual([]);
  });

  it("ignores cancelled entries and case, diacritics and trailing punctuation of places", () => {
    const a = entry({ id: "a", start: at("2026-11-10T09:00:00Z"), end: at("2026-11-10T10:00:00Z"), location: "Obřadní síň." });
    const b = entry({ id: "b", start: at("2026-11-10T09:00:00Z"), end: at("2026-11-10T10:00:00Z"), location: "OBRADNI SIN" });
    const cancelled = entry({ id: "c", start: at("2026-11-10T09:00:00Z"), end: at("2026-11-10T10:00:00Z"), location: "Obřadní síň", cancelled: true });
    expect(findClashes([a, b, cancelled]).map((clash) => [clash.a, clash.b])).toEqual([["visit:a", "visit:b"]]);
  });

  it("matches any of an event's venues; an all-day event clashes with a timed item at one of them", () => {
    const market = entry({ id: "m", module: "event", allDay: true, start: dayStart("2026-12-01", TZ), end: dayStart("2026-12-02", TZ), places: ["Masarykovo náměstí", "Radnice"] });
    const item = entry({ id: "i", start: at("2026-12-01T14:00:00Z"), end: at("2026-12-01T15:00:00Z"), location: "Radnice" });
    expect(clashIndex([market, item])).toEqual(new Map([["event:m", ["visit:i"]], ["visit:i", ["event:m"]]]));
  });

  it("never reports an entry against itself and finds every pair among many (sweep)", () => {
    const same = entry({ id: "s", start: at("2026-11-10T09:00:00Z"), end: at("2026-11-10T10:00:00Z"), people: ["u"] });
    expect(findClashes([same, { ...same }])).toEqual([]);
    const many = Array.from({ length: 5 }, (_, index) => entry({ id: `e${index}`, start: at("2026-11-10T09:00:00Z"), end: at("2026-11-10T12:00:00Z"), people: ["u"] }));
    expect(findClashes(many)).toHaveLength(10);
  });
});

describe("calendar ranges (city days, Monday first)", () => {
  it("validates and moves days and months", () => {
    expect(isDay("2026-02-29")).toBe(false);
    expect(isDay("2028-02-29")).toBe(true);
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-01");
    expect(addMonths("2026-01-15", -1)).toBe("2025-12-01");
    expect(startOfWeek("2026-11-22")).toBe("2026-11-16"); // a Sunday → its Monday
    expect(startOfWeek("2026-11-16")).toBe("2026-11-16");
  });

  it("builds a month grid of whole weeks", () => {
    const month = calendarRange("month", "2026-11-18", TZ);
    expect(month.firstDay).toBe("2026-10-26");
    expect(month.lastDay).toBe("2026-12-06");
    expect(month.days).toHaveLength(42);
    expect(month.previous).toBe("2026-10-01");
    expect(month.next).toBe("2026-12-01");
    expect(month.from.toISOString()).toBe("2026-10-25T23:00:00.000Z"); // CET midnight
  });

  it("handles the week of a DST change (the range is 169 hours long in October)", () => {
    const week = calendarRange("week", "2026-10-25", TZ);
    expect(week.days).toEqual(["2026-10-19", "2026-10-20", "2026-10-21", "2026-10-22", "2026-10-23", "2026-10-24", "2026-10-25"]);
    expect(week.from.toISOString()).toBe("2026-10-18T22:00:00.000Z"); // CEST
    expect(week.to.toISOString()).toBe("2026-10-25T23:00:00.000Z"); // CET
    expect((week.to.getTime() - week.from.getTime()) / 3_600_000).toBe(169);
  });

  it("shows 31 days in the agenda and knows which entries touch a day", () => {
    const agenda = calendarRange("agenda", "2026-11-01", TZ);
    expect(agenda.days).toHaveLength(31);
    expect(agenda.lastDay).toBe("2026-12-01");
    const allDay = { start: dayStart("2026-11-02", TZ), end: dayStart("2026-11-04", TZ) };
    expect(touchesDay(allDay, "2026-11-03", TZ)).toBe(true);
    expect(touchesDay(allDay, "2026-11-04", TZ)).toBe(false);
    expect(dayOf(at("2026-11-02T23:30:00Z"), TZ)).toBe("2026-11-03");
  });

  it("gives this month and the last one as instants in the city's time", () => {
    const bounds = monthBounds("2026-03-31", TZ);
    expect(bounds.thisMonth).toMatchObject({ firstDay: "2026-03-01", lastDay: "2026-03-31" });
    expect(bounds.lastMonth).toMatchObject({ firstDay: "2026-02-01", lastDay: "2026-02-28" });
    expect(bounds.thisMonth.to.toISOString()).toBe("2026-03-31T22:00:00.000Z"); // April starts in CEST
  });
});

describe("search words", () => {
  it("lower-cases, splits at punctuation and makes prefix queries", () => {
    expect(searchWords("  Vánoční TRH, 2026! ")).toEqual(["vánoční", "trh", "2026"]);
    expect(prefixTsQuery("rozpočet města")).toBe("rozpočet:* & města:*");
    expect(prefixTsQuery("' & | ! :*")).toBeNull();
  });
});

describe("the personal ICS feed", () => {
  it("parses with ical.js: timed entries in UTC, all-day ones as dates, text escaped and folded", () => {
    const body = buildFeedIcs({
      name: "Herald – kalendář",
      now: at("2026-11-01T08:00:00Z"),
      origin: "https://herald.example",
      timeZone: TZ,
      moduleLabel: (module) => ({ visit: "Návštěva", event: "Akce" })[module] ?? module,
      entries: [
        entry({ id: "v1", title: "Prohlídka radnice; setkání, přípitek", subtitle: "Delegace z Partnerova", start: at("2026-11-10T09:00:00Z"), end: at("2026-11-10T10:30:00Z"), location: "Radnice, obřadní síň" }),
        entry({ id: "e1", module: "event", title: "Vánoční trh ".repeat(12).trim(), allDay: true, start: dayStart("2026-12-01", TZ), end: dayStart("2026-12-24", TZ), cancelled: true }),
      ],
    });
    expect(body.split("\r\n").every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(body));
    const events = calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
    expect(events).toHaveLength(2);
    expect(events[0].summary).toBe("Prohlídka radnice; setkání, přípitek (Delegace z Partnerova)");
    expect(events[0].location).toBe("Radnice, obřadní síň");
    expect(events[0].startDate.toJSDate().toISOString()).toBe("2026-11-10T09:00:00.000Z");
    expect(events[0].uid).toBe("visit-v1@herald.example");
    expect(events[1].startDate.isDate).toBe(true);
    expect(events[1].startDate.toString()).toBe("2026-12-01");
    expect(events[1].endDate.toString()).toBe("2026-12-24");
    expect(events[1].summary).toBe("Vánoční trh ".repeat(12).trim());
    expect(calendar.getAllSubcomponents("vevent")[1].getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(calendar.getAllSubcomponents("vevent")[0].getFirstPropertyValue("url")).toBe("https://herald.example/x/v1");
  });
});
