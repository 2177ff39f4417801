import { contactDataExportResponse } from "@/features/media-contacts/export";
import { getActor } from "@/server/auth/session";

// GDPR: everything held about one journalist, as JSON (contact.erase; audited).
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return contactDataExportResponse(await getActor(), (await params).id);
}
