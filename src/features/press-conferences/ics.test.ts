import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildIcs, escapeText, foldLine, formatUtc } from "./ics";

const now = new Date("2026-03-10T07:00:00Z");
const event = {
  uid: "0193a1b2-0000-7000-8000-000000000001@herald",
  startsAt: new Date("2026-03-12T09:30:00Z"),
  endsAt: new Date("2026-03-12T10:30:00Z"),
  summary: "Rozpočet města na rok 2027; investice, opravy a nová lávka",
  location: "Radnice, zasedací místnost č. 2, Masarykovo náměstí 1",
  description: "Vystoupí:\nIng. Jana Nováková, starostka\nPetr Dvořák, místostarosta \\ finance",
  sequence: 2,
};

describe("ICS", () => {
  it("escapes backslash, semicolon, comma and line breaks", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });

  it("formats instants in UTC", () => {
    expect(formatUtc(new Date("2026-03-12T09:30:05.123Z"))).toBe("20260312T093005Z");
  });

  it("folds at 75 octets without splitting a multi-byte character", () => {
    const line = `SUMMARY:${"Žluťoučký kůň úpěl ďábelské ódy 🐎 ".repeat(6)}`;
    const folded = foldLine(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(1);
    for (const [index, part] of parts.entries()) {
      expect(Buffer.byteLength(part, "utf8")).toBeLessThanOrEqual(75);
      if (index > 0) expect(part.startsWith(" ")).toBe(true);
      expect(part).not.toContain("\uFFFD");
      expect(Buffer.from(part, "utf8").toString("utf8")).toBe(part);
    }
    expect(parts.map((part, index) => (index ? part.slice(1) : part)).join("")).toBe(line);
  });

  it("writes a calendar with CRLF line endings and every required property", () => {
    const text = buildIcs({ prodId: "-//Herald//Press conferences//CS", name: "Tiskové konference", events: [event, { ...event, uid: "x@herald", cancelled: true }], now });
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(text).toContain("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Herald//Press conferences//CS\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH");
    expect(text).toContain("DTSTART:20260312T093000Z");
    expect(text).toContain("DTSTAMP:20260310T070000Z");
    expect(text).toContain("STATUS:CONFIRMED");
    expect(text).toContain("STATUS:CANCELLED");
  });

  it("is read back by a real calendar parser (ical.js) with the same values", () => {
    const text = buildIcs({ prodId: "-//Herald//Press conferences//CS", name: "Tiskové konference", events: [event, { ...event, uid: "x@herald", cancelled: true }], now });
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    const events = calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
    expect(events).toHaveLength(2);
    const [first, second] = events;
    expect(first.uid).toBe(event.uid);
    expect(first.summary).toBe(event.summary);
    expect(first.location).toBe(event.location);
    expect(first.description).toBe(event.description);
    expect(first.startDate.toJSDate().toISOString()).toBe(event.startsAt.toISOString());
    expect(first.endDate.toJSDate().toISOString()).toBe(event.endsAt.toISOString());
    expect(first.component.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(second.component.getFirstPropertyValue("status")).toBe("CANCELLED");
  });

  it("writes an empty calendar that parses", () => {
    const text = buildIcs({ prodId: "-//Herald//X//CS", name: "Prázdný", events: [], now });
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getAllSubcomponents("vevent")).toHaveLength(0);
  });
});
