import { describe, expect, it } from "vitest";
import { buildSitemapIndex, buildUrlSet, SITEMAP_PAGE_SIZE, sitemapPageCount } from "./sitemap";

describe("sitemaps", () => {
  it("build a urlset with escaped locations, W3C dates and hreflang alternates", () => {
    const xml = buildUrlSet([
      { loc: "https://mesto.example/newsroom", lastModified: new Date("2026-03-03T10:00:00Z") },
      {
        loc: "https://mesto.example/newsroom/a&b",
        alternates: [
          { language: "cs", href: "https://mesto.example/newsroom/a&b" },
          { language: "en", href: "https://mesto.example/newsroom/a-en" },
        ],
      },
    ]);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9"/);
    expect(xml).toContain("<loc>https://mesto.example/newsroom/a&amp;b</loc>");
    expect(xml).toContain("<lastmod>2026-03-03T10:00:00.000Z</lastmod>");
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://mesto.example/newsroom/a-en"/>');
    expect(xml.match(/<url>/g)).toHaveLength(2);
  });

  it("build an index of sitemap pages", () => {
    const xml = buildSitemapIndex([{ loc: "https://mesto.example/newsroom/sitemap/1.xml", lastModified: null }]);
    expect(xml).toContain("<sitemapindex");
    expect(xml).toContain("<sitemap>\n    <loc>https://mesto.example/newsroom/sitemap/1.xml</loc>\n  </sitemap>");
  });

  it("need one page per SITEMAP_PAGE_SIZE releases, and always one", () => {
    expect(sitemapPageCount(0)).toBe(1);
    expect(sitemapPageCount(SITEMAP_PAGE_SIZE)).toBe(1);
    expect(sitemapPageCount(SITEMAP_PAGE_SIZE + 1)).toBe(2);
  });
});
