import "server-only";
import { type Actor, requirePermission } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { parseInput } from "@/server/validation";
import { type Channel, CHANNELS, listChannelVariantsSchema } from "./schema";
import { lastSavedBy } from "./service";

export interface ChannelVariantView {
  id: string;
  text: string;
  version: number;
  updatedAt: Date;
  approvedAt: Date | null;
  approvedBy: { id: string; name: string } | null;
  /** Who saved it last (the four-eyes rule), from the audit log. */
  lastSavedById: string | null;
}

export type ChannelVariantsOfRelease = Awaited<ReturnType<typeof listChannelVariants>>;

/** The release's status and its three channels in a fixed order (SMS, social, radio), each the variant or null. */
export async function listChannelVariants(actor: Actor | null, pressReleaseId: unknown) {
  requirePermission(actor, "pressRelease.view");
  const input = parseInput(listChannelVariantsSchema, { pressReleaseId });
  const release = await db.pressRelease.findUnique({ where: { id: input.pressReleaseId }, select: { id: true, status: true } });
  if (!release) throw new NotFoundError();
  const rows = await db.channelVariant.findMany({
    where: { pressReleaseId: release.id },
    select: { id: true, channel: true, text: true, version: true, updatedAt: true, approvedAt: true, approvedById: true },
  });
  // approvedById has no relation in the schema: the approvers' names are one extra query.
  const approverIds = [...new Set(rows.map((row) => row.approvedById).filter((id): id is string => id !== null))];
  const approvers = approverIds.length ? await db.user.findMany({ where: { id: { in: approverIds } }, select: { id: true, name: true } }) : [];
  const nameOf = new Map(approvers.map((user) => [user.id, user]));
  const savedBy = new Map(await Promise.all(rows.map(async (row) => [row.id, await lastSavedBy(db, row.id)] as const)));

  const byChannel = new Map(rows.map((row) => [row.channel as Channel, row]));
  return {
    pressReleaseId: release.id,
    releaseStatus: release.status,
    channels: CHANNELS.map((channel) => {
      const row = byChannel.get(channel);
      const variant: ChannelVariantView | null = row
        ? {
            id: row.id,
            text: row.text,
            version: row.version,
            updatedAt: row.updatedAt,
            approvedAt: row.approvedAt,
            approvedBy: row.approvedById ? (nameOf.get(row.approvedById) ?? { id: row.approvedById, name: "" }) : null,
            lastSavedById: savedBy.get(row.id) ?? null,
          }
        : null;
      return { channel, variant };
    }),
  };
}
