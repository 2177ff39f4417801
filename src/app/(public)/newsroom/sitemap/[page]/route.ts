import { cachedNewsroom } from "@/features/newsroom/cached-reads";
import { publicOrigin } from "@/features/newsroom/public-url";
import { buildUrlSet, type SitemapUrl, sitemapPageCount, xmlResponse } from "@/features/newsroom/sitemap";

// One sitemap page: /newsroom/sitemap/<n>.xml, public releases newest first with their language
// versions; the first page also names the newsroom itself. Unknown pages are 404.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ page: string }> }) {
  const match = /^([1-9]\d{0,4})\.xml$/.exec((await params).page);
  const [origin, { count, lastModified }] = await Promise.all([publicOrigin(), cachedNewsroom.publicCount()]);
  const page = match ? Number(match[1]) : 0;
  if (page < 1 || page > sitemapPageCount(count)) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain" } });
  const releases = await cachedNewsroom.sitemapPage(page);
  const url = (slug: string) => `${origin}/newsroom/${encodeURIComponent(slug)}`;
  const urls: SitemapUrl[] = releases.map((release) => ({
    loc: url(release.slug),
    lastModified: release.correctedAt ?? release.publishedAt,
    alternates: release.versions.length > 1 ? release.versions.map((version) => ({ language: version.language, href: url(version.slug) })) : undefined,
  }));
  if (page === 1) urls.unshift({ loc: `${origin}/newsroom`, lastModified });
  return xmlResponse(buildUrlSet(urls));
}
