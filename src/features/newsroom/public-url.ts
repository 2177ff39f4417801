import "server-only";
import { headers } from "next/headers";

/**
 * The site's absolute origin for feeds, canonical links and OpenGraph: the configured NEXTAUTH_URL
 * (set by the operator, and by `npm start` for the embedded default), so that a forged Host header
 * cannot put foreign links into the feed; only without it, the request's own host.
 */
export async function publicOrigin(): Promise<string> {
  const configured = process.env.NEXTAUTH_URL;
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // fall through to the request
    }
  }
  const list = await headers();
  const host = list.get("host") ?? "localhost";
  const proto = list.get("x-forwarded-proto") === "https" ? "https" : "http";
  return `${proto}://${host}`;
}
