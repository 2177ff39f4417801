// The record-level rules of an event, pure (unit-tested); service.ts enforces the same functions and the
// page asks `allowedActions` which buttons to show.
import type { EventStatus } from "./schema";

export const TRANSITIONS: Record<EventStatus, readonly EventStatus[]> = {
  IDEA: ["PLANNED", "CANCELLED"],
  PLANNED: ["CONFIRMED", "IDEA", "CANCELLED"],
  CONFIRMED: ["HELD", "PLANNED", "CANCELLED"],
  HELD: ["EVALUATED"],
  EVALUATED: [],
  CANCELLED: [],
};

export interface EventFacts {
  status: EventStatus;
  /** First day ("YYYY-MM-DD", the city's calendar). */
  startDate: string;
  /** Planned budget total (haléře) and what the head approved, if anything. */
  plannedMinor: number;
  approvedMinor: number | null;
  /** The office limit in haléře above which the head approves the budget. */
  limitMinor: number;
  evaluationNote: string;
}

/** The budget needs the head's approval: the planned total is above the limit and not approved at (at least) that amount. */
export function budgetNeedsApproval(facts: Pick<EventFacts, "plannedMinor" | "approvedMinor" | "limitMinor">): boolean {
  return facts.plannedMinor > facts.limitMinor && (facts.approvedMinor === null || facts.approvedMinor < facts.plannedMinor);
}

/**
 * Null when the step is allowed, else the message key (errors.*) that says why not:
 * - CONFIRMED needs an approved budget when it is above the limit;
 * - HELD only from the first day on;
 * - EVALUATED needs the evaluation note.
 */
export function transitionRefusal(facts: EventFacts, to: EventStatus, today: string): string | null {
  if (!TRANSITIONS[facts.status].includes(to)) return "eventWrongStatus";
  if (to === "CONFIRMED" && budgetNeedsApproval(facts)) return "eventBudgetNotApproved";
  if (to === "HELD" && today < facts.startDate) return "eventNotStarted";
  if (to === "EVALUATED" && facts.evaluationNote.trim() === "") return "eventNoEvaluation";
  return null;
}

/** Overview, programme, people and tasks change until the event is evaluated or cancelled. */
export function canEditPlan(status: EventStatus): boolean {
  return status === "IDEA" || status === "PLANNED" || status === "CONFIRMED" || status === "HELD";
}
/** Budget lines, items, photos and links are recorded also after the event (invoices come later). */
export function canEditRecords(status: EventStatus): boolean {
  return status !== "CANCELLED";
}
/** Evaluation and the chronicle entry: once held. */
export function canEvaluate(status: EventStatus): boolean {
  return status === "HELD" || status === "EVALUATED";
}

export function allowedActions(facts: EventFacts, today: string) {
  return {
    transitions: TRANSITIONS[facts.status].map((to) => ({ to, refusal: transitionRefusal(facts, to, today) })),
    editPlan: canEditPlan(facts.status),
    editRecords: canEditRecords(facts.status),
    evaluate: canEvaluate(facts.status),
    needsApproval: budgetNeedsApproval(facts),
  };
}
