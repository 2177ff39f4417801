import { unsubscribeByToken } from "@/features/newsletter/service";
import { NotFoundError, ValidationError } from "@/server/errors";
import { describeError, logger } from "@/server/logger";

// RFC 8058 one-click unsubscribe from the e-mail edition: mail clients POST "List-Unsubscribe=One-Click"
// to the address in the List-Unsubscribe header. No session and no CSRF token by design: the unguessable
// token is the credential. A GET (a person or a link scanner) changes nothing and leads to the page.
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ token: string }> };
const headers = { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" };

export async function POST(_request: Request, { params }: Context) {
  const { token } = await params;
  try {
    await unsubscribeByToken({ token }, { via: "oneClick" });
    return new Response("Unsubscribed.\n", { status: 200, headers });
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ValidationError) return new Response("This link is not valid.\n", { status: 404, headers });
    logger.error("newsletter one-click unsubscribe failed", describeError(error));
    return new Response("Please try again later.\n", { status: 503, headers });
  }
}

export async function GET(request: Request, { params }: Context) {
  const { token } = await params;
  return Response.redirect(new URL(`/newsroom/newsletter/unsubscribe/${encodeURIComponent(token)}`, request.url), 303);
}
