// The feed route's response on the demo data: only what the public may see, in the asked language.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../../prisma/seed/demo-data";
import { db } from "@/server/db";
import { fileDatabaseUrl } from "../../../tests/support/database";
import { feedResponse } from "./feed-response";

const ORIGIN = "https://hornilhota.example";

const previousUrl = process.env.NEXTAUTH_URL;

beforeAll(async () => {
  // The feed's links use the configured origin (never the request's Host header).
  process.env.NEXTAUTH_URL = `${ORIGIN}/`;
  await seedDemoData(fileDatabaseUrl());
});

afterAll(() => {
  if (previousUrl === undefined) delete process.env.NEXTAUTH_URL;
  else process.env.NEXTAUTH_URL = previousUrl;
});

const get = (path: string, format: "rss" | "atom" = "rss") => feedResponse(new Request(`http://attacker.example${path}`), format);

describe("the newsroom feed", () => {
  it("is RSS 2.0 of exactly the published releases, newest first, with the configured origin", async () => {
    const response = await get("/newsroom/feed.xml");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    const xml = await response.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0"/);
    expect(xml).not.toContain("attacker.example");

    const published = await db.pressRelease.findMany({
      where: { status: "PUBLISHED" },
      select: { slug: true },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    });
    const links = [...xml.matchAll(/<guid isPermaLink="true">([^<]+)<\/guid>/g)].map((m) => m[1]);
    expect(links).toEqual(published.map((release) => `${ORIGIN}/newsroom/${release.slug}`));

    const hidden = await db.pressRelease.findMany({ where: { status: { not: "PUBLISHED" } }, select: { title: true, slug: true } });
    expect(hidden.length).toBeGreaterThan(0);
    for (const release of hidden) {
      expect(xml).not.toContain(release.slug);
      expect(xml).not.toContain(release.title);
    }
    expect(xml).toContain("<category>Doprava</category>");
    expect(xml).toContain("<language>cs</language>");
  });

  it("?lang=en holds the English versions only, described in English", async () => {
    const xml = await (await get("/newsroom/feed.xml?lang=en")).text();
    expect(xml).toContain("<language>en</language>");
    expect(xml).toContain("<title>Press releases – Město Horní Lhota</title>");
    expect(xml).toContain("<category>Culture</category>");
    const english = await db.pressRelease.count({ where: { status: "PUBLISHED", language: "en" } });
    expect([...xml.matchAll(/<item>/g)]).toHaveLength(english);
  });

  it("is also Atom", async () => {
    const response = await get("/newsroom/atom.xml", "atom");
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="cs">');
    expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="${ORIGIN}/newsroom/atom.xml"/>`);
  });
});
