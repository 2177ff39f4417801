import { staffFileResponse } from "@/features/newspaper/downloads";
import { getActor } from "@/server/auth/session";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return staffFileResponse(await getActor(), "artwork", (await params).id);
}
