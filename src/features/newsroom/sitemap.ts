// The newsroom's sitemaps (sitemaps.org 0.9): an index at /sitemap.xml naming pages of at most
// SITEMAP_PAGE_SIZE releases each (the protocol allows 50,000 URLs a file; smaller files stay quick).
// Pure functions: the route handlers read the releases and pass plain values.
import { escapeXml } from "./feed";

export const SITEMAP_PAGE_SIZE = 10_000;

export interface SitemapUrl {
  /** Absolute URL. */
  loc: string;
  lastModified?: Date | null;
  /** Other language versions of the same page: hreflang → absolute URL. */
  alternates?: Array<{ language: string; href: string }>;
}

export function buildSitemapIndex(sitemaps: Array<{ loc: string; lastModified?: Date | null }>): string {
  const entries = sitemaps
    .map((sitemap) => `  <sitemap>\n    <loc>${escapeXml(sitemap.loc)}</loc>${lastmod(sitemap.lastModified)}\n  </sitemap>`)
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</sitemapindex>\n`;
}

export function buildUrlSet(urls: SitemapUrl[]): string {
  const entries = urls
    .map((url) => {
      const alternates = (url.alternates ?? [])
        .map((alternate) => `\n    <xhtml:link rel="alternate" hreflang="${escapeXml(alternate.language)}" href="${escapeXml(alternate.href)}"/>`)
        .join("");
      return `  <url>\n    <loc>${escapeXml(url.loc)}</loc>${lastmod(url.lastModified)}${alternates}\n  </url>`;
    })
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries}\n</urlset>\n`;
}

/** W3C datetime, as sitemaps ask. */
function lastmod(date: Date | null | undefined): string {
  return date ? `\n    <lastmod>${date.toISOString()}</lastmod>` : "";
}

/** How many sitemap pages the releases need (at least one: it also carries the newsroom itself). */
export function sitemapPageCount(releaseCount: number): number {
  return Math.max(1, Math.ceil(releaseCount / SITEMAP_PAGE_SIZE));
}

export function xmlResponse(body: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "application/xml; charset=utf-8",
      "X-Content-Type-Options": "nosniff",
      // Crawlers come rarely; a few minutes behind is fine, and the newsroom cache keeps it cheap.
      "Cache-Control": "public, max-age=300",
    },
  });
}
