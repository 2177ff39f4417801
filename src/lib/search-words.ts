// The global search's words, pure and client-safe: lower case, split at anything not a letter or digit,
// at most 8 words of at most 40 characters. Diacritics are removed on the database side (herald_unaccent)
// or by the module's own folding of its stored searchText.

export const MAX_SEARCH_WORDS = 8;

export function searchWords(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, MAX_SEARCH_WORDS)
    .map((word) => word.slice(0, 40));
}

/** A prefix tsquery text ("rozpo:* & mesto:*") for to_tsquery('simple', herald_unaccent(…)); null without words. */
export function prefixTsQuery(query: string): string | null {
  const words = searchWords(query);
  return words.length === 0 ? null : words.map((word) => `${word}:*`).join(" & ");
}

/** A LIKE pattern for one folded word (%, _ and \ escaped). */
export function likeWord(word: string): string {
  return `%${word.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
