import { invoicePdfResponse } from "@/features/newspaper-invoices/document";
import { getActor } from "@/server/auth/session";

// The invoice or credit note as a PDF (inline; ?download=1 saves it), for staff with newspaperInvoice.view.
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return invoicePdfResponse(await getActor(), id, { download: new URL(request.url).searchParams.has("download") });
}
