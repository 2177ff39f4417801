import "server-only";
import { storageKeysOf } from "@/features/release-media/storage-keys";
import { prepareUpload, putAll, removeQuietly } from "@/features/release-media/upload";
import { writeAudit } from "@/server/audit";
import { type Actor, requirePermission } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { parseInput } from "@/server/validation";
import { removeAgreementSchema, uploadAgreementSchema } from "./schema";

// A partnership's documents (the signed agreement): PDFs checked and stored exactly like a release's
// attachments (release-media/upload.ts), one MediaFile row owned by the partner city
// (MediaFile.partnerCityId; the one-owner CHECK covers it). Staff with partnerCity.view download them
// through /media/<id> (release-media/queries.ts findStaffFile); they are never public.

const fileSelect = { id: true, partnerCityId: true, kind: true, storageKey: true, fileName: true, mimeType: true, byteSize: true } as const;

export async function uploadAgreement(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "partnerCity.manage");
  const input = parseInput(uploadAgreementSchema, rawInput);
  if (!(await db.partnerCity.findUnique({ where: { id: input.partnerCityId }, select: { id: true } }))) throw new NotFoundError();
  const { stored, data } = await prepareUpload(input.file, "ATTACHMENT");
  try {
    await putAll(stored);
    return await db.$transaction(async (tx) => {
      if (!(await tx.partnerCity.findUnique({ where: { id: input.partnerCityId }, select: { id: true } }))) throw new NotFoundError();
      const last = await tx.mediaFile.aggregate({ where: { partnerCityId: input.partnerCityId }, _max: { position: true } });
      const row = await tx.mediaFile.create({
        data: { ...data, partnerCityId: input.partnerCityId, kind: "ATTACHMENT", position: (last._max.position ?? -1) + 1, uploadedById: actor.id },
        select: fileSelect,
      });
      await writeAudit(tx, { actorId: actor.id, action: "partnerCity.documentUpload", entityType: "MediaFile", entityId: row.id, after: row });
      return { id: row.id, partnerCityId: input.partnerCityId };
    });
  } catch (error) {
    await removeQuietly(stored.map((file) => file.key));
    throw error;
  }
}

export async function removeAgreement(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "partnerCity.manage");
  const input = parseInput(removeAgreementSchema, rawInput);
  const removed = await db.$transaction(async (tx) => {
    const current = await tx.mediaFile.findFirst({ where: { id: input.id, partnerCityId: { not: null } }, select: fileSelect });
    if (!current?.partnerCityId) throw new NotFoundError();
    await tx.mediaFile.delete({ where: { id: current.id } });
    await writeAudit(tx, { actorId: actor.id, action: "partnerCity.documentRemove", entityType: "MediaFile", entityId: current.id, before: current });
    return current;
  });
  await removeQuietly(storageKeysOf(removed.storageKey));
  return { id: removed.id, partnerCityId: removed.partnerCityId as string };
}
