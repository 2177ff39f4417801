// The stored variants of one media file: the row keeps the full-size key; a photo's web version is
// the same key with the "web" variant; an attachment has one file.
export type MediaVariant = "full" | "web";

export function variantKey(storageKeyOfRow: string, variant: MediaVariant): string {
  if (variant === "web" && /-full\.(jpg|webp)$/.test(storageKeyOfRow)) return storageKeyOfRow.replace(/-full\.(jpg|webp)$/, "-web.$1");
  return storageKeyOfRow;
}

export function storageKeysOf(storageKeyOfRow: string): string[] {
  return [...new Set([storageKeyOfRow, variantKey(storageKeyOfRow, "web")])];
}
