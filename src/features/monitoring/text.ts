// Pure text rules of media monitoring (client-safe, unit-tested): diacritics- and case-insensitive keyword
// matching, the syndication key of a title, the normalised URL that keeps one copy of an article.

/** Lower case, without diacritics, words separated by single spaces ("Ústí nad Labem!" → "usti nad labem"). */
export function normalizeText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}*]+/gu, " ")
    .trim();
}

function words(text: string): string[] {
  const normal = normalizeText(text).replace(/\*/g, " ").trim();
  return normal ? normal.split(" ") : [];
}

/**
 * A term's words; a trailing "*" on a word matches any ending ("primátor*" finds "primátora", "primátorka"),
 * which Czech declension needs.
 */
export function termPattern(term: string): Array<{ word: string; prefix: boolean }> {
  return normalizeText(term)
    .split(" ")
    .filter((word) => word.replace(/\*/g, "") !== "")
    .map((word) => ({ word: word.replace(/\*/g, ""), prefix: word.endsWith("*") }));
}

/** Whether the phrase occurs as whole words (or word prefixes where it says "*") in the text's words. */
export function containsPhrase(textWords: readonly string[], term: string): boolean {
  const pattern = termPattern(term);
  if (pattern.length === 0) return false;
  outer: for (let start = 0; start + pattern.length <= textWords.length; start++) {
    for (let i = 0; i < pattern.length; i++) {
      const word = textWords[start + i];
      const part = pattern[i];
      if (part.prefix ? !word.startsWith(part.word) : word !== part.word) continue outer;
    }
    return true;
  }
  return false;
}

export interface KeywordRule {
  term: string;
  exclusions: readonly string[];
  topic: string;
}

export interface KeywordMatch {
  /** The terms that matched (as the office wrote them). */
  terms: string[];
  /** Their topics, each once, in the keywords' order. */
  topics: string[];
  /** 1 … 5: a match in the title counts more than one in the excerpt; each further keyword adds one. */
  relevance: number;
}

/**
 * Matches an item's title and text against the office's keywords. A keyword matches when its phrase is in
 * the title or the text and none of its exclusions is ("Ústí" but not "Ústí nad Orlicí"). Null: no match.
 */
export function matchKeywords(item: { title: string; text: string }, keywords: readonly KeywordRule[]): KeywordMatch | null {
  const titleWords = words(item.title);
  const allWords = [...titleWords, "\u0000", ...words(item.text)];
  const terms: string[] = [];
  const topics: string[] = [];
  let inTitle = false;
  for (const keyword of keywords) {
    if (!containsPhrase(allWords, keyword.term)) continue;
    if (keyword.exclusions.some((exclusion) => containsPhrase(allWords, exclusion))) continue;
    terms.push(keyword.term);
    if (keyword.topic && !topics.includes(keyword.topic)) topics.push(keyword.topic);
    if (containsPhrase(titleWords, keyword.term)) inTitle = true;
  }
  if (terms.length === 0) return null;
  const relevance = Math.min(5, (inTitle ? 3 : 2) + (terms.length - 1));
  return { terms, topics, relevance };
}

/**
 * The syndication key of a title: normalised, without a trailing "| Outlet" or " - Outlet" and a leading
 * "VIDEO:"/"FOTO:" label. Copies of one agency story in several outlets share it. Short titles (< 4 words)
 * give no key: "Zprávy" in two outlets is not one story.
 */
export function syndicationKey(title: string): string | null {
  const cleaned = title
    .replace(/\s+(?:\||[–—-](?=\s+\S+(?:\s+\S+){0,2}\s*$))\s+[^|–—-]{1,30}$/u, "")
    .replace(/^\s*(video|foto|audio|online|aktualizováno|aktualizovano)\s*:\s*/iu, "");
  const key = words(cleaned).join(" ");
  return key.split(" ").length >= 4 ? key.slice(0, 300) : null;
}

const TRACKING_PARAMETER = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ref|xtor|_ga)$/i;

/**
 * A URL as stored once: http(s) only, host in lower case, no fragment, no tracking parameters, no trailing
 * slash, the rest sorted. Null when it is not a web address.
 */
export function normalizeUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  url.hash = "";
  const kept = [...url.searchParams.entries()].filter(([key]) => !TRACKING_PARAMETER.test(key)).sort(([a], [b]) => a.localeCompare(b));
  url.search = "";
  for (const [key, value] of kept) url.searchParams.append(key, value);
  const pathname = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, "") : "";
  const text = `${url.host.toLowerCase()}${pathname}${url.search}`;
  // http and https copies of one article are one article.
  return text.slice(0, 2000);
}

/** Plain text of an HTML fragment (feeds put HTML in descriptions): tags dropped, entities decoded, spaces collapsed. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, " ")
    .replace(/<\/?(br|p|div|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|img|hr|section|article)\b[^>]*>/gi, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => decodeEntity(entity, code))
    .replace(/\s+/g, " ")
    .trim();
}

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "–", mdash: "—", hellip: "…", bdquo: "„", ldquo: "“", rdquo: "”", laquo: "«", raquo: "»" };

function decodeEntity(entity: string, code: string): string {
  if (code.startsWith("#x") || code.startsWith("#X")) return safeCodePoint(Number.parseInt(code.slice(2), 16)) ?? entity;
  if (code.startsWith("#")) return safeCodePoint(Number.parseInt(code.slice(1), 10)) ?? entity;
  return NAMED_ENTITIES[code.toLowerCase()] ?? entity;
}

function safeCodePoint(value: number): string | null {
  return Number.isInteger(value) && value > 0 && value <= 0x10ffff ? String.fromCodePoint(value) : null;
}
