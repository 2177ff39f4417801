import { promoItemPhoto } from "@/features/promo-items/queries";
import { getActor } from "@/server/auth/session";
import { AppError } from "@/server/errors";
import { fileStorage } from "@/server/storage/file-storage";

// An item's photo (stored outside public/), for staff who see the store.
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const photo = await promoItemPhoto(await getActor(), id);
    const file = await fileStorage().get(photo.key);
    if (!file) return new Response("notFound", { status: 404 });
    return new Response(file.stream, {
      headers: { "Content-Type": photo.mimeType, "Content-Length": String(file.size), "Cache-Control": "private, max-age=3600", "X-Content-Type-Options": "nosniff", "Content-Disposition": "inline" },
    });
  } catch (error) {
    if (error instanceof AppError) return new Response(error.messageKey, { status: error.status });
    throw error;
  }
}
