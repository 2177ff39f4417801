import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { DownloadableFile } from "@/features/release-media/queries";
import { storageKeysOf } from "@/features/release-media/storage-keys";
import { prepareUpload, putAll, removeQuietly } from "@/features/release-media/upload";
import { writeAudit } from "@/server/audit";
import { type Actor, requirePermission } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { NotFoundError, PreconditionError, ValidationError } from "@/server/errors";
import { parseInput } from "@/server/validation";
import { publishMaterialsSchema, removeMaterialSchema, rsvpTokenSchema, uploadMaterialSchema } from "./schema";

// A press conference's materials for the journalists (the presentation, a map, photos): staff upload
// them, and once "published to the invitees" every invited journalist finds them on their personal RSVP
// page (the token is the credential, as for the answer). Files are checked and stored exactly like a
// release's (release-media/upload.ts); a material belongs to one conference (MediaFile.pressConferenceId).

type Tx = Prisma.TransactionClient;
const ENTITY = "MediaFile";

const materialSelect = {
  id: true,
  pressConferenceId: true,
  kind: true,
  storageKey: true,
  fileName: true,
  mimeType: true,
  byteSize: true,
  width: true,
  height: true,
  caption: true,
  altText: true,
  position: true,
} as const satisfies Prisma.MediaFileSelect;

const order = [{ kind: "asc" as const }, { position: "asc" as const }, { createdAt: "asc" as const }];

export async function uploadConferenceMaterial(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "pressConference.manage");
  const input = parseInput(uploadMaterialSchema, rawInput);
  // Alt text describes a photo to those who cannot see it (WCAG 1.1.1), as on releases.
  if (input.kind === "PHOTO" && !input.altText) throw new ValidationError({ altText: [{ key: "altTextRequired" }] });
  await requireConference(db, input.conferenceId);
  const { stored, data } = await prepareUpload(input.file, input.kind);
  try {
    await putAll(stored);
    return await db.$transaction(async (tx) => {
      await requireConference(tx, input.conferenceId);
      const last = await tx.mediaFile.aggregate({ where: { pressConferenceId: input.conferenceId, kind: input.kind }, _max: { position: true } });
      const row = await tx.mediaFile.create({
        data: {
          ...data,
          pressConferenceId: input.conferenceId,
          kind: input.kind,
          caption: input.caption ?? null,
          altText: input.altText ?? null,
          position: (last._max.position ?? -1) + 1,
          uploadedById: actor.id,
        },
        select: materialSelect,
      });
      await writeAudit(tx, { actorId: actor.id, action: "pressConference.materialUpload", entityType: ENTITY, entityId: row.id, after: row });
      return { id: row.id, conferenceId: input.conferenceId };
    });
  } catch (error) {
    await removeQuietly(stored.map((file) => file.key));
    throw error;
  }
}

/** Deletes the material (audited); its stored files are removed after the commit. */
export async function removeConferenceMaterial(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "pressConference.manage");
  const input = parseInput(removeMaterialSchema, rawInput);
  const removed = await db.$transaction(async (tx) => {
    const current = await tx.mediaFile.findFirst({ where: { id: input.id, pressConferenceId: { not: null } }, select: materialSelect });
    if (!current?.pressConferenceId) throw new NotFoundError();
    await tx.mediaFile.delete({ where: { id: current.id } });
    await writeAudit(tx, { actorId: actor.id, action: "pressConference.materialRemove", entityType: ENTITY, entityId: current.id, before: current });
    return current;
  });
  await removeQuietly(storageKeysOf(removed.storageKey));
  return { id: removed.id, conferenceId: removed.pressConferenceId as string };
}

/** Shows the materials to the invitees (or hides them again). */
export async function setMaterialsPublished(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, "pressConference.manage");
  const input = parseInput(publishMaterialsSchema, rawInput);
  return db.$transaction(async (tx) => {
    const current = await requireConference(tx, input.conferenceId);
    if (input.published && (await tx.mediaFile.count({ where: { pressConferenceId: current.id } })) === 0) {
      throw new PreconditionError("noMaterialsToPublish");
    }
    const materialsPublishedAt = input.published ? (current.materialsPublishedAt ?? now) : null;
    if ((materialsPublishedAt === null) === (current.materialsPublishedAt === null)) return { conferenceId: current.id, published: input.published };
    await tx.pressConference.update({ where: { id: current.id }, data: { materialsPublishedAt } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: input.published ? "pressConference.materialsPublish" : "pressConference.materialsUnpublish",
      entityType: "PressConference",
      entityId: current.id,
      before: { materialsPublishedAt: current.materialsPublishedAt },
      after: { materialsPublishedAt },
    });
    return { conferenceId: current.id, published: input.published };
  });
}

/** The conference page's list of materials (staff with pressConference.view). */
export async function listConferenceMaterials(actor: Actor | null, conferenceId: string) {
  requirePermission(actor, "pressConference.view");
  if (!z.uuid().safeParse(conferenceId).success) throw new NotFoundError();
  return db.mediaFile.findMany({
    where: { pressConferenceId: conferenceId },
    orderBy: order,
    select: { id: true, kind: true, fileName: true, byteSize: true, caption: true, altText: true },
  });
}

/** What an invitee sees: the published materials of their conference; empty before publication. */
export async function listInviteeMaterials(token: string) {
  if (!rsvpTokenSchema.safeParse(token).success) return [];
  return db.mediaFile.findMany({
    where: { pressConference: { is: { materialsPublishedAt: { not: null }, invitations: { some: { rsvpToken: token } } } } },
    orderBy: order,
    select: { id: true, kind: true, fileName: true, byteSize: true, caption: true, altText: true },
  });
}

/** One material an invitee may download: of their own conference, once published. Else null (a 404). */
export async function findInviteeMaterial(token: string, id: string): Promise<DownloadableFile | null> {
  if (!rsvpTokenSchema.safeParse(token).success || !z.uuid().safeParse(id).success) return null;
  return db.mediaFile.findFirst({
    where: { id, pressConference: { is: { materialsPublishedAt: { not: null }, invitations: { some: { rsvpToken: token } } } } },
    select: { id: true, kind: true, storageKey: true, fileName: true, mimeType: true },
  });
}

async function requireConference(client: Tx | typeof db, id: string) {
  const conference = await client.pressConference.findUnique({ where: { id }, select: { id: true, status: true, materialsPublishedAt: true } });
  if (!conference) throw new NotFoundError();
  return conference;
}
