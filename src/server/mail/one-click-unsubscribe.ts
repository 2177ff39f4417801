import "server-only";
import { NotFoundError, ValidationError } from "@/server/errors";
import { describeError, logger } from "@/server/logger";

// RFC 8058 one-click unsubscribe, shared by the releases' distribution and the paper's e-mail edition: mail
// providers POST "List-Unsubscribe=One-Click" to the address in the List-Unsubscribe header. No session and no
// CSRF token by design: the unguessable token is the credential. A GET (a person or a link scanner opening the
// address) changes nothing and leads to the page where a person confirms.

type Context = { params: Promise<{ token: string }> };
const headers = { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" };

export function oneClickUnsubscribeRoute(options: {
  /** Unsubscribes the token's holder; NotFound/Validation errors mean the link is not valid. */
  unsubscribe: (token: string) => Promise<unknown>;
  /** The confirmation page, e.g. "/newsroom/unsubscribe" (the token is appended). */
  pagePath: string;
  /** Names the list in the error log. */
  list: string;
}) {
  return {
    async POST(_request: Request, { params }: Context): Promise<Response> {
      const { token } = await params;
      try {
        await options.unsubscribe(token);
        return new Response("Unsubscribed.\n", { status: 200, headers });
      } catch (error) {
        if (error instanceof NotFoundError || error instanceof ValidationError) return new Response("This link is not valid.\n", { status: 404, headers });
        logger.error("one-click unsubscribe failed", { list: options.list, ...describeError(error) });
        return new Response("Please try again later.\n", { status: 503, headers });
      }
    },
    async GET(request: Request, { params }: Context): Promise<Response> {
      const { token } = await params;
      return Response.redirect(new URL(`${options.pagePath}/${encodeURIComponent(token)}`, request.url), 303);
    },
  };
}
