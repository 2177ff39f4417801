import { promoItemsExportResponse } from "@/features/promo-items/export";
import { getActor } from "@/server/auth/session";

// The item list of the current filter (the page's query string) as a download; see features/promo-items/export.ts.
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  return promoItemsExportResponse(await getActor(), params, "xlsx");
}
