import { describe, expect, it } from "vitest";
import { nextEditorialDeadline } from "./edition";

const PRAGUE = "Europe/Prague";
const daily = { deadlineDays: [1, 2, 3, 4, 5, 6], deadlineTime: "16:00" };

describe("nextEditorialDeadline", () => {
  it("is today's deadline when it is still ahead, else the next edition day's", () => {
    // Tuesday 10 March 2026, 09:30 in Prague (UTC+1).
    expect(nextEditorialDeadline(new Date("2026-03-10T08:30:00Z"), daily, PRAGUE)?.toISOString()).toBe("2026-03-10T15:00:00.000Z");
    // The same Tuesday at 16:30: Wednesday 16:00.
    expect(nextEditorialDeadline(new Date("2026-03-10T15:30:00Z"), daily, PRAGUE)?.toISOString()).toBe("2026-03-11T15:00:00.000Z");
  });

  it("skips the days without an edition (Saturday evening → Monday)", () => {
    expect(nextEditorialDeadline(new Date("2026-03-14T17:00:00Z"), daily, PRAGUE)?.toISOString()).toBe("2026-03-16T15:00:00.000Z");
  });

  it("finds a weekly's deadline up to a week ahead, and the same weekday next week once passed", () => {
    const weekly = { deadlineDays: [2], deadlineTime: "12:00" };
    // Tuesday 10 March 13:00 → Tuesday 17 March 12:00.
    expect(nextEditorialDeadline(new Date("2026-03-10T12:00:00Z"), weekly, PRAGUE)?.toISOString()).toBe("2026-03-17T11:00:00.000Z");
  });

  it("keeps the wall-clock time across the change to summer time", () => {
    // Saturday 28 March 2026 20:00 (UTC+1); Monday 30 March 16:00 is UTC+2.
    expect(nextEditorialDeadline(new Date("2026-03-28T19:00:00Z"), daily, PRAGUE)?.toISOString()).toBe("2026-03-30T14:00:00.000Z");
  });

  it("is null without a schedule or with a malformed one", () => {
    expect(nextEditorialDeadline(new Date(), { deadlineDays: [], deadlineTime: "16:00" }, PRAGUE)).toBeNull();
    expect(nextEditorialDeadline(new Date(), { deadlineDays: [1], deadlineTime: null }, PRAGUE)).toBeNull();
    expect(nextEditorialDeadline(new Date(), { deadlineDays: [1], deadlineTime: "25:00" }, PRAGUE)).toBeNull();
  });
});
