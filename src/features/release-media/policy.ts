// Who may add, change and remove a release's photos and attachments. Pure functions, unit-tested.
import { canEdit, type ReleaseForPolicy } from "@/features/press-releases/policy";
import { type Actor, can } from "@/server/authz/permissions";

type PolicyActor = Pick<Actor, "id" | "roles">;

/**
 * Media follow the text: whoever may edit the release (policy.canEdit: the author their own draft, the
 * spokesperson any release before publication) manages its media. A PUBLISHED release's media are
 * managed by the spokesperson (pressRelease.publish) — like a correction of the text. Scheduled and
 * withdrawn releases' media are fixed.
 */
export function canManageMedia(actor: PolicyActor | null, release: ReleaseForPolicy): boolean {
  if (!actor || !can(actor, "pressRelease.draft")) return false;
  if (canEdit(actor, release)) return true;
  return release.status === "PUBLISHED" && can(actor, "pressRelease.publish");
}
