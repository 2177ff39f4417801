import "server-only";
import { z } from "zod";
import { visibleWhere } from "@/features/press-releases/policy";
import { publicVisibilityWhere } from "@/features/press-releases/queries";
import type { Prisma } from "@/generated/prisma/client";
import { type Actor, can, requirePermission } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/server/errors";
import { canManageMedia } from "./policy";

const listSelect = {
  id: true,
  kind: true,
  fileName: true,
  mimeType: true,
  byteSize: true,
  width: true,
  height: true,
  caption: true,
  credit: true,
  altText: true,
  position: true,
  createdAt: true,
} as const;

const order = [{ kind: "asc" as const }, { position: "asc" as const }, { createdAt: "asc" as const }];

/** The release page's list: every file of a release the actor may see, and whether they may change them. */
export async function listReleaseFiles(actor: Actor | null, pressReleaseId: string) {
  requirePermission(actor, "pressRelease.view");
  if (!z.uuid().safeParse(pressReleaseId).success) throw new NotFoundError();
  const release = await db.pressRelease.findFirst({ where: { id: pressReleaseId, ...visibleWhere(actor) }, select: { id: true, authorId: true, status: true } });
  if (!release) throw new NotFoundError();
  const files = await db.mediaFile.findMany({ where: { pressReleaseId }, orderBy: order, select: listSelect });
  return { files, canManage: canManageMedia(actor, release) };
}

export type ReleaseFileRow = Awaited<ReturnType<typeof listReleaseFiles>>["files"][number];

/**
 * The newsroom's photos and attachments of one release: only of a publicly visible release
 * (publicVisibilityWhere), only fields the public may see. Empty for an unknown or unpublished slug.
 */
export async function listPublicReleaseFiles(slug: string, now = new Date()) {
  const files = await db.mediaFile.findMany({
    where: { pressRelease: { is: { AND: [publicVisibilityWhere(now), { slug }] } } },
    orderBy: order,
    select: { id: true, kind: true, fileName: true, mimeType: true, byteSize: true, width: true, height: true, caption: true, credit: true, altText: true },
  });
  return { photos: files.filter((file) => file.kind === "PHOTO"), attachments: files.filter((file) => file.kind === "ATTACHMENT") };
}

const downloadSelect = { id: true, kind: true, storageKey: true, fileName: true, mimeType: true } as const;
export type DownloadableFile = { id: string; kind: "PHOTO" | "ATTACHMENT"; storageKey: string; fileName: string; mimeType: string };

/** A file anyone may download: one of a publicly visible release. */
export async function findPublicFile(id: string, now = new Date()): Promise<DownloadableFile | null> {
  if (!z.uuid().safeParse(id).success) return null;
  return db.mediaFile.findFirst({ where: { id, pressRelease: { is: publicVisibilityWhere(now) } }, select: downloadSelect });
}

/**
 * Any file the staff member may see: of a release they may see (drafts, embargoed…) with
 * pressRelease.view, a press conference's material with pressConference.view, a partner city's
 * document (the agreement) with partnerCity.view, or a visit's file with visit.view.
 */
export async function findStaffFile(actor: Actor | null, id: string): Promise<DownloadableFile | null> {
  if (!actor) throw new UnauthenticatedError();
  if (!z.uuid().safeParse(id).success) return null;
  const owners: Prisma.MediaFileWhereInput[] = [];
  if (can(actor, "pressRelease.view")) owners.push({ pressRelease: { is: visibleWhere(actor) } });
  if (can(actor, "pressConference.view")) owners.push({ pressConferenceId: { not: null } });
  if (can(actor, "partnerCity.view")) owners.push({ partnerCityId: { not: null } });
  if (can(actor, "grant.view")) owners.push({ grantApplicationId: { not: null } });
  // A protocol visit's briefing files and speeches: staff who see visits.
  if (can(actor, "visit.view")) owners.push({ visitId: { not: null } });
  // An event's photos and speech files: staff who see events.
  if (can(actor, "event.view")) owners.push({ eventId: { not: null } });
  if (owners.length === 0) throw new ForbiddenError();
  return db.mediaFile.findFirst({ where: { id, OR: owners }, select: downloadSelect });
}
