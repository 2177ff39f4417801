import { publicPdfResponse } from "@/features/newspaper/downloads";

// The final PDF of a distributed issue (public); anything else is a 404.
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return publicPdfResponse((await params).id);
}
