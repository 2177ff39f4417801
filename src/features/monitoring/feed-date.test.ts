import { describe, expect, it } from "vitest";
import { parseFeedDate } from "./feed-date";

describe("parseFeedDate", () => {
  it.each([
    ["Mon, 16 Nov 2026 08:00:00 +0100", "2026-11-16T07:00:00.000Z"],
    ["Mon, 16 Nov 2026 06:30:00 GMT", "2026-11-16T06:30:00.000Z"],
    ["Po, 16 lis 2026 08:00:00 +0100", "2026-11-16T07:00:00.000Z"],
    ["16 listopadu 2026 08:00", "2026-11-16T07:00:00.000Z"],
    ["2026-11-16T08:20:00+01:00", "2026-11-16T07:20:00.000Z"],
    ["2026-11-15T18:00:00Z", "2026-11-15T18:00:00.000Z"],
    // No zone: the city's wall-clock time (CET in November, CEST in June).
    ["2026-11-16 08:00", "2026-11-16T07:00:00.000Z"],
    ["2026-06-16 08:00", "2026-06-16T06:00:00.000Z"],
    ["16. 11. 2026 9:05", "2026-11-16T08:05:00.000Z"],
    ["16.11.2026", "2026-11-15T23:00:00.000Z"],
    ["St, 1 čvc 2026 10:00:00 +0200", "2026-07-01T08:00:00.000Z"],
    ["Út, 2 čvn 2026 10:00:00 +0200", "2026-06-02T08:00:00.000Z"],
  ])("%s", (raw, iso) => {
    expect(parseFeedDate(raw, "Europe/Prague")?.toISOString()).toBe(iso);
  });

  it.each(["", "včera", "32. 13. 2026", "Mon, 16 Foo 2026 08:00:00 +0100", "2026-11-16 25:00"])("refuses %j", (raw) => {
    expect(parseFeedDate(raw)).toBeNull();
  });
});
