import { analysisExportResponse } from "@/features/monitoring/export";
import { getActor } from "@/server/auth/session";

// The analysis of the page's period and filters as a download; see features/monitoring/export.ts.
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  return analysisExportResponse(await getActor(), params, "xlsx");
}
