// RSS 2.0 and Atom 1.0 for the public newsroom. Pure functions (no database, no Next): the route
// handlers read the releases and pass plain values. Every text goes through escapeXml.

export interface FeedItem {
  title: string;
  /** Absolute URL of the release. */
  link: string;
  /** Plain text (the perex). */
  description: string;
  publishedAt: Date;
  updatedAt?: Date | null;
  categories: string[];
  language?: string;
}

export interface FeedChannel {
  title: string;
  /** Absolute URL of the newsroom page. */
  link: string;
  /** Absolute URL of the feed itself (atom:link rel="self"). */
  selfLink: string;
  description: string;
  language: string;
  items: FeedItem[];
  /** Defaults to the newest item's date (stable output for an unchanged feed), else now. */
  lastBuildDate?: Date;
}

/** Escapes the five XML special characters and drops characters XML 1.0 does not allow. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** RFC 822 (as RSS 2.0 asks; RFC 1123's four-digit year): "Sat, 21 Nov 2026 09:05:00 GMT". */
export function rfc822(date: Date): string {
  return date.toUTCString();
}

function newest(items: FeedItem[]): Date | undefined {
  let result: Date | undefined;
  for (const item of items) {
    const date = item.updatedAt && item.updatedAt > item.publishedAt ? item.updatedAt : item.publishedAt;
    if (!result || date > result) result = date;
  }
  return result;
}

export function buildRss(channel: FeedChannel): string {
  const lastBuildDate = channel.lastBuildDate ?? newest(channel.items) ?? new Date();
  const items = channel.items.map((item) =>
    [
      "    <item>",
      `      <title>${escapeXml(item.title)}</title>`,
      `      <link>${escapeXml(item.link)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(item.link)}</guid>`,
      `      <pubDate>${rfc822(item.publishedAt)}</pubDate>`,
      `      <description>${escapeXml(item.description)}</description>`,
      ...item.categories.map((category) => `      <category>${escapeXml(category)}</category>`),
      "    </item>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    "  <channel>",
    `    <title>${escapeXml(channel.title)}</title>`,
    `    <link>${escapeXml(channel.link)}</link>`,
    `    <description>${escapeXml(channel.description)}</description>`,
    `    <language>${escapeXml(channel.language)}</language>`,
    `    <lastBuildDate>${rfc822(lastBuildDate)}</lastBuildDate>`,
    `    <atom:link href="${escapeXml(channel.selfLink)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    "  </channel>",
    "</rss>",
    "",
  ].join("\n");
}

export function buildAtom(channel: FeedChannel): string {
  const updated = channel.lastBuildDate ?? newest(channel.items) ?? new Date();
  const entries = channel.items.map((item) =>
    [
      item.language ? `  <entry xml:lang="${escapeXml(item.language)}">` : "  <entry>",
      `    <title>${escapeXml(item.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(item.link)}"/>`,
      `    <id>${escapeXml(item.link)}</id>`,
      `    <published>${item.publishedAt.toISOString()}</published>`,
      `    <updated>${(item.updatedAt && item.updatedAt > item.publishedAt ? item.updatedAt : item.publishedAt).toISOString()}</updated>`,
      `    <summary>${escapeXml(item.description)}</summary>`,
      ...item.categories.map((category) => `    <category term="${escapeXml(category)}"/>`),
      "  </entry>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(channel.language)}">`,
    `  <title>${escapeXml(channel.title)}</title>`,
    `  <subtitle>${escapeXml(channel.description)}</subtitle>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(channel.link)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(channel.selfLink)}"/>`,
    `  <id>${escapeXml(channel.selfLink)}</id>`,
    `  <updated>${updated.toISOString()}</updated>`,
    // Atom requires an author for each entry or for the feed.
    `  <author><name>${escapeXml(channel.title)}</name></author>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
