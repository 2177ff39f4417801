import { expect, test } from "@playwright/test";

// What the server sends, independent of the browser: security headers and the health check.

test("a page carries the security headers", async ({ request }) => {
  for (const path of ["/login", "/newsroom"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    const headers = response.headers();

    const csp = headers["content-security-policy"] ?? "";
    const directives = new Map(
      csp.split(";").map((part) => part.trim()).filter(Boolean).map((part) => {
        const [name, ...values] = part.split(/\s+/);
        return [name, values.join(" ")] as const;
      }),
    );
    expect(directives.get("object-src"), `${path}: ${csp}`).toBe("'none'");
    expect(directives.get("base-uri"), csp).toBe("'none'");
    expect(directives.get("frame-ancestors"), csp).toBe("'none'");
    expect(directives.get("form-action"), csp).toBe("'self'");
    // Scripts only with this response's nonce: no inline scripts, no eval in production.
    expect(directives.get("script-src"), csp).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
    expect(directives.get("script-src"), csp).not.toMatch(/unsafe-inline|unsafe-eval/);

    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBeTruthy();
    expect(headers["strict-transport-security"]).toMatch(/max-age=\d+/);
    expect(headers["x-powered-by"]).toBeUndefined();
  }
});

test("every response gets a fresh CSP nonce", async ({ request }) => {
  const nonce = async () => (await request.get("/login")).headers()["content-security-policy"]?.match(/'nonce-([^']+)'/)?.[1];
  const [first, second] = [await nonce(), await nonce()];
  expect(first).toBeTruthy();
  expect(first).not.toBe(second);
});

test("GET /api/health answers ok", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", db: "ok" });
  expect(response.headers()["cache-control"]).toContain("no-store");
});

test("crawlers find the newsroom's sitemap through robots.txt, and only the newsroom", async ({ request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/^Sitemap: http:\/\/localhost:\d+\/sitemap\.xml$/m);
  expect(robots).toContain("Disallow: /\n");
  const index = await request.get("/sitemap.xml");
  expect(index.headers()["content-type"]).toContain("application/xml");
  const page = await (await request.get((await index.text()).match(/<loc>([^<]+)<\/loc>/)![1])).text();
  expect(page).toMatch(/<loc>http:\/\/localhost:\d+\/newsroom<\/loc>/);
  expect(page.match(/<url>/g)!.length).toBeGreaterThan(10); // the demo data's published releases
  expect((await request.get("/newsroom/sitemap/999.xml")).status()).toBe(404);
});
