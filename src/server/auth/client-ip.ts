// The client's address for login throttling. A client can send any X-Forwarded-For it likes, so the
// header is trusted only as far as the operator's own proxies go (TRUSTED_PROXY_COUNT); the rest comes
// from the socket. Our HTTP server (scripts/serve.ts) computes it and passes it on in one header that
// it always overwrites.
export const CLIENT_IP_HEADER = "x-herald-client-ip";

export function resolveClientIp(
  socketAddress: string | undefined,
  forwardedFor: string | undefined,
  trustedProxyCount: number,
): string {
  const chain = (forwardedFor ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const hops = [...chain, socketAddress ?? "unknown"];
  // The socket is the nearest hop; each trusted proxy vouches for the one before it.
  const index = Math.max(0, hops.length - 1 - trustedProxyCount);
  return normalizeIp(hops[index]);
}

function normalizeIp(address: string): string {
  return address.startsWith("::ffff:") ? address.slice(7) : address;
}
