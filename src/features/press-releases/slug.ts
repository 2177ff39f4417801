// Public addresses of releases: /newsroom/<slug>. ASCII, lower case, words joined by dashes.

export const SLUG_MAX_LENGTH = 80;
const FALLBACK_SLUG = "tiskova-zprava";

/** "Ústí nad Labem: nová lávka" → "usti-nad-labem-nova-lavka". */
export function slugify(title: string): string {
  const ascii = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss")
    .replace(/[æÆ]/g, "ae")
    .replace(/[øØ]/g, "o")
    .replace(/[łŁ]/g, "l")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (!ascii) return FALLBACK_SLUG;
  if (ascii.length <= SLUG_MAX_LENGTH) return ascii;
  // Cut at a word boundary when there is one reasonably near the limit.
  const cut = ascii.slice(0, SLUG_MAX_LENGTH);
  const lastDash = cut.lastIndexOf("-");
  return (lastDash > SLUG_MAX_LENGTH / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/g, "");
}

/**
 * The first free slug among base, base-2, base-3… given the slugs already taken that start with base.
 * The caller reads `taken` inside the transaction that inserts; a concurrent insert of the same slug
 * still fails on the unique index (a conflict), never a duplicate.
 */
export function firstFreeSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, SLUG_MAX_LENGTH - suffix.length).replace(/-+$/g, "")}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}
