// The grant's workflow as pure functions: which step may follow which status, and who may take it.
// The service enforces exactly these; the page asks `allowedSteps` which forms to show.
import type { Permission } from "@/server/authz/permissions";

export const GRANT_STATUSES = ["SUBMITTED", "EVALUATED", "GRANTED", "REJECTED", "REPORT_DUE", "REPORT_RECEIVED", "ACCEPTED", "RETURN_REQUIRED"] as const;
export type GrantStatus = (typeof GRANT_STATUSES)[number];

export const GRANT_STEPS = ["evaluate", "decide", "pay", "receiveReport", "checkReport"] as const;
export type GrantStep = (typeof GRANT_STEPS)[number];

/** From which statuses each step may be taken. */
const FROM: Record<GrantStep, readonly GrantStatus[]> = {
  // An evaluation may be revised until the decision.
  evaluate: ["SUBMITTED", "EVALUATED"],
  decide: ["EVALUATED"],
  // Paid out: the report is now due.
  pay: ["GRANTED"],
  // A corrected report may come after a return was required.
  receiveReport: ["REPORT_DUE", "RETURN_REQUIRED"],
  checkReport: ["REPORT_RECEIVED"],
};

export const STEP_PERMISSION: Record<GrantStep, Permission> = {
  evaluate: "grant.manage",
  decide: "grant.decide",
  pay: "grant.manage",
  receiveReport: "grant.manage",
  checkReport: "grant.manage",
};

/** Where a step leads; `decide` and `checkReport` have two outcomes. */
export function nextStatus(step: GrantStep, outcome?: "GRANTED" | "REJECTED" | "ACCEPTED" | "RETURN_REQUIRED"): GrantStatus {
  switch (step) {
    case "evaluate":
      return "EVALUATED";
    case "decide":
      if (outcome !== "GRANTED" && outcome !== "REJECTED") throw new Error("decide needs GRANTED or REJECTED");
      return outcome;
    case "pay":
      return "REPORT_DUE";
    case "receiveReport":
      return "REPORT_RECEIVED";
    case "checkReport":
      if (outcome !== "ACCEPTED" && outcome !== "RETURN_REQUIRED") throw new Error("checkReport needs ACCEPTED or RETURN_REQUIRED");
      return outcome;
  }
}

export function canTake(step: GrantStep, status: GrantStatus): boolean {
  return FROM[step].includes(status);
}

/** The steps the page offers: possible in this status and allowed to this user. */
export function allowedSteps(status: GrantStatus, has: (permission: Permission) => boolean): GrantStep[] {
  return GRANT_STEPS.filter((step) => canTake(step, status) && has(STEP_PERMISSION[step]));
}

/** Statuses whose amount granted counts against the call's budget. */
export const COUNTS_AGAINST_BUDGET: readonly GrantStatus[] = ["GRANTED", "REPORT_DUE", "REPORT_RECEIVED", "ACCEPTED", "RETURN_REQUIRED"];

/** Would granting `amount` keep the call within its budget, given what is already granted? */
export function fitsBudget(budget: number, alreadyGranted: number, amount: number): boolean {
  return Number.isInteger(amount) && amount >= 0 && alreadyGranted + amount <= budget;
}

/** A report is overdue when it is due, its last day (YYYY-MM-DD) is before today in the city, and none came. */
export function isReportOverdue(status: GrantStatus, reportDue: string | null, today: string): boolean {
  return status === "REPORT_DUE" && reportDue !== null && reportDue < today;
}
