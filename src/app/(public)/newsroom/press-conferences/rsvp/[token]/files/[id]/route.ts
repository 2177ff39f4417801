import { findInviteeMaterial } from "@/features/press-conferences/materials";
import { serveStoredFile } from "@/features/release-media/download";

// A press conference's material for an invited journalist: the RSVP token is the credential, and the
// materials must be published to the invitees. Anything else is one 404. Never cached by others.
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(request: Request, { params }: { params: Promise<{ token: string; id: string }> }) {
  const { token, id } = await params;
  return serveStoredFile(request, await findInviteeMaterial(token, id), { isPublic: false });
}
