// Input schemas of release media; client-safe (the uploader shows the same limits).
import { z } from "zod";

export const MEDIA_KINDS = ["PHOTO", "ATTACHMENT"] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

export const MB = 1024 * 1024;
/** Upload limits per kind, in bytes (checked before the bytes are read, and again on the bytes). */
export const MAX_BYTES: Record<MediaKind, number> = { PHOTO: 15 * MB, ATTACHMENT: 20 * MB };
/** The longer side of the stored full-size photo and of the web version. */
export const FULL_MAX_PX = 3000;
export const WEB_MAX_PX = 1200;
/** Larger images are refused before decoding (a small file can decode into gigabytes). */
export const MAX_INPUT_PIXELS = 80_000_000;

const idSchema = z.uuid();
const optionalText = (max: number) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), z.string().trim().max(max).optional());

/** A file from FormData (File) or a test (Blob). An empty file input sends an empty, nameless File. */
export const fileSchema = z.custom<Blob>((value) => typeof Blob !== "undefined" && value instanceof Blob && value.size > 0, { message: "fileRequired" });

export const CAPTION_MAX = 1000;
export const CREDIT_MAX = 200;
export const ALT_MAX = 500;

export const uploadReleaseFileSchema = z.strictObject({
  pressReleaseId: idSchema,
  kind: z.enum(MEDIA_KINDS),
  file: fileSchema,
  caption: optionalText(CAPTION_MAX),
  credit: optionalText(CREDIT_MAX),
  altText: optionalText(ALT_MAX),
});
export type UploadReleaseFileInput = z.input<typeof uploadReleaseFileSchema>;

export const updateReleaseFileSchema = z.strictObject({
  id: idSchema,
  caption: optionalText(CAPTION_MAX),
  credit: optionalText(CREDIT_MAX),
  altText: optionalText(ALT_MAX),
  position: z.preprocess((value) => (value === "" || value === null ? undefined : value), z.coerce.number().int().min(0).max(9999).optional()),
});

export const removeReleaseFileSchema = z.strictObject({ id: idSchema });

/** The file input's `accept` per kind: a hint for the browser's picker only; the server reads the bytes. */
export const ACCEPT: Record<MediaKind, string> = { PHOTO: "image/jpeg,image/png,image/webp", ATTACHMENT: "application/pdf" };
