import { contactsExportResponse } from "@/features/media-contacts/export";
import { getActor } from "@/server/auth/session";

// The contact list of the current filter (the page's query string) as a download; see features/media-contacts/export.ts.
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  return contactsExportResponse(await getActor(), params, "xlsx");
}
