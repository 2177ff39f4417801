// The type of an uploaded file, read from its first bytes ("magic bytes") — never from the browser's
// Content-Type or the file name, which the sender chooses freely. Pure: unit-tested as a table.

export type DetectedType = "image/jpeg" | "image/png" | "image/webp" | "application/pdf";

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte);

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/** The allowlisted type the bytes are, or null for anything else (HTML, SVG, executables, empty…). */
export function detectFileType(bytes: Uint8Array): DetectedType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp";
  if (startsWith(bytes, ascii("%PDF-"))) return "application/pdf";
  return null;
}

export const PHOTO_TYPES: readonly DetectedType[] = ["image/jpeg", "image/png", "image/webp"];
export const ATTACHMENT_TYPES: readonly DetectedType[] = ["application/pdf"];

/**
 * The name offered on download: the uploaded name without its folder and extension, stripped of
 * control and quoting characters, with the extension of what is really stored.
 */
export function safeFileName(original: string, extension: string, fallback: string): string {
  const base = original.split(/[\\/]/).pop() ?? "";
  const stem = base
    .replace(/\.[^.]*$/, "")
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f"*:<>?|\\/;]+/g, "")
    .trim()
    .slice(0, 150);
  return `${stem || fallback}.${extension}`;
}
