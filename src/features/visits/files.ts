import "server-only";
import { prepareUpload, putAll, removeQuietly } from "@/features/release-media/upload";
import { storageKeysOf } from "@/features/release-media/storage-keys";
import { writeAudit } from "@/server/audit";
import { type Actor, requirePermission } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { NotFoundError, ValidationError } from "@/server/errors";
import { parseInput } from "@/server/validation";
import { canEditRecords } from "./policy";
import { rowRefSchema, uploadVisitFileSchema } from "./schema";
import { requireVisit } from "./service";

// Briefing files and speeches of a visit: MediaFile rows owned by the visit (MediaFile.visitId; the
// one-owner CHECK), checked and stored exactly like a release's files (release-media/upload.ts).

const fileSelect = { id: true, visitId: true, kind: true, storageKey: true, fileName: true, mimeType: true, byteSize: true, caption: true, altText: true, position: true } as const;

export async function uploadVisitFile(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "visit.manage");
  const input = parseInput(uploadVisitFileSchema, rawInput);
  if (input.kind === "PHOTO" && !input.altText) throw new ValidationError({ altText: [{ key: "altTextRequired" }] });
  await db.$transaction((tx) => requireVisit(tx, input.visitId, canEditRecords));
  const { stored, data } = await prepareUpload(input.file, input.kind);
  try {
    await putAll(stored);
    return await db.$transaction(async (tx) => {
      await requireVisit(tx, input.visitId, canEditRecords);
      const last = await tx.mediaFile.aggregate({ where: { visitId: input.visitId, kind: input.kind }, _max: { position: true } });
      const row = await tx.mediaFile.create({
        data: { ...data, visitId: input.visitId, kind: input.kind, caption: input.caption ?? null, altText: input.altText ?? null, position: (last._max.position ?? -1) + 1, uploadedById: actor.id },
        select: fileSelect,
      });
      await writeAudit(tx, { actorId: actor.id, action: "visit.fileUpload", entityType: "MediaFile", entityId: row.id, after: row });
      return { id: row.id, visitId: input.visitId };
    });
  } catch (error) {
    await removeQuietly(stored.map((file) => file.key));
    throw error;
  }
}

export async function removeVisitFile(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "visit.manage");
  const input = parseInput(rowRefSchema, rawInput);
  const removed = await db.$transaction(async (tx) => {
    const current = await tx.mediaFile.findFirst({ where: { id: input.id, visitId: { not: null } }, select: fileSelect });
    if (!current?.visitId) throw new NotFoundError();
    await requireVisit(tx, current.visitId, canEditRecords);
    await tx.mediaFile.delete({ where: { id: current.id } });
    await writeAudit(tx, { actorId: actor.id, action: "visit.fileRemove", entityType: "MediaFile", entityId: current.id, before: current });
    return current;
  });
  await removeQuietly(storageKeysOf(removed.storageKey));
  return { id: removed.id, visitId: removed.visitId as string };
}
