import { describe, expect, it } from "vitest";
import { dayOfWeek, easterSunday, foiDeadline, fromIsoDate, isCzechPublicHoliday, toIsoDate } from "./foi";

const deadline = (received: string) => toIsoDate(foiDeadline(fromIsoDate(received), "CZ"));

describe("Czech FOI deadline (Act 106/1999 §14(5)(d): 15 days, then the next working day)", () => {
  it("counts 15 calendar days from the day after receipt", () => {
    // Thursday 5 March 2026 + 15 = Friday 20 March: a working day, it stays.
    expect(dayOfWeek(fromIsoDate("2026-03-05"))).toBe(4);
    expect(deadline("2026-03-05")).toBe("2026-03-20");
    // Across a month end.
    expect(deadline("2026-01-20")).toBe("2026-02-04");
  });

  it("moves a last day on a Saturday or Sunday to the Monday", () => {
    // Friday 6 March + 15 = Saturday 21 March → Monday 23 March.
    expect(deadline("2026-03-06")).toBe("2026-03-23");
    // Saturday 7 March + 15 = Sunday 22 March → Monday 23 March.
    expect(deadline("2026-03-07")).toBe("2026-03-23");
    // Thursday 8 January 2026 + 15 = Friday 23 January; Thursday 15 January + 15 = Friday 30 January.
    expect(deadline("2026-01-15")).toBe("2026-01-30");
    // Thursday 4 June 2026 + 15 = Friday 19 June; received Wednesday 3 June + 15 = Thursday 18 June.
    expect(deadline("2026-06-03")).toBe("2026-06-18");
  });

  it("skips Christmas (24–26 December) and the weekend after it", () => {
    // Wednesday 9 December 2026 + 15 = Thursday 24 December (holiday) → 25, 26 (holidays, Sat), 27 (Sun) → Monday 28.
    expect(deadline("2026-12-09")).toBe("2026-12-28");
    // New Year's Day: Wednesday 17 December 2025 + 15 = Thursday 1 January 2026 → Friday 2 January.
    expect(deadline("2025-12-17")).toBe("2026-01-02");
  });

  it("skips Good Friday and Easter Monday, computed for each year", () => {
    expect(easterSunday(2026)).toEqual({ year: 2026, month: 4, day: 5 });
    expect(easterSunday(2027)).toEqual({ year: 2027, month: 3, day: 28 });
    expect(easterSunday(2024)).toEqual({ year: 2024, month: 3, day: 31 });
    // Sunday 22 March 2026 + 15 = Easter Monday 6 April → Tuesday 7 April.
    expect(deadline("2026-03-22")).toBe("2026-04-07");
    // Thursday 19 March 2026 + 15 = Good Friday 3 April → Sat, Sun, Easter Monday → Tuesday 7 April.
    expect(deadline("2026-03-19")).toBe("2026-04-07");
    // 2027: Good Friday 26 March, Easter Monday 29 March.
    expect(isCzechPublicHoliday(fromIsoDate("2027-03-26"))).toBe(true);
    expect(isCzechPublicHoliday(fromIsoDate("2027-03-29"))).toBe(true);
    expect(isCzechPublicHoliday(fromIsoDate("2027-04-05"))).toBe(false);
  });

  it("knows the fixed public holidays", () => {
    for (const day of ["01-01", "05-01", "05-08", "07-05", "07-06", "09-28", "10-28", "11-17", "12-24", "12-25", "12-26"]) {
      expect(isCzechPublicHoliday(fromIsoDate(`2026-${day}`)), day).toBe(true);
    }
    expect(isCzechPublicHoliday(fromIsoDate("2026-12-27"))).toBe(false);
    // Monday 13 April 2026 + 15 = Tuesday 28 April; received 13 October + 15 = Wednesday 28 October (holiday) → Thursday 29.
    expect(deadline("2026-10-13")).toBe("2026-10-29");
  });
});
