import "server-only";
import { randomUUID } from "node:crypto";
import { type Actor, can } from "@/server/authz/permissions";
import { getDistributionStatus, listDistributionTargets } from "../queries";
import { DistributionPanel } from "./distribution-panel";

/**
 * For the press-release detail page: loads the release's distributions (and, for those who may send,
 * the lists and contacts to choose from) and renders the client panel. Renders nothing for roles that
 * may see neither.
 */
export async function DistributionSection({ actor, pressReleaseId }: { actor: Actor; pressReleaseId: string }) {
  if (!can(actor, "pressRelease.view") || !can(actor, "contact.view")) return null;
  const canDistribute = can(actor, "pressRelease.distribute");
  const [distributions, targets] = await Promise.all([
    getDistributionStatus(actor, pressReleaseId),
    canDistribute ? listDistributionTargets(actor) : Promise.resolve(null),
  ]);
  return (
    <DistributionPanel
      pressReleaseId={pressReleaseId}
      distributions={distributions}
      targets={targets}
      canDistribute={canDistribute}
      // A fresh key per render: a double click makes one distribution, a later deliberate one is new.
      idempotencyKey={randomUUID()}
    />
  );
}
