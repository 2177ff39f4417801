import { councilSpaceCsvResponse } from "@/features/newspaper/downloads";
import { getActor } from "@/server/auth/session";

// The council members' balance of a year as CSV (?year=2026).
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(request: Request) {
  return councilSpaceCsvResponse(await getActor(), Object.fromEntries(new URL(request.url).searchParams));
}
