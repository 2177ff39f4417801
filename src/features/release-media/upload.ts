import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { ValidationError } from "@/server/errors";
import { logger } from "@/server/logger";
import { fileStorage, newStorageBase, storageKey } from "@/server/storage/file-storage";
import { ATTACHMENT_TYPES, detectFileType, PHOTO_TYPES, safeFileName } from "./file-type";
import { processPhoto, UnreadableImageError } from "./image";
import { MAX_BYTES, MB, type MediaKind } from "./schema";

// An uploaded photo or PDF made ready to store, for whatever it belongs to (a release, a press
// conference): size limits, the type read from the bytes (never the name or the browser's word),
// photos re-encoded. The caller writes the files (putAll), then its row and audit entry in one
// transaction, and removes the files again (removeQuietly) if that transaction fails.

export type PreparedFileData = Pick<Prisma.MediaFileUncheckedCreateInput, "storageKey" | "fileName" | "mimeType" | "byteSize" | "width" | "height">;

export async function prepareUpload(file: Blob, kind: MediaKind): Promise<{ stored: Array<{ key: string; bytes: Uint8Array }>; data: PreparedFileData }> {
  const maxBytes = MAX_BYTES[kind];
  if (file.size > maxBytes) throw fileIssue("fileTooLarge", { max: Math.round(maxBytes / MB) });
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length > maxBytes) throw fileIssue("fileTooLarge", { max: Math.round(maxBytes / MB) });
  const type = detectFileType(bytes);
  const allowed = kind === "PHOTO" ? PHOTO_TYPES : ATTACHMENT_TYPES;
  if (!type || !allowed.includes(type)) throw fileIssue(kind === "PHOTO" ? "photoTypeNotAllowed" : "attachmentTypeNotAllowed");

  const base = newStorageBase();
  const originalName = "name" in file && typeof file.name === "string" ? file.name : "";
  let stored: Array<{ key: string; bytes: Uint8Array }>;
  let data: PreparedFileData;
  if (kind === "PHOTO") {
    let photo: Awaited<ReturnType<typeof processPhoto>>;
    try {
      photo = await processPhoto(bytes, type);
    } catch (error) {
      if (error instanceof UnreadableImageError) throw fileIssue("imageUnreadable");
      throw error;
    }
    const fullKey = storageKey(base, "full", photo.extension);
    stored = [
      { key: fullKey, bytes: photo.full.bytes },
      { key: storageKey(base, "web", photo.extension), bytes: photo.web.bytes },
    ];
    data = {
      storageKey: fullKey,
      fileName: safeFileName(originalName, photo.extension, "photo"),
      mimeType: photo.mimeType,
      byteSize: photo.full.bytes.length,
      width: photo.full.width,
      height: photo.full.height,
    };
  } else {
    const key = storageKey(base, "orig", "pdf");
    stored = [{ key, bytes }];
    data = { storageKey: key, fileName: safeFileName(originalName, "pdf", "document"), mimeType: "application/pdf", byteSize: bytes.length };
  }

  return { stored, data };
}

export async function putAll(files: Array<{ key: string; bytes: Uint8Array }>) {
  const storage = fileStorage();
  for (const file of files) await storage.put(file.key, file.bytes);
}

export function fileIssue(key: string, values?: Record<string, number>) {
  return new ValidationError({ file: [{ key, ...(values ? { values } : {}) }] });
}

/** Removes stored files; a failure is logged (an unreferenced file), never thrown. */
export async function removeQuietly(keys: string[]) {
  const storage = fileStorage();
  for (const key of keys) {
    try {
      await storage.remove(key);
    } catch (error) {
      logger.error("stored file not removed", { key, error: String(error) });
    }
  }
}
