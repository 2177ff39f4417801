// Client-safe formatting shared by the staff list and the newsroom.
import { MB } from "./schema";

/** 1 234 567 → "1,2 MB" (cs) / "1.2 MB" (en). */
export function formatBytes(bytes: number, locale: string): string {
  if (bytes >= MB) return new Intl.NumberFormat(locale, { maximumFractionDigits: 1, style: "unit", unit: "megabyte" }).format(bytes / MB);
  return new Intl.NumberFormat(locale, { style: "unit", unit: "kilobyte" }).format(Math.max(1, Math.round(bytes / 1024)));
}
