import { contentDisposition } from "@/features/release-media/download";
import { clippingFile } from "@/features/monitoring/queries";
import { getActor } from "@/server/auth/session";
import { AppError } from "@/server/errors";
import { fileStorage } from "@/server/storage/file-storage";

// A manual clipping's scan (stored outside public/), for staff who see monitoring.
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const file = await clippingFile(await getActor(), id);
    const stored = await fileStorage().get(file.key);
    if (!stored) return new Response("notFound", { status: 404 });
    return new Response(stored.stream, {
      headers: { "Content-Type": "application/pdf", "Content-Length": String(stored.size), "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff", "Content-Disposition": contentDisposition("inline", file.fileName) },
    });
  } catch (error) {
    if (error instanceof AppError) return new Response(error.messageKey, { status: error.status });
    throw error;
  }
}
