import "server-only";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { type Actor, can } from "@/server/authz/permissions";
import { canApproveVariant, canSaveVariant, variantApprovalDecision } from "../policy";
import { listChannelVariants } from "../queries";
import { variantsAllowedFor } from "../schema";
import { ChannelVariantEditor } from "./channel-variant-editor";

/**
 * For the press-release detail page (inside a Card that gives the heading): the SMS, social and radio
 * variants, each with its live counter, Save and — when this person may — Approve. Renders nothing for
 * roles that may not see releases; before the release is approved it only says when variants come.
 */
export async function ChannelVariantsSection({ actor, pressReleaseId, releaseStatus }: { actor: Actor; pressReleaseId: string; releaseStatus: string }) {
  if (!can(actor, "pressRelease.view")) return null;
  const t = await getTranslations("channelVariants");
  if (!variantsAllowedFor(releaseStatus)) return <p className="text-sm text-slate-600">{t("notYet")}</p>;
  const { channels, releaseStatus: status } = await listChannelVariants(actor, pressReleaseId);
  const canSave = canSaveVariant(actor, status);
  return (
    <section className="space-y-6" aria-label={t("title")}>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      {!variantsAllowedFor(status) && <Notice tone="warning">{t("notYet")}</Notice>}
      {channels.map(({ channel, variant }) => (
        <ChannelVariantEditor
          key={channel}
          pressReleaseId={pressReleaseId}
          channel={channel}
          variant={
            variant && {
              id: variant.id,
              text: variant.text,
              version: variant.version,
              approvedAt: variant.approvedAt,
              approvedByName: variant.approvedBy?.name ?? null,
            }
          }
          canSave={canSave}
          canApprove={canApproveVariant(actor, status, variant)}
          ownApprovalBlocked={!!variant && !variant.approvedAt && variantApprovalDecision(actor, variant.lastSavedById) === "cannotApproveOwn"}
        />
      ))}
    </section>
  );
}
