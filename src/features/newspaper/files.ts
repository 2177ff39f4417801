import "server-only";
import { detectFileType, safeFileName } from "@/features/release-media/file-type";
import { contentDisposition } from "@/features/release-media/download";
import { fileIssue, removeQuietly } from "@/features/release-media/upload";
import { writeAudit } from "@/server/audit";
import { type Actor, requirePermission } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { NotFoundError, PreconditionError } from "@/server/errors";
import { parseInput } from "@/server/validation";
import { fileStorage, newStorageBase, storageKey } from "@/server/storage/file-storage";
import { assertUpdated, openIssue } from "./common";
import { ARTWORK_MAX_BYTES, artworkSchema, FINAL_PDF_MAX_BYTES, finalPdfSchema } from "./schema";

// The final PDF of the printed issue (the public archive serves it) and the ads' artwork files.
// The type is read from the bytes (PDF magic "%PDF-"), never from the name or the browser's word.

async function readUpload(value: unknown, maxBytes: number): Promise<{ bytes: Uint8Array; name: string }> {
  if (!value || typeof value !== "object" || !("arrayBuffer" in value) || (value as Blob).size === 0) throw fileIssue("required");
  const file = value as File;
  const max = Math.round(maxBytes / 1024 / 1024);
  if (file.size > maxBytes) throw fileIssue("fileTooLarge", { max });
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length > maxBytes) throw fileIssue("fileTooLarge", { max });
  return { bytes, name: typeof file.name === "string" ? file.name : "" };
}

/** Uploads (or replaces) the final PDF; allowed from PROOFREADING on (the printer's proof), not after distribution. */
export async function uploadFinalPdf(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "newsletter.manageIssues");
  const input = parseInput(finalPdfSchema, rawInput);
  const upload = await readUpload(input.file, FINAL_PDF_MAX_BYTES);
  if (detectFileType(upload.bytes) !== "application/pdf") throw fileIssue("attachmentTypeNotAllowed");
  const key = storageKey(newStorageBase(), "final", "pdf");
  await fileStorage().put(key, upload.bytes);
  let oldKey: string | null = null;
  try {
    await db.$transaction(async (tx) => {
      const issue = await tx.newspaperIssue.findUnique({ where: { id: input.id }, select: { id: true, status: true, finalPdfKey: true, number: true, year: true } });
      if (!issue) throw new NotFoundError();
      if (issue.status === "DISTRIBUTED" || issue.status === "PLANNING" || issue.status === "EDITING") throw new PreconditionError("newspaperFinalPdfWrongStatus");
      oldKey = issue.finalPdfKey;
      const fileName = safeFileName(upload.name, "pdf", `vydani-${issue.number}-${issue.year}`);
      assertUpdated(
        await tx.newspaperIssue.updateMany({
          where: { id: issue.id, version: input.version },
          data: { finalPdfKey: key, finalPdfName: fileName, finalPdfBytes: upload.bytes.length, finalPdfUploadedAt: new Date(), finalPdfUploadedById: actor.id, version: { increment: 1 } },
        }),
      );
      await writeAudit(tx, { actorId: actor.id, action: "newspaper.issue.finalPdf", entityType: "NewspaperIssue", entityId: issue.id, before: { finalPdfKey: oldKey }, after: { finalPdfKey: key, fileName, bytes: upload.bytes.length } });
    });
  } catch (error) {
    await removeQuietly([key]);
    throw error;
  }
  if (oldKey) await removeQuietly([oldKey]);
  return { id: input.id };
}

const ARTWORK_EXTENSIONS = { "application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png", "image/webp": "webp" } as const;

/** The ad's artwork (PDF, JPEG, PNG or WebP); an ORDERED ad becomes ARTWORK_RECEIVED. */
export async function uploadArtwork(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "newsletter.advertising");
  const input = parseInput(artworkSchema, rawInput);
  const upload = await readUpload(input.file, ARTWORK_MAX_BYTES);
  const type = detectFileType(upload.bytes);
  if (!type) throw fileIssue("attachmentTypeNotAllowed");
  const extension = ARTWORK_EXTENSIONS[type];
  const key = storageKey(newStorageBase(), "artwork", extension);
  await fileStorage().put(key, upload.bytes);
  let oldKey: string | null = null;
  try {
    await db.$transaction(async (tx) => {
      const order = await tx.adOrder.findUnique({ where: { id: input.id }, select: { id: true, issueId: true, status: true, artworkKey: true } });
      if (!order) throw new NotFoundError();
      await openIssue(tx, order.issueId);
      if (order.status === "CANCELLED") throw new PreconditionError("newspaperAdCancelled");
      oldKey = order.artworkKey;
      const fileName = safeFileName(upload.name, extension, "inzerce");
      assertUpdated(
        await tx.adOrder.updateMany({
          where: { id: order.id, version: input.version },
          data: { artworkKey: key, artworkName: fileName, artworkMime: type, artworkBytes: upload.bytes.length, status: order.status === "ORDERED" ? "ARTWORK_RECEIVED" : order.status, version: { increment: 1 } },
        }),
      );
      await writeAudit(tx, { actorId: actor.id, action: "newspaper.ad.artwork", entityType: "AdOrder", entityId: order.id, after: { artworkKey: key, fileName } });
    });
  } catch (error) {
    await removeQuietly([key]);
    throw error;
  }
  if (oldKey) await removeQuietly([oldKey]);
  return { id: input.id };
}

/** A stored file as a download (staff routes and the public archive decide who may have it). */
export async function storedFileResponse(file: { key: string; name: string; mime: string } | null, options: { isPublic: boolean; inline?: boolean }): Promise<Response> {
  if (!file) return new Response("Not found", { status: 404 });
  const stored = await fileStorage().get(file.key);
  if (!stored) return new Response("Not found", { status: 404 });
  return new Response(stored.stream, {
    headers: {
      "Content-Type": file.mime,
      "Content-Length": String(stored.size),
      "X-Content-Type-Options": "nosniff",
      "Content-Disposition": contentDisposition(options.inline ? "inline" : "attachment", file.name),
      "Content-Security-Policy": "default-src 'none'; img-src 'self'; sandbox",
      "Cache-Control": options.isPublic ? "public, max-age=300" : "private, no-store",
    },
  });
}
