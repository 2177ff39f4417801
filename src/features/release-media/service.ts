import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { visibleWhere } from "@/features/press-releases/policy";
import { writeAudit } from "@/server/audit";
import { type Actor, requirePermission } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { ForbiddenError, NotFoundError, ValidationError } from "@/server/errors";
import { parseInput } from "@/server/validation";
import { canManageMedia } from "./policy";
import { removeReleaseFileSchema, updateReleaseFileSchema, uploadReleaseFileSchema } from "./schema";
import { storageKeysOf } from "./storage-keys";
import { prepareUpload, putAll, removeQuietly } from "./upload";

type Tx = Prisma.TransactionClient;
const ENTITY = "MediaFile";

/** What the audit entries show of a file (no bytes, no storage path). */
const fileSelect = {
  id: true,
  pressReleaseId: true,
  kind: true,
  storageKey: true,
  fileName: true,
  mimeType: true,
  byteSize: true,
  width: true,
  height: true,
  caption: true,
  credit: true,
  altText: true,
  position: true,
} as const satisfies Prisma.MediaFileSelect;

/**
 * Adds a photo or a PDF attachment to a release. The type is read from the bytes (file-type.ts);
 * photos are re-encoded (image.ts: no metadata, upright, full size + web size). The files are written
 * first, then the row and its audit entry commit together; if the transaction fails, the files are
 * removed again, so no row points to a missing file and (barring a crash in between) no file is orphaned.
 */
export async function uploadReleaseFile(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "pressRelease.draft");
  const input = parseUpload(rawInput);
  await requireManageableRelease(db, actor, input.pressReleaseId);

  const { stored, data } = await prepareUpload(input.file, input.kind);
  try {
    await putAll(stored);
    return await db.$transaction(async (tx) => {
      // Read again inside the transaction: the release may have moved on while the image was processed.
      await requireManageableRelease(tx, actor, input.pressReleaseId);
      const last = await tx.mediaFile.aggregate({ where: { pressReleaseId: input.pressReleaseId, kind: input.kind }, _max: { position: true } });
      const row = await tx.mediaFile.create({
        data: {
          ...data,
          pressReleaseId: input.pressReleaseId,
          kind: input.kind,
          caption: input.caption ?? null,
          credit: input.credit ?? null,
          altText: input.altText ?? null,
          position: (last._max.position ?? -1) + 1,
          uploadedById: actor.id,
        },
        select: fileSelect,
      });
      await writeAudit(tx, { actorId: actor.id, action: "releaseMedia.upload", entityType: ENTITY, entityId: row.id, after: row });
      return row;
    });
  } catch (error) {
    await removeQuietly(stored.map((file) => file.key));
    throw error;
  }
}

/** Caption, credit, alt text and order; a photo keeps a non-empty alt text. */
export async function updateReleaseFile(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "pressRelease.draft");
  const input = parseInput(updateReleaseFileSchema, rawInput);
  return db.$transaction(async (tx) => {
    const current = await requireManageableFile(tx, actor, input.id);
    if (current.kind === "PHOTO" && !input.altText) throw new ValidationError({ altText: [{ key: "altTextRequired" }] });
    const after = await tx.mediaFile.update({
      where: { id: current.id },
      data: {
        caption: input.caption ?? null,
        credit: input.credit ?? null,
        altText: input.altText ?? null,
        ...(input.position !== undefined ? { position: input.position } : {}),
      },
      select: fileSelect,
    });
    await writeAudit(tx, { actorId: actor.id, action: "releaseMedia.update", entityType: ENTITY, entityId: current.id, before: current, after });
    return after;
  });
}

/** Deletes the row (audited); the stored files are removed after the commit. */
export async function removeReleaseFile(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "pressRelease.draft");
  const input = parseInput(removeReleaseFileSchema, rawInput);
  const removed = await db.$transaction(async (tx) => {
    const current = await requireManageableFile(tx, actor, input.id);
    await tx.mediaFile.delete({ where: { id: current.id } });
    await writeAudit(tx, { actorId: actor.id, action: "releaseMedia.remove", entityType: ENTITY, entityId: current.id, before: current });
    return current;
  });
  // A failure here leaves an unreferenced file (logged), never a row without its file.
  await removeQuietly(storageKeysOf(removed.storageKey));
  return { id: removed.id, pressReleaseId: removed.pressReleaseId };
}

// ---------------------------------------------------------------------------------------------------

function parseUpload(rawInput: unknown) {
  const input = parseInput(uploadReleaseFileSchema, rawInput);
  // Alt text describes the photo to those who cannot see it (WCAG 1.1.1): required for photos.
  if (input.kind === "PHOTO" && !input.altText) throw new ValidationError({ altText: [{ key: "altTextRequired" }] });
  return input;
}

async function requireManageableRelease(client: Tx | typeof db, actor: Actor, pressReleaseId: string) {
  const release = await client.pressRelease.findFirst({ where: { id: pressReleaseId, ...visibleWhere(actor) }, select: { id: true, authorId: true, status: true } });
  if (!release) throw new NotFoundError();
  if (!canManageMedia(actor, release)) throw new ForbiddenError();
  return release;
}

async function requireManageableFile(tx: Tx, actor: Actor, id: string) {
  const file = await tx.mediaFile.findFirst({ where: { id, pressRelease: { is: visibleWhere(actor) } }, select: fileSelect });
  if (!file?.pressReleaseId) throw new NotFoundError();
  await requireManageableRelease(tx, actor, file.pressReleaseId);
  return file;
}
