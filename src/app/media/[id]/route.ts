import { serveMedia } from "@/features/release-media/download";
import { getActor } from "@/server/auth/session";

// Photos and attachments of press releases (stored outside public/): see features/release-media/download.ts.
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return serveMedia(request, id, getActor);
}
