// Folder names of the typesetter's ZIP (pure, unit-tested).

/** A file-system-safe ASCII slug (Czech letters without diacritics). */
export function slug(text: string, max = 40): string {
  const cleaned = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/, "");
  return cleaned || "clanek";
}
