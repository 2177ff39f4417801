import { describe, expect, it } from "vitest";
import { allowedSteps, canTake, fitsBudget, GRANT_STATUSES, GRANT_STEPS, type GrantStatus, isReportOverdue, nextStatus } from "./policy";

describe("grant workflow", () => {
  it("walks from application to accepted report", () => {
    let status: GrantStatus = GRANT_STATUSES[0];
    const path = [
      ["evaluate", undefined],
      ["decide", "GRANTED"],
      ["pay", undefined],
      ["receiveReport", undefined],
      ["checkReport", "ACCEPTED"],
    ] as const;
    const seen: string[] = [status];
    for (const [step, outcome] of path) {
      expect(canTake(step, status), `${step} from ${status}`).toBe(true);
      status = nextStatus(step, outcome);
      seen.push(status);
    }
    expect(seen).toEqual(["SUBMITTED", "EVALUATED", "GRANTED", "REPORT_DUE", "REPORT_RECEIVED", "ACCEPTED"]);
  });

  it("refuses steps out of order and after the end", () => {
    expect(canTake("decide", "SUBMITTED")).toBe(false);
    expect(canTake("pay", "EVALUATED")).toBe(false);
    expect(canTake("pay", "REJECTED")).toBe(false);
    expect(canTake("receiveReport", "GRANTED")).toBe(false);
    expect(canTake("checkReport", "REPORT_DUE")).toBe(false);
    for (const step of GRANT_STEPS) {
      expect(canTake(step, "ACCEPTED")).toBe(false);
      expect(canTake(step, "REJECTED")).toBe(false);
    }
  });

  it("lets a corrected report follow a required return, and an evaluation be revised before the decision", () => {
    expect(canTake("receiveReport", "RETURN_REQUIRED")).toBe(true);
    expect(canTake("evaluate", "EVALUATED")).toBe(true);
    expect(canTake("evaluate", "GRANTED")).toBe(false);
  });

  it("needs an outcome for decide and checkReport", () => {
    expect(() => nextStatus("decide")).toThrow();
    expect(() => nextStatus("checkReport", "GRANTED")).toThrow();
    expect(nextStatus("decide", "REJECTED")).toBe("REJECTED");
    expect(nextStatus("checkReport", "RETURN_REQUIRED")).toBe("RETURN_REQUIRED");
  });

  it("offers only the steps the role may take", () => {
    const pr = (permission: string) => permission === "grant.manage";
    const head = () => true;
    expect(allowedSteps("EVALUATED", pr)).toEqual(["evaluate"]);
    expect(allowedSteps("EVALUATED", head)).toEqual(["evaluate", "decide"]);
    expect(allowedSteps("SUBMITTED", () => false)).toEqual([]);
  });
});

describe("budget and overdue", () => {
  it("keeps the sum granted within the budget", () => {
    expect(fitsBudget(100_000, 60_000, 40_000)).toBe(true);
    expect(fitsBudget(100_000, 60_000, 40_001)).toBe(false);
    expect(fitsBudget(100_000, 0, -1)).toBe(false);
    expect(fitsBudget(100_000, 0, 1.5)).toBe(false);
  });

  it("marks a report overdue only after its last day and only while due", () => {
    expect(isReportOverdue("REPORT_DUE", "2026-03-01", "2026-03-02")).toBe(true);
    expect(isReportOverdue("REPORT_DUE", "2026-03-02", "2026-03-02")).toBe(false);
    expect(isReportOverdue("REPORT_RECEIVED", "2026-03-01", "2026-03-02")).toBe(false);
    expect(isReportOverdue("REPORT_DUE", null, "2026-03-02")).toBe(false);
  });
});
