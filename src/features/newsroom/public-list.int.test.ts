import { beforeAll, describe, expect, it } from "vitest";
import { listPublishedReleases, PUBLIC_COUNT_CAP } from "@/features/press-releases/queries";
import { PUBLIC_PAGE_SIZE } from "@/features/press-releases/schema";
import { db } from "@/server/db";
import { makePressRelease, makeUser, unique } from "../../../tests/support/factories";
import { countPublicReleases, listSitemapReleases } from "./public-queries";

// The newsroom's list at a size where its plans differ: a search word in more releases than the
// few-matches plan takes, a total beyond the counting cap. (The timings are the benchmark's business.)
const MANY = PUBLIC_COUNT_CAP + 50;
const HOUR = 3_600_000;
let word: string;

beforeAll(async () => {
  word = unique("hojne").toLowerCase().replace(/[^a-z0-9]/g, "");
  const { user } = await makeUser({ roles: ["PR_STAFF"] });
  // Published one minute apart, newest n = 1; every tenth a draft, which must never show.
  await db.$executeRaw`
    INSERT INTO "PressRelease" ("id", "translationGroupId", "language", "slug", "title", "perex", "bodyHtml", "status", "authorId", "publishedAt", "updatedAt")
    SELECT id, id, 'cs', ${word} || '-' || n, 'Zpráva ' || ${word} || ' ' || n, 'Perex', '<p>Text</p>',
      (CASE WHEN n % 10 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END)::"PressReleaseStatus", ${user.id}::uuid,
      CASE WHEN n % 10 = 0 THEN NULL ELSE now() - interval '1 day' - n * interval '1 minute' END, now()
    FROM (SELECT n, gen_random_uuid() AS id FROM generate_series(1, ${MANY + 150}::int) AS n) AS g`;
});

describe("the newsroom list", () => {
  it("answers a search matching very many releases newest first, with an open-ended total", async () => {
    const page1 = await listPublishedReleases({ q: word });
    expect(page1.rows).toHaveLength(PUBLIC_PAGE_SIZE);
    expect(page1.rows.map((row) => row.slug)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22].map((n) => `${word}-${n}`));
    expect(page1).toMatchObject({ totalKnown: false, total: PUBLIC_COUNT_CAP, pageCount: null, hasNext: true });
    const page2 = await listPublishedReleases({ q: word, page: 2 });
    expect(page2.rows[0].slug).toBe(`${word}-23`);
  });

  it("answers a search matching few releases from its matches, with an exact total and last page", async () => {
    const result = await listPublishedReleases({ q: `${word} 7` });
    // "7" is its own word only in release 7 (and websearch ANDs the words).
    expect(result.rows.map((row) => row.slug)).toEqual([`${word}-7`]);
    expect(result).toMatchObject({ total: 1, totalKnown: true, pageCount: 1, hasNext: false });
  });

  it("says when there is no next page on the last one", async () => {
    const tag = unique("posledni");
    await Promise.all(Array.from({ length: PUBLIC_PAGE_SIZE + 1 }, (_, i) => makePressRelease({ status: "PUBLISHED", title: `Poslední ${tag} ${i}` })));
    expect(await listPublishedReleases({ q: tag })).toMatchObject({ total: PUBLIC_PAGE_SIZE + 1, pageCount: 2, hasNext: true });
    const last = await listPublishedReleases({ q: tag, page: 2 });
    expect(last).toMatchObject({ hasNext: false, page: 2 });
    expect(last.rows).toHaveLength(1);
  });
});

describe("the sitemap's reads", () => {
  it("list public releases with their public language versions, never an embargoed or scheduled one", async () => {
    const now = Date.now();
    const czech = await makePressRelease({ status: "PUBLISHED", publishedAt: new Date(now - 60_000) });
    const english = await makePressRelease({ status: "PUBLISHED", language: "en", translationGroupId: czech.id, publishedAt: new Date(now - 60_000) });
    const embargoed = await makePressRelease({ status: "PUBLISHED", publishedAt: new Date(now - HOUR), embargoUntil: new Date(now + HOUR) });
    const scheduled = await makePressRelease({ status: "SCHEDULED", publishAt: new Date(now + HOUR) });
    const german = await makePressRelease({ status: "IN_REVIEW", language: "de", translationGroupId: czech.id });

    const { count } = await countPublicReleases();
    const entries = await listSitemapReleases(1, count);
    expect(entries).toHaveLength(count);
    const slugs = entries.map((entry) => entry.slug);
    expect(slugs).toEqual(expect.arrayContaining([czech.slug, english.slug]));
    for (const hidden of [embargoed, scheduled, german]) expect(slugs).not.toContain(hidden.slug);
    const entry = entries.find((candidate) => candidate.slug === czech.slug);
    expect(entry?.versions.map((version) => version.language).sort()).toEqual(["cs", "en"]);
    expect((await listSitemapReleases(2, count)).length).toBe(0);
  });
});
