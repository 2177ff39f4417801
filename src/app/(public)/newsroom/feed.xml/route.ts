import { feedResponse } from "@/features/newsroom/feed-response";

// RSS 2.0 of the newest published releases (?lang=cs|en for one language). Built at request time.
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return feedResponse(request, "rss");
}
