import "server-only";
import { storageKeysOf } from "@/features/release-media/storage-keys";
import { prepareUpload, putAll, removeQuietly } from "@/features/release-media/upload";
import { writeAudit } from "@/server/audit";
import { type Actor, requirePermission } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { parseInput } from "@/server/validation";
import { removeDocumentSchema, uploadDocumentSchema } from "./schema";

// An application's documents (the form, the budget, the final report): PDFs checked and stored exactly
// like a release's attachments (release-media/upload.ts), one MediaFile row owned by the application
// (MediaFile.grantApplicationId; the one-owner CHECK names it). Staff with grant.view download them
// through /media/<id> (findStaffFile); they are never public.

const fileSelect = { id: true, grantApplicationId: true, kind: true, storageKey: true, fileName: true, mimeType: true, byteSize: true } as const;

export async function uploadGrantDocument(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "grant.manage");
  const input = parseInput(uploadDocumentSchema, rawInput);
  if (!(await db.grantApplication.findUnique({ where: { id: input.grantApplicationId }, select: { id: true } }))) throw new NotFoundError();
  const { stored, data } = await prepareUpload(input.file, "ATTACHMENT");
  try {
    await putAll(stored);
    return await db.$transaction(async (tx) => {
      if (!(await tx.grantApplication.findUnique({ where: { id: input.grantApplicationId }, select: { id: true } }))) throw new NotFoundError();
      const last = await tx.mediaFile.aggregate({ where: { grantApplicationId: input.grantApplicationId }, _max: { position: true } });
      const row = await tx.mediaFile.create({
        data: { ...data, grantApplicationId: input.grantApplicationId, kind: "ATTACHMENT", position: (last._max.position ?? -1) + 1, uploadedById: actor.id },
        select: fileSelect,
      });
      await writeAudit(tx, { actorId: actor.id, action: "grant.documentUpload", entityType: "MediaFile", entityId: row.id, after: row });
      return { id: input.grantApplicationId, fileId: row.id };
    });
  } catch (error) {
    await removeQuietly(stored.map((file) => file.key));
    throw error;
  }
}

export async function removeGrantDocument(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "grant.manage");
  const input = parseInput(removeDocumentSchema, rawInput);
  const removed = await db.$transaction(async (tx) => {
    const current = await tx.mediaFile.findFirst({ where: { id: input.id, grantApplicationId: { not: null } }, select: fileSelect });
    if (!current?.grantApplicationId) throw new NotFoundError();
    await tx.mediaFile.delete({ where: { id: current.id } });
    await writeAudit(tx, { actorId: actor.id, action: "grant.documentRemove", entityType: "MediaFile", entityId: current.id, before: current });
    return current;
  });
  await removeQuietly(storageKeysOf(removed.storageKey));
  return { id: removed.grantApplicationId as string, fileId: removed.id };
}
