import { subscribersExportResponse } from "@/features/newsletter/export";
import { getActor } from "@/server/auth/session";

// The subscribers of the current filter (the page's query string) as a CSV download.
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  return subscribersExportResponse(await getActor(), params);
}
