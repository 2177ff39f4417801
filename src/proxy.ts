import { type NextRequest, NextResponse } from "next/server";
import { encode, getToken } from "next-auth/jwt";

// Runs before every page. It (1) sets a Content-Security-Policy with a fresh nonce, (2) sends anonymous
// visitors of staff pages to /login — a convenience only: every page and action checks the session and
// the permission itself — and (3) slides the idle timeout by re-issuing an active session's token.

// /media serves files of published releases to anyone and checks staff access itself.
const PUBLIC_PREFIXES = ["/login", "/newsroom", "/sitemap.xml", "/api/", "/media", "/ceremonies/sign-up", "/contribute", "/privacy", "/forbidden"];
const REFRESH_AFTER_SECONDS = 60;

export async function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);

  const secureCookie = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET, secureCookie }).catch(() => null);
  const { pathname, search } = request.nextUrl;
  const isPublic = PUBLIC_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(prefix.endsWith("/") ? prefix : `${prefix}/`));

  let response: NextResponse;
  if (!token && !isPublic) {
    const login = new URL("/login", request.url);
    if (pathname !== "/") login.searchParams.set("callbackUrl", `${pathname}${search}`);
    response = NextResponse.redirect(login);
  } else {
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  response.headers.set("Content-Security-Policy", csp);

  if (token && typeof token.iat === "number" && Date.now() / 1000 - token.iat > REFRESH_AFTER_SECONDS) {
    const maxAge = Number(process.env.SESSION_IDLE_MINUTES ?? 60) * 60;
    const { iat: _iat, exp: _exp, jti: _jti, ...claims } = token;
    const fresh = await encode({ token: claims, secret: process.env.NEXTAUTH_SECRET ?? "", maxAge });
    response.cookies.set(secureCookie ? "__Secure-next-auth.session-token" : "next-auth.session-token", fresh, {
      httpOnly: true,
      sameSite: "lax",
      secure: secureCookie,
      path: "/",
      maxAge,
    });
  }
  return response;
}

function contentSecurityPolicy(nonce: string): string {
  const isDev = process.env.NODE_ENV !== "production";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join("; ");
}

export const config = {
  // Everything but Next's static files.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
