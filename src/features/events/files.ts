import "server-only";
import { prepareUpload, putAll, removeQuietly } from "@/features/release-media/upload";
import { storageKeysOf } from "@/features/release-media/storage-keys";
import { writeAudit } from "@/server/audit";
import { type Actor, requirePermission } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { NotFoundError, ValidationError } from "@/server/errors";
import { parseInput } from "@/server/validation";
import { canEditRecords } from "./policy";
import { rowRefSchema, uploadEventFileSchema } from "./schema";
import { requireEvent } from "./service";

// Speech files and photos of an event: MediaFile rows owned by the event (MediaFile.eventId, the fifth owner
// of the one-owner CHECK), checked and stored exactly like a release's files (release-media/upload.ts).
// A photo carries its credit and whether the people in it agreed to publication.

const fileSelect = { id: true, eventId: true, kind: true, storageKey: true, fileName: true, mimeType: true, byteSize: true, caption: true, credit: true, altText: true, publicationConsent: true, position: true } as const;

export async function uploadEventFile(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "event.manage");
  const input = parseInput(uploadEventFileSchema, rawInput);
  if (input.kind === "PHOTO" && !input.altText) throw new ValidationError({ altText: [{ key: "altTextRequired" }] });
  if (input.kind === "PHOTO" && !input.credit) throw new ValidationError({ credit: [{ key: "required" }] });
  await db.$transaction((tx) => requireEvent(tx, input.eventId, canEditRecords));
  const { stored, data } = await prepareUpload(input.file, input.kind);
  try {
    await putAll(stored);
    return await db.$transaction(async (tx) => {
      await requireEvent(tx, input.eventId, canEditRecords);
      const last = await tx.mediaFile.aggregate({ where: { eventId: input.eventId, kind: input.kind }, _max: { position: true } });
      const row = await tx.mediaFile.create({
        data: {
          ...data,
          eventId: input.eventId,
          kind: input.kind,
          caption: input.caption ?? null,
          altText: input.altText ?? null,
          credit: input.credit ?? null,
          publicationConsent: input.kind === "PHOTO" && input.publicationConsent,
          position: (last._max.position ?? -1) + 1,
          uploadedById: actor.id,
        },
        select: fileSelect,
      });
      await tx.event.update({ where: { id: input.eventId }, data: { version: { increment: 1 } }, select: { id: true } });
      await writeAudit(tx, { actorId: actor.id, action: "event.fileUpload", entityType: "MediaFile", entityId: row.id, after: row });
      return { id: row.id, eventId: input.eventId };
    });
  } catch (error) {
    await removeQuietly(stored.map((file) => file.key));
    throw error;
  }
}

export async function removeEventFile(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "event.manage");
  const input = parseInput(rowRefSchema, rawInput);
  const removed = await db.$transaction(async (tx) => {
    const current = await tx.mediaFile.findFirst({ where: { id: input.id, eventId: { not: null } }, select: fileSelect });
    if (!current?.eventId) throw new NotFoundError();
    await requireEvent(tx, current.eventId, canEditRecords);
    await tx.mediaFile.delete({ where: { id: current.id } });
    await tx.event.update({ where: { id: current.eventId }, data: { version: { increment: 1 } }, select: { id: true } });
    await writeAudit(tx, { actorId: actor.id, action: "event.fileRemove", entityType: "MediaFile", entityId: current.id, before: current });
    return current;
  });
  await removeQuietly(storageKeysOf(removed.storageKey));
  return { id: removed.id, eventId: removed.eventId as string };
}
