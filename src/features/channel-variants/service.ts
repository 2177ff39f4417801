import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { writeAudit } from "@/server/audit";
import { type Actor, requirePermission } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { ConflictError, ForbiddenError, NotFoundError, PreconditionError, ValidationError } from "@/server/errors";
import { parseInput } from "@/server/validation";
import { variantApprovalDecision } from "./policy";
import { approveChannelVariantSchema, channelTextIssue, saveChannelVariantSchema, variantsAllowedFor } from "./schema";

type Tx = Prisma.TransactionClient;

export const VARIANT_ENTITY = "ChannelVariant";
export const SAVE_ACTION = "channelVariant.save";
export const APPROVE_ACTION = "channelVariant.approve";

const variantSelect = {
  id: true,
  pressReleaseId: true,
  channel: true,
  text: true,
  approvedById: true,
  approvedAt: true,
  version: true,
  updatedAt: true,
} as const satisfies Prisma.ChannelVariantSelect;
type VariantState = Prisma.ChannelVariantGetPayload<{ select: typeof variantSelect }>;

function result(variant: VariantState) {
  return { id: variant.id, pressReleaseId: variant.pressReleaseId, channel: variant.channel, version: variant.version, approved: variant.approvedAt !== null };
}

/**
 * Creates or updates the variant of one channel of a release that is APPROVED, SCHEDULED or PUBLISHED.
 * An update needs the version the editor started from (stale or missing → "staleVersion", the form keeps
 * the text). A changed text clears an earlier approval of the variant: what was approved is what goes out.
 * Saving the same text again changes nothing (and keeps the approval).
 */
export async function saveChannelVariant(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "pressRelease.draft");
  const input = parseInput(saveChannelVariantSchema, rawInput);
  const issue = channelTextIssue(input.channel, input.text);
  if (issue) throw new ValidationError({ text: [issue] });
  try {
    return await db.$transaction(async (tx) => {
      await requireVariantRelease(tx, input.pressReleaseId);
      const current = await tx.channelVariant.findUnique({
        where: { pressReleaseId_channel: { pressReleaseId: input.pressReleaseId, channel: input.channel } },
        select: variantSelect,
      });
      if (!current) {
        const created = await tx.channelVariant.create({
          data: { pressReleaseId: input.pressReleaseId, channel: input.channel, text: input.text },
          select: variantSelect,
        });
        await writeAudit(tx, { actorId: actor.id, action: SAVE_ACTION, entityType: VARIANT_ENTITY, entityId: created.id, after: created });
        return result(created);
      }
      // Someone created or changed the variant since this editor was opened.
      if (input.version === undefined || input.version !== current.version) throw new ConflictError("staleVersion");
      if (input.text === current.text) return result(current);
      const { count } = await tx.channelVariant.updateMany({
        where: { id: current.id, version: current.version },
        data: { text: input.text, approvedById: null, approvedAt: null, version: { increment: 1 } },
      });
      if (count === 0) throw new ConflictError("staleVersion");
      const after = await tx.channelVariant.findUniqueOrThrow({ where: { id: current.id }, select: variantSelect });
      await writeAudit(tx, {
        actorId: actor.id,
        action: SAVE_ACTION,
        entityType: VARIANT_ENTITY,
        entityId: current.id,
        before: current,
        after: { ...after, ...(current.approvedAt ? { approvalCleared: true } : {}) },
      });
      return result(after);
    });
  } catch (error) {
    // Two first saves of the same channel at once: the second one lost the race, like a stale version.
    if ((error as { code?: unknown } | null)?.code === "P2002") throw new ConflictError("staleVersion");
    throw error;
  }
}

/**
 * Approves one variant (each channel on its own). Four eyes (policy.ts): the last person who saved it may
 * not approve it unless they hold pressRelease.publish; that exception is recorded as `selfApproved`.
 */
export async function approveChannelVariant(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "pressRelease.approve");
  const input = parseInput(approveChannelVariantSchema, rawInput);
  return db.$transaction(async (tx) => {
    const current = await tx.channelVariant.findUnique({ where: { id: input.id }, select: variantSelect });
    if (!current) throw new NotFoundError();
    await requireVariantRelease(tx, current.pressReleaseId);
    if (current.version !== input.version) throw new ConflictError("staleVersion");
    if (current.approvedAt) throw new PreconditionError("channelVariantAlreadyApproved");
    const decision = variantApprovalDecision(actor, await lastSavedBy(tx, current.id));
    if (decision === "forbidden") throw new ForbiddenError();
    if (decision === "cannotApproveOwn") throw new PreconditionError("cannotApproveOwnVariant");
    const { count } = await tx.channelVariant.updateMany({
      where: { id: current.id, version: current.version, approvedAt: null },
      data: { approvedById: actor.id, approvedAt: new Date(), version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("staleVersion");
    const after = await tx.channelVariant.findUniqueOrThrow({ where: { id: current.id }, select: variantSelect });
    await writeAudit(tx, {
      actorId: actor.id,
      action: APPROVE_ACTION,
      entityType: VARIANT_ENTITY,
      entityId: current.id,
      before: current,
      after: { ...after, ...(decision === "selfApproved" ? { selfApproved: true } : {}) },
    });
    return { ...result(after), selfApproved: decision === "selfApproved" };
  });
}

// ---------------------------------------------------------------------------------------------------

/**
 * The release must exist and be APPROVED, SCHEDULED or PUBLISHED. The row is read FOR SHARE, so that the
 * release cannot go back to DRAFT (an edit) while this transaction writes its variant.
 */
async function requireVariantRelease(tx: Tx, pressReleaseId: string) {
  const rows = await tx.$queryRaw<Array<{ status: string }>>`
    SELECT "status"::text AS "status" FROM "PressRelease" WHERE "id" = ${pressReleaseId}::uuid FOR SHARE`;
  if (rows.length === 0) throw new NotFoundError();
  if (!variantsAllowedFor(rows[0].status)) throw new PreconditionError("releaseWrongStatus");
}

/**
 * Who saved the variant last. ChannelVariant has no "updated by" column (prisma/ is not this module's),
 * so the append-only audit log answers; the save and its audit entry commit together, so it is exact.
 */
export async function lastSavedBy(tx: Pick<Tx, "auditLog">, variantId: string): Promise<string | null> {
  const entry = await tx.auditLog.findFirst({
    where: { entityType: VARIANT_ENTITY, entityId: variantId, action: SAVE_ACTION },
    orderBy: { id: "desc" },
    select: { actorId: true },
  });
  return entry?.actorId ?? null;
}
