// Fetching a feed with the limits untrusted input needs: http(s) only, a time limit for the whole exchange
// (AbortController: a server that trickles bytes is cut off too), a byte limit counted while streaming (a
// huge feed is never held in memory), a conditional GET (ETag / Last-Modified → 304 Not Modified), and only
// public addresses (feed-guard.ts), checked again on every redirect hop.
import { fetch as undiciFetch } from "undici";
import { addressLiteral, BlockedAddressError, isPublicAddress, publicOnlyDispatcher } from "./feed-guard";

export const FEED_MAX_BYTES = 5 * 1024 * 1024;
export const FEED_TIMEOUT_MS = 15_000;
export const FEED_MAX_REDIRECTS = 5;

export class FeedFetchError extends Error {
  constructor(readonly code: "notHttp" | "timeout" | "tooLarge" | "network" | "httpStatus" | "blockedAddress" | "tooManyRedirects", readonly detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = "FeedFetchError";
  }
}

export type FeedResponse =
  | { notModified: true }
  | { notModified: false; bytes: Uint8Array; contentType: string | null; etag: string | null; lastModified: string | null };

export async function fetchFeed(
  url: string,
  validators: { etag?: string | null; lastModified?: string | null } = {},
  limits: { timeoutMs?: number; maxBytes?: number; /** Tests and intranet installations only (MONITORING_ALLOW_PRIVATE_FEEDS). */ allowPrivateAddresses?: boolean } = {},
): Promise<FeedResponse> {
  const timeoutMs = limits.timeoutMs ?? FEED_TIMEOUT_MS;
  const maxBytes = limits.maxBytes ?? FEED_MAX_BYTES;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new FeedFetchError("notHttp");
  }
  const checkHop = (url: URL) => {
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new FeedFetchError("notHttp");
    const literal = addressLiteral(url);
    if (literal && !limits.allowPrivateAddresses && !isPublicAddress(literal)) throw new FeedFetchError("blockedAddress", literal);
  };
  checkHop(parsed);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const headers: Record<string, string> = {
      Accept: "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
      "User-Agent": "Herald media monitoring (city hall press office)",
    };
    if (validators.etag) headers["If-None-Match"] = validators.etag;
    if (validators.lastModified) headers["If-Modified-Since"] = validators.lastModified;
    // Redirects are followed by hand so that each hop's address is checked like the first.
    let response: Awaited<ReturnType<typeof undiciFetch>>;
    let url = parsed;
    for (let hop = 0; ; hop++) {
      try {
        response = await undiciFetch(url, {
          headers,
          signal: controller.signal,
          redirect: "manual",
          ...(limits.allowPrivateAddresses ? {} : { dispatcher: publicOnlyDispatcher() }),
        });
      } catch (error) {
        if (controller.signal.aborted) throw new FeedFetchError("timeout");
        const cause = (error as Error)?.cause;
        if (cause instanceof BlockedAddressError) throw new FeedFetchError("blockedAddress", cause.address);
        throw new FeedFetchError("network", String(cause ?? (error as Error)?.message ?? error).slice(0, 200));
      }
      const location = response.status >= 300 && response.status < 400 && response.status !== 304 ? response.headers.get("location") : null;
      if (!location) break;
      await response.body?.cancel().catch(() => undefined);
      if (hop >= FEED_MAX_REDIRECTS) throw new FeedFetchError("tooManyRedirects");
      try {
        url = new URL(location, url);
      } catch {
        throw new FeedFetchError("notHttp");
      }
      checkHop(url);
    }
    if (response.status === 304) {
      await response.body?.cancel().catch(() => undefined);
      return { notModified: true };
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new FeedFetchError("httpStatus", String(response.status));
    }
    const declared = Number(response.headers.get("content-length"));
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw new FeedFetchError("tooLarge");
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    const reader = response.body?.getReader();
    if (reader) {
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          total += value.byteLength;
          if (total > maxBytes) {
            await reader.cancel().catch(() => undefined);
            throw new FeedFetchError("tooLarge");
          }
          chunks.push(value);
        }
      } catch (error) {
        if (error instanceof FeedFetchError) throw error;
        if (controller.signal.aborted) throw new FeedFetchError("timeout");
        throw new FeedFetchError("network", String((error as Error)?.message ?? error).slice(0, 200));
      }
    }
    const bytes = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return {
      notModified: false,
      bytes,
      contentType: response.headers.get("content-type"),
      etag: response.headers.get("etag"),
      lastModified: response.headers.get("last-modified"),
    };
  } finally {
    clearTimeout(timer);
  }
}
