import { cachedNewsroom } from "@/features/newsroom/cached-reads";
import { publicOrigin } from "@/features/newsroom/public-url";
import { buildSitemapIndex, sitemapPageCount, xmlResponse } from "@/features/newsroom/sitemap";

// The sitemap index: one sitemap page per SITEMAP_PAGE_SIZE public releases (/newsroom/sitemap/<n>.xml).
export const dynamic = "force-dynamic";

export async function GET() {
  const [origin, { count, lastModified }] = await Promise.all([publicOrigin(), cachedNewsroom.publicCount()]);
  const pages = Array.from({ length: sitemapPageCount(count) }, (_, index) => ({ loc: `${origin}/newsroom/sitemap/${index + 1}.xml`, lastModified }));
  return xmlResponse(buildSitemapIndex(pages));
}
