// Search keys and duplicate detection for media contacts. Pure and client-safe.
//
// Search ignores case and diacritics: each contact and outlet stores a normalised `searchText` that the
// list matches with a plain substring test (thousands of contacts, not millions). Duplicates: the same
// e-mail is impossible (unique), so a likely duplicate has the same normalised name (words in any order:
// "Nováková Jana" = "Jana Novakova") or a similar name at the same outlet (Jaro–Winkler ≥ 0.92).
// pg_trgm would do the similarity in SQL, but the embedded PGlite does not load it by default; in
// TypeScript it is fine for the few thousand contacts an office keeps.

/** Lower case, without diacritics, whitespace collapsed. */
export function normalizeText(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** A name's key: normalised words (letters and digits only), sorted. */
export function nameKeyOf(name: string): string {
  return normalizeText(name)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .sort()
    .join(" ");
}

export function contactSearchText(contact: { name: string; email: string; role?: string | null; beats?: readonly string[] }): string {
  return normalizeText([contact.name, contact.email, contact.role ?? "", ...(contact.beats ?? [])].filter(Boolean).join(" "));
}

export function outletSearchText(outlet: { name: string; region?: string | null }): string {
  return normalizeText([outlet.name, outlet.region ?? ""].filter(Boolean).join(" "));
}

/** Jaro–Winkler similarity in [0, 1] (1 = equal). */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Array<boolean>(a.length).fill(false);
  const bMatched = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (bMatched[j] || a[i] !== b[j]) continue;
      aMatched[i] = bMatched[j] = true;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    if (!aMatched[i]) continue;
    while (!bMatched[k]) k++;
    if (a[i] !== b[k]) transpositions++;
    k++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < Math.min(4, a.length, b.length) && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

export const SIMILAR_NAME_THRESHOLD = 0.92;

export interface DuplicateCandidate {
  id: string;
  name: string;
  outletId: string | null;
}

export interface DuplicatePair {
  a: string;
  b: string;
  reason: "sameName" | "similarNameSameOutlet";
  score: number;
}

/** Pairs of likely duplicates (each pair once, a < b by id), the surest first. */
export function findDuplicatePairs(contacts: readonly DuplicateCandidate[]): DuplicatePair[] {
  const pairs = new Map<string, DuplicatePair>();
  const add = (x: DuplicateCandidate, y: DuplicateCandidate, reason: DuplicatePair["reason"], score: number) => {
    const [a, b] = x.id < y.id ? [x.id, y.id] : [y.id, x.id];
    const key = `${a}:${b}`;
    if (!pairs.has(key)) pairs.set(key, { a, b, reason, score });
  };
  const byKey = new Map<string, DuplicateCandidate[]>();
  for (const contact of contacts) {
    const key = nameKeyOf(contact.name);
    if (!key) continue;
    byKey.set(key, [...(byKey.get(key) ?? []), contact]);
  }
  for (const group of byKey.values()) {
    for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) add(group[i], group[j], "sameName", 1);
  }
  const byOutlet = new Map<string, DuplicateCandidate[]>();
  for (const contact of contacts) {
    if (contact.outletId) byOutlet.set(contact.outletId, [...(byOutlet.get(contact.outletId) ?? []), contact]);
  }
  for (const group of byOutlet.values()) {
    const keys = group.map((contact) => nameKeyOf(contact.name));
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        if (keys[i] === keys[j]) continue;
        const score = jaroWinkler(keys[i], keys[j]);
        if (score >= SIMILAR_NAME_THRESHOLD) add(group[i], group[j], "similarNameSameOutlet", score);
      }
    }
  }
  return [...pairs.values()].sort((x, y) => y.score - x.score || x.a.localeCompare(y.a));
}
