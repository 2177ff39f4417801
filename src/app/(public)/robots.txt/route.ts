import { publicOrigin } from "@/features/newsroom/public-url";

// Crawlers may read the public newsroom (and find its sitemap); the staff application and file
// downloads of unpublished work are not theirs (they need a login anyway, this only saves the trip).
export const dynamic = "force-dynamic";

export async function GET() {
  const origin = await publicOrigin();
  const body = ["User-agent: *", "Allow: /newsroom", "Allow: /media/", "Disallow: /", "", `Sitemap: ${origin}/sitemap.xml`, ""].join("\n");
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" } });
}
