// A feed's bytes → the items monitoring needs (unit-tested). Feeds are untrusted: the charset comes from the
// HTTP header or the XML declaration (windows-1250 and ISO-8859-2 are common in Czech newsrooms) and is decoded
// with iconv-lite; documents that declare entities are refused before parsing (no "billion laughs", no
// external entities — feedsmith's XML parser does not expand them either); HTML in titles and descriptions
// becomes plain text; an item without a usable date gets none (the caller uses the time it was first seen).
import { XMLValidator } from "fast-xml-parser";
import { parseFeed } from "feedsmith";
import iconv from "iconv-lite";
import { parseFeedDate } from "./feed-date";
import { htmlToText } from "./text";

export interface FeedItem {
  guid: string | null;
  url: string | null;
  title: string;
  /** Plain text (HTML removed), at most 2,000 characters. */
  excerpt: string;
  author: string | null;
  publishedAt: Date | null;
}

export class FeedError extends Error {
  constructor(readonly code: "unsupportedEncoding" | "entitiesRefused" | "malformed" | "notAFeed") {
    super(code);
    this.name = "FeedError";
  }
}

export const MAX_ITEMS_PER_FEED = 500;

/** The charset named by Content-Type, else by the XML declaration, else UTF-8. */
export function detectCharset(bytes: Uint8Array, contentType: string | null): string {
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? "")?.[1];
  if (fromHeader) return fromHeader.toLowerCase();
  const head = Buffer.from(bytes.subarray(0, 300)).toString("latin1");
  const fromDeclaration = /^\s*(?:\uFEFF|ï»¿)?<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  return (fromDeclaration ?? "utf-8").toLowerCase();
}

export function decodeFeed(bytes: Uint8Array, contentType: string | null): string {
  const charset = detectCharset(bytes, contentType);
  if (!iconv.encodingExists(charset)) throw new FeedError("unsupportedEncoding");
  return iconv.decode(Buffer.from(bytes), charset, { stripBOM: true });
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function textOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && "value" in value && typeof (value as { value: unknown }).value === "string") return (value as { value: string }).value;
  return "";
}

export function parseFeedItems(xml: string, timeZone = "Europe/Prague"): FeedItem[] {
  // A feed has no business declaring entities; refusing them is simpler than trusting any parser's limits.
  if (/<!ENTITY/i.test(xml.slice(0, 20_000)) || /<!DOCTYPE[^>]*\[/i.test(xml.slice(0, 20_000))) throw new FeedError("entitiesRefused");
  // feedsmith's parser (fast-xml-parser, its dependency) is lenient: an unclosed element still yields items.
  // A feed that is not well-formed XML is refused as a whole, so a half-read feed never becomes clippings.
  if (XMLValidator.validate(xml) !== true) throw new FeedError("malformed");
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(xml);
  } catch (error) {
    const name = (error as Error)?.name ?? "";
    throw new FeedError(/Detect|Unrecognized/i.test(name + String((error as Error)?.message)) ? "notAFeed" : "malformed");
  }
  const items: FeedItem[] = [];
  if (parsed.format === "rss" || parsed.format === "rdf") {
    const feed = parsed.feed as { items?: Array<Record<string, unknown>> };
    for (const item of (feed.items ?? []).slice(0, MAX_ITEMS_PER_FEED)) {
      const guid = item.guid as { value?: string } | string | undefined;
      const guidValue = typeof guid === "string" ? guid : (guid?.value ?? null);
      const dc = item.dc as { creators?: string[]; creator?: string; date?: string; dates?: string[] } | undefined;
      const authors = item.authors as Array<{ name?: string } | string> | undefined;
      const author = dc?.creators?.[0] ?? dc?.creator ?? (authors?.[0] ? (typeof authors[0] === "string" ? authors[0] : authors[0].name) : undefined);
      const content = item.content as { encoded?: string } | undefined;
      const description = textOf(item.description) || content?.encoded || "";
      const title = htmlToText(textOf(item.title));
      const excerpt = htmlToText(description);
      if (!title && !excerpt) continue;
      items.push({
        guid: guidValue ? clip(guidValue.trim(), 500) : null,
        url: typeof item.link === "string" ? item.link.trim() : guidValue && /^https?:\/\//i.test(guidValue) ? guidValue.trim() : null,
        title: clip(title || clip(excerpt, 120), 500),
        excerpt: clip(excerpt, 2000),
        author: author ? clip(htmlToText(author), 200) : null,
        publishedAt: parseFeedDate(textOf(item.pubDate) || dc?.date || dc?.dates?.[0] || null, timeZone),
      });
    }
  } else if (parsed.format === "atom") {
    const feed = parsed.feed as { entries?: Array<Record<string, unknown>> };
    for (const entry of (feed.entries ?? []).slice(0, MAX_ITEMS_PER_FEED)) {
      const links = (entry.links as Array<{ href?: string; rel?: string }> | undefined) ?? [];
      const link = links.find((candidate) => !candidate.rel || candidate.rel === "alternate") ?? links[0];
      const authors = (entry.authors as Array<{ name?: string }> | undefined) ?? [];
      const title = htmlToText(textOf(entry.title));
      const excerpt = htmlToText(textOf(entry.summary) || textOf(entry.content));
      if (!title && !excerpt) continue;
      items.push({
        guid: typeof entry.id === "string" ? clip(entry.id.trim(), 500) : null,
        url: link?.href?.trim() ?? null,
        title: clip(title || clip(excerpt, 120), 500),
        excerpt: clip(excerpt, 2000),
        author: authors[0]?.name ? clip(authors[0].name, 200) : null,
        publishedAt: parseFeedDate(textOf(entry.published) || textOf(entry.updated) || null, timeZone),
      });
    }
  } else {
    throw new FeedError("notAFeed");
  }
  return items;
}
