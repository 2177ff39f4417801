// The record-level rules of a protocol visit, pure (unit-tested); service.ts enforces the same functions
// and the page asks `allowedActions` which buttons to show.
import type { VisitStatus } from "./schema";

/** Where each status may go. CONFIRMED may be reopened (→ PLANNED) when something changes. */
export const TRANSITIONS: Record<VisitStatus, readonly VisitStatus[]> = {
  DRAFT: ["PLANNED", "CANCELLED"],
  PLANNED: ["CONFIRMED", "DRAFT", "CANCELLED"],
  CONFIRMED: ["COMPLETED", "PLANNED", "CANCELLED"],
  COMPLETED: [],
  CANCELLED: [],
};

export interface VisitFacts {
  status: VisitStatus;
  /** The first day ("YYYY-MM-DD", the city's calendar). */
  startDate: string;
  programmeCount: number;
  guestCount: number;
  requestedBookings: number;
}

/**
 * Null when the step is allowed, else the message key (errors.*) that says why not:
 * - CONFIRMED needs at least one delegation member, at least one programme item and no booking still
 *   REQUESTED (a confirmed visit is one whose logistics are confirmed: the hotel and the interpreter said yes);
 * - COMPLETED only from its first day on (`today` in the city's calendar).
 */
export function transitionRefusal(facts: VisitFacts, to: VisitStatus, today: string): string | null {
  if (!TRANSITIONS[facts.status].includes(to)) return "visitWrongStatus";
  if (to === "CONFIRMED") {
    if (facts.guestCount === 0) return "visitNoGuests";
    if (facts.programmeCount === 0) return "visitNoProgramme";
    if (facts.requestedBookings > 0) return "visitBookingsUnconfirmed";
  }
  if (to === "COMPLETED" && today < facts.startDate) return "visitNotStarted";
  return null;
}

/** Overview, guests, programme and bookings change until the visit is completed or cancelled. */
export function canEditPlan(status: VisitStatus): boolean {
  return status === "DRAFT" || status === "PLANNED" || status === "CONFIRMED";
}

/** Gifts, expenses, briefing and files are also recorded after the visit (the invoices come later). */
export function canEditRecords(status: VisitStatus): boolean {
  return status !== "CANCELLED";
}

/** The report is written after the visit. */
export function canWriteReport(status: VisitStatus): boolean {
  return status === "COMPLETED";
}

export function allowedActions(facts: VisitFacts, today: string) {
  return {
    transitions: TRANSITIONS[facts.status].map((to) => ({ to, refusal: transitionRefusal(facts, to, today) })),
    editPlan: canEditPlan(facts.status),
    editRecords: canEditRecords(facts.status),
    writeReport: canWriteReport(facts.status),
  };
}
