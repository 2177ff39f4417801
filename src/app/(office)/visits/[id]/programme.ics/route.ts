import { publicOrigin } from "@/features/newsroom/public-url";
import { programmeIcsResponse } from "@/features/visits/ics-response";
import { getActor } from "@/server/auth/session";

// The visit's programme as an iCalendar file (staff only); see features/visits/ics-response.ts.
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return programmeIcsResponse(await getActor(), (await params).id, await publicOrigin());
}
