import { typesetterZipResponse } from "@/features/newspaper/downloads";
import { getActor } from "@/server/auth/session";

// The typesetter's ZIP of the issue (features/newspaper/export.ts).
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return typesetterZipResponse(await getActor(), (await params).id);
}
