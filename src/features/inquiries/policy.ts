// Record-level rules of the inquiry desk, in one place: the service enforces them, the pages use them
// to show buttons. Pure functions (no database, no clock), unit-tested as a table.
import { type Actor, can } from "@/server/authz/permissions";
import { DONE_STATUSES, type InquiryStatus } from "./schema";

type PolicyActor = Pick<Actor, "id" | "roles">;

/** The workflow: from which statuses a step may be taken, and where it leads (null: stays). */
export const TRANSITIONS = {
  edit: { from: ["NEW", "IN_PROGRESS", "WAITING_FOR_DEPARTMENT"], to: null },
  assign: { from: ["NEW", "IN_PROGRESS", "WAITING_FOR_DEPARTMENT"], to: "IN_PROGRESS" },
  consult: { from: ["NEW", "IN_PROGRESS", "WAITING_FOR_DEPARTMENT"], to: "WAITING_FOR_DEPARTMENT" },
  /** Back to IN_PROGRESS once no consultation is open (the service decides). */
  consultationResponse: { from: ["IN_PROGRESS", "WAITING_FOR_DEPARTMENT"], to: null },
  draft: { from: ["NEW", "IN_PROGRESS", "WAITING_FOR_DEPARTMENT"], to: null },
  approve: { from: ["IN_PROGRESS", "WAITING_FOR_DEPARTMENT"], to: null },
  send: { from: ["IN_PROGRESS", "WAITING_FOR_DEPARTMENT"], to: "ANSWERED" },
  recordGiven: { from: ["IN_PROGRESS", "WAITING_FOR_DEPARTMENT"], to: "ANSWERED" },
  /** The answer e-mail failed: a person sends it again (perhaps to a corrected address). */
  resend: { from: ["ANSWERED"], to: null },
  close: { from: ["ANSWERED"], to: "CLOSED" },
  link: { from: ["NEW", "IN_PROGRESS", "WAITING_FOR_DEPARTMENT", "ANSWERED", "CLOSED"], to: null },
} as const satisfies Record<string, { from: readonly InquiryStatus[]; to: InquiryStatus | null }>;

export type InquiryAction = keyof typeof TRANSITIONS;

export function isAllowedFrom(action: InquiryAction, status: InquiryStatus): boolean {
  return (TRANSITIONS[action].from as readonly InquiryStatus[]).includes(status);
}

/** The status after a step: assigning or drafting a NEW inquiry starts the work. */
export function statusAfter(action: InquiryAction, status: InquiryStatus): InquiryStatus {
  if (action === "draft" && status === "NEW") return "IN_PROGRESS";
  if (action === "assign" && status !== "NEW") return status;
  return TRANSITIONS[action].to ?? status;
}

/** Who stands in for the spokesperson, from the office settings (seed 000). */
export interface StandInSettings {
  spokespersonAway: boolean;
  /** "YYYY-MM-DD" or "" (no limit). */
  awayFrom: string;
  awayUntil: string;
  /** A user id or "" (then the head of office answers). */
  inquiryStandInId: string;
}

/** Is the spokesperson away on `today` ("YYYY-MM-DD" in the city's calendar)? */
export function isSpokespersonAway(settings: StandInSettings, today: string): boolean {
  if (!settings.spokespersonAway) return false;
  if (settings.awayFrom && today < settings.awayFrom) return false;
  if (settings.awayUntil && today > settings.awayUntil) return false;
  return true;
}

/**
 * Who answers a new inquiry: while the spokesperson is away, the named stand-in, else the head of
 * office; otherwise the chosen owner, else the person logging it.
 */
export function defaultOwner(options: { away: boolean; standInId: string | null; headId: string | null; chosenOwnerId?: string; actorId: string }): {
  ownerId: string;
  standInId: string | null;
} {
  if (options.away) {
    const standIn = options.standInId ?? options.headId;
    return { ownerId: options.chosenOwnerId ?? standIn ?? options.actorId, standInId: standIn };
  }
  return { ownerId: options.chosenOwnerId ?? options.actorId, standInId: null };
}

/** Logging, editing, assigning, consulting and drafting: the desk's staff. */
export function canManage(actor: PolicyActor | null): boolean {
  return can(actor, "inquiry.manage");
}

/**
 * Approving and giving the answer: the spokesperson or the head of office (inquiry.approve); while the
 * spokesperson is away, also the inquiry's stand-in.
 */
export function canApprove(actor: PolicyActor | null, inquiry: { standInId: string | null }, away: boolean): boolean {
  if (!actor) return false;
  if (can(actor, "inquiry.approve")) return true;
  return away && canManage(actor) && inquiry.standInId === actor.id;
}

export interface InquiryForPolicy {
  status: InquiryStatus;
  standInId: string | null;
  answerDraft: string | null;
  answerApprovedAt: Date | null;
  sentStatus?: "QUEUED" | "SENT" | "FAILED" | null;
}

/** What the actor may do next: the buttons the detail page shows. */
export function allowedActions(actor: PolicyActor | null, inquiry: InquiryForPolicy, away: boolean): InquiryAction[] {
  const manage = canManage(actor);
  const approve = canApprove(actor, inquiry, away);
  const hasDraft = Boolean(inquiry.answerDraft?.trim());
  const approved = hasDraft && inquiry.answerApprovedAt !== null;
  const checks: Record<InquiryAction, boolean> = {
    edit: manage,
    assign: manage,
    consult: manage,
    consultationResponse: manage,
    draft: manage,
    approve: approve && hasDraft && !approved,
    send: approve && approved,
    recordGiven: approve && hasDraft,
    resend: approve && inquiry.sentStatus === "FAILED",
    close: manage,
    link: manage,
  };
  return (Object.keys(checks) as InquiryAction[]).filter((action) => checks[action] && isAllowedFrom(action, inquiry.status));
}

/** Overdue: the deadline has passed and the inquiry is not answered yet. */
export function isOverdue(inquiry: { status: InquiryStatus; deadline: Date }, now: Date): boolean {
  return !DONE_STATUSES.includes(inquiry.status) && inquiry.deadline.getTime() < now.getTime();
}
