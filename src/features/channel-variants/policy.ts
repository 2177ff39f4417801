// Record-level rules of channel variants, pure (no database): the service enforces them, the section uses
// them to decide which buttons to show.
import { type Actor, can } from "@/server/authz/permissions";
import { variantsAllowedFor } from "./schema";

type PolicyActor = Pick<Actor, "id" | "roles">;

export type VariantApprovalDecision = "allowed" | "selfApproved" | "cannotApproveOwn" | "forbidden";

/**
 * Four eyes, loosely mirroring the release rule: whoever saved the variant last may not approve it —
 * except the spokesperson (pressRelease.publish), who answers for what goes out anyway; the service then
 * records `selfApproved: true` in the audit entry. Unlike releases this does not depend on the office
 * setting `spokespersonMayPublishOwn`: a variant is a short derivative of a release that was already
 * approved under four eyes, and the SMS/radio desk is often one person on duty.
 */
export function variantApprovalDecision(actor: PolicyActor | null, lastSavedById: string | null): VariantApprovalDecision {
  if (!actor || !can(actor, "pressRelease.approve")) return "forbidden";
  if (lastSavedById !== actor.id) return "allowed";
  return can(actor, "pressRelease.publish") ? "selfApproved" : "cannotApproveOwn";
}

export function canSaveVariant(actor: PolicyActor | null, releaseStatus: string): boolean {
  return can(actor, "pressRelease.draft") && variantsAllowedFor(releaseStatus);
}

export function canApproveVariant(
  actor: PolicyActor | null,
  releaseStatus: string,
  variant: { approvedAt: Date | string | null; lastSavedById: string | null } | null,
): boolean {
  if (!variant || variant.approvedAt || !variantsAllowedFor(releaseStatus)) return false;
  const decision = variantApprovalDecision(actor, variant.lastSavedById);
  return decision === "allowed" || decision === "selfApproved";
}
