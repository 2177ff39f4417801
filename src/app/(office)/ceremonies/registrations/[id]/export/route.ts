import { exportRegistration } from "@/features/ceremonies/service";
import { getActor } from "@/server/auth/session";
import { AppError } from "@/server/errors";

// GDPR Art. 15: everything held about one registration, as JSON (audited in the service).
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const data = await exportRegistration(await getActor(), { registrationId: id });
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="ceremony-registration-${id}.json"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError) return new Response(error.messageKey, { status: error.status });
    throw error;
  }
}
