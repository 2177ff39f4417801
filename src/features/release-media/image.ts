import "server-only";
import sharp from "sharp";
import type { DetectedType } from "./file-type";
import { FULL_MAX_PX, MAX_INPUT_PIXELS, WEB_MAX_PX } from "./schema";

export interface ProcessedPhoto {
  /** The stored type: JPEG, or WebP for images with transparency. */
  mimeType: "image/jpeg" | "image/webp";
  extension: "jpg" | "webp";
  full: { bytes: Buffer; width: number; height: number };
  web: { bytes: Buffer; width: number; height: number };
}

export class UnreadableImageError extends Error {}

/**
 * Re-encodes an uploaded photo: decoding and encoding again leaves nothing of the original file but
 * its pixels — no EXIF (GPS position, camera serial), no XMP/IPTC, no embedded payload. The image is
 * turned upright by its EXIF orientation first, converted to sRGB, and stored twice: full size (longer
 * side at most FULL_MAX_PX) and a web version (WEB_MAX_PX). sharp keeps no metadata unless asked.
 */
export async function processPhoto(bytes: Uint8Array, _type: DetectedType): Promise<ProcessedPhoto> {
  const input = () => sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error", animated: false });
  let hasAlpha: boolean;
  try {
    const metadata = await input().metadata();
    hasAlpha = Boolean(metadata.hasAlpha);
  } catch (error) {
    throw new UnreadableImageError(String(error));
  }
  const extension = hasAlpha ? "webp" : "jpg";
  const encode = async (maxPx: number) => {
    let pipeline = input().rotate().resize({ width: maxPx, height: maxPx, fit: "inside", withoutEnlargement: true }).toColourspace("srgb");
    pipeline = hasAlpha ? pipeline.webp({ quality: 88 }) : pipeline.jpeg({ quality: 88, mozjpeg: true });
    try {
      const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
      return { bytes: data, width: info.width, height: info.height };
    } catch (error) {
      throw new UnreadableImageError(String(error));
    }
  };
  const [full, web] = await Promise.all([encode(FULL_MAX_PX), encode(WEB_MAX_PX)]);
  return { mimeType: hasAlpha ? "image/webp" : "image/jpeg", extension, full, web };
}
