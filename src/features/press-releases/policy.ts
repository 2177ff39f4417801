// Record-level rules of press releases, in one place: every read and write of the module uses them.
// Pure functions (no database), so the rules are unit-tested as a table.
import type { Prisma } from "@/generated/prisma/client";
import { type Actor, can } from "@/server/authz/permissions";
import type { ReleaseStatus } from "./schema";

export interface OfficeSettingsForPolicy {
  spokespersonMayPublishOwn: boolean;
}

/** What the rules need to know about a release. */
export interface ReleaseForPolicy {
  authorId: string;
  status: ReleaseStatus;
}

type PolicyActor = Pick<Actor, "id" | "roles">;

/** The workflow: which step leads from which status to which. */
export const TRANSITIONS = {
  edit: { from: ["DRAFT", "CHANGES_REQUESTED", "IN_REVIEW", "APPROVED"], to: null },
  submit: { from: ["DRAFT", "CHANGES_REQUESTED"], to: "IN_REVIEW" },
  requestChanges: { from: ["IN_REVIEW"], to: "CHANGES_REQUESTED" },
  approve: { from: ["IN_REVIEW"], to: "APPROVED" },
  schedule: { from: ["APPROVED", "SCHEDULED"], to: "SCHEDULED" },
  publish: { from: ["APPROVED", "SCHEDULED"], to: "PUBLISHED" },
  withdraw: { from: ["PUBLISHED"], to: "WITHDRAWN" },
  correct: { from: ["PUBLISHED"], to: "PUBLISHED" },
  comment: { from: ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED", "SCHEDULED", "PUBLISHED", "WITHDRAWN"], to: null },
} as const satisfies Record<string, { from: readonly ReleaseStatus[]; to: ReleaseStatus | null }>;

export type ReleaseAction = keyof typeof TRANSITIONS;

/** The steps the workflow allows from a status (who may take them is decided by the functions below). */
export function allowedTransitions(status: ReleaseStatus): ReleaseAction[] {
  return (Object.keys(TRANSITIONS) as ReleaseAction[]).filter((action) => isAllowedFrom(action, status));
}

export function isAllowedFrom(action: ReleaseAction, status: ReleaseStatus): boolean {
  return (TRANSITIONS[action].from as readonly ReleaseStatus[]).includes(status);
}

/** Staff who may see releases see all of them; the one place to narrow it later (e.g. by department). */
export function visibleWhere(actor: PolicyActor | null): Prisma.PressReleaseWhereInput {
  if (!can(actor, "pressRelease.view")) return { id: { in: [] } };
  return {};
}

/**
 * Authors edit their own DRAFT or CHANGES_REQUESTED release. The spokesperson (pressRelease.publish)
 * edits any release before publication, also one IN_REVIEW or APPROVED; editing an APPROVED release
 * sends it back to DRAFT and clears the approval (the service does that), so nothing unapproved goes out.
 */
export function canEdit(actor: PolicyActor | null, release: ReleaseForPolicy): boolean {
  if (!actor) return false;
  if (can(actor, "pressRelease.publish") && isAllowedFrom("edit", release.status)) return true;
  return can(actor, "pressRelease.draft") && release.authorId === actor.id && (release.status === "DRAFT" || release.status === "CHANGES_REQUESTED");
}

export function canSubmit(actor: PolicyActor | null, release: ReleaseForPolicy): boolean {
  return isAllowedFrom("submit", release.status) && canEdit(actor, release);
}

export type ApprovalDecision = "allowed" | "selfApproved" | "cannotApproveOwn" | "forbidden";

/**
 * Four eyes: nobody approves their own release. The one exception, when the office setting
 * `spokespersonMayPublishOwn` is on: the spokesperson (pressRelease.publish) may approve their own;
 * the service writes `selfApproved: true` into the audit entry. Status is checked separately.
 */
export function approvalDecision(actor: PolicyActor | null, release: ReleaseForPolicy, settings: OfficeSettingsForPolicy): ApprovalDecision {
  if (!actor || !can(actor, "pressRelease.approve")) return "forbidden";
  if (release.authorId !== actor.id) return "allowed";
  if (settings.spokespersonMayPublishOwn && can(actor, "pressRelease.publish")) return "selfApproved";
  return "cannotApproveOwn";
}

export function canApprove(actor: PolicyActor | null, release: ReleaseForPolicy, settings: OfficeSettingsForPolicy): boolean {
  const decision = approvalDecision(actor, release, settings);
  return isAllowedFrom("approve", release.status) && (decision === "allowed" || decision === "selfApproved");
}

/** Asking for changes is a reviewer's step; on one's own release it is pointless, and refused alike. */
export function canRequestChanges(actor: PolicyActor | null, release: ReleaseForPolicy, settings: OfficeSettingsForPolicy): boolean {
  return canApprove(actor, release, settings);
}

/** Scheduling, publishing, withdrawing and correcting belong to the spokesperson (after approval). */
export function canPublish(actor: PolicyActor | null, release: ReleaseForPolicy, action: "schedule" | "publish" | "withdraw" | "correct"): boolean {
  return can(actor, "pressRelease.publish") && isAllowedFrom(action, release.status);
}

export function canComment(actor: PolicyActor | null): boolean {
  return can(actor, "pressRelease.comment");
}

/** What the actor may do next with the release: the buttons the detail page shows. */
export function allowedActions(actor: PolicyActor | null, release: ReleaseForPolicy, settings: OfficeSettingsForPolicy): ReleaseAction[] {
  const checks: Record<ReleaseAction, boolean> = {
    edit: canEdit(actor, release),
    submit: canSubmit(actor, release),
    requestChanges: isAllowedFrom("requestChanges", release.status) && canRequestChanges(actor, release, settings),
    approve: canApprove(actor, release, settings),
    schedule: canPublish(actor, release, "schedule"),
    publish: canPublish(actor, release, "publish"),
    withdraw: canPublish(actor, release, "withdraw"),
    correct: canPublish(actor, release, "correct"),
    comment: canComment(actor),
  };
  return (Object.keys(checks) as ReleaseAction[]).filter((action) => checks[action]);
}
