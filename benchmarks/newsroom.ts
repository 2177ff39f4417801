// npm run bench:newsroom — seeds 100,000 press releases into a scratch database and prints the public
// newsroom's list, page and search timings (p50/p95) beside a minimal query measured in the same run.
// A benchmark, not a test: it prints figures and asserts nothing. Needs a PostgreSQL server
// (BENCH_DATABASE_URL, default the local one); the scratch database is dropped at the end.
import { performance } from "node:perf_hooks";
import { measureCases, printResults } from "./measure";
import pg from "pg";
import { applyMigrations } from "@/server/migrations/migrations";

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const RELEASES = Number(process.env.BENCH_RELEASES ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);
const database = `herald_bench_${process.pid}`;
const benchUrl = (() => {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
})();

const admin = new pg.Client({ connectionString: ADMIN_URL });
await admin.connect();
await admin.query(`CREATE DATABASE "${database}"`);
try {
  await applyMigrations(benchUrl);
  const seedStarted = performance.now();
  await seed(benchUrl);
  console.log(`seeded ${RELEASES.toLocaleString("en")} releases in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);

  process.env.DATABASE_URL = benchUrl;
  const { db } = await import("@/server/db");
  const { listPublishedReleases, getPublishedRelease } = await import("@/features/press-releases/queries");
  const { newsroomCache } = await import("@/features/newsroom/cache");
  const [{ slug }] = await db.$queryRaw<Array<{ slug: string }>>`SELECT "slug" FROM "PressRelease" WHERE "status" = 'PUBLISHED' ORDER BY random() LIMIT 1`;

  const cases: Array<[string, () => Promise<unknown>]> = [
    ["baseline: 20 newest rows, one query", () => db.$queryRaw`SELECT "id", "title" FROM "PressRelease" WHERE "status" = 'PUBLISHED' ORDER BY "publishedAt" DESC LIMIT 20`],
    ["newsroom list, page 1", () => listPublishedReleases({})],
    ["newsroom list, page 200", () => listPublishedReleases({ page: 200 })],
    ["newsroom list, one topic", () => listPublishedReleases({ topicSlug: "doprava" })],
    ["search, common word (lavka)", () => listPublishedReleases({ q: "lavka" })],
    ["search, rare word (vodojem)", () => listPublishedReleases({ q: "vodojem" })],
    ["release page by slug", () => getPublishedRelease(slug)],
    // What the newsroom's pages do: the same reads through the newsroom cache (one generation lookup).
    ["cached: newsroom list, page 1", () => newsroomCache.read("list", () => listPublishedReleases({}))],
    ["cached: search, common word (lavka)", () => newsroomCache.read("lavka", () => listPublishedReleases({ q: "lavka" }))],
  ];
  printResults(await measureCases(cases, ROUNDS));
  await db.$disconnect();
} finally {
  // BENCH_KEEP=1 keeps the scratch database to study query plans (EXPLAIN) by hand.
  if (process.env.BENCH_KEEP === "1") console.log(`kept ${benchUrl}`);
  else await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await admin.end();
}

/** Releases in SQL (generate_series): Czech-like titles from a word list, 90 % published over 5 years. */
async function seed(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await seedWith(client);
  } finally {
    await client.end();
  }
}

async function seedWith(client: pg.Client) {
  await client.query(`
    INSERT INTO "User" ("id", "email", "name", "passwordHash", "roles", "updatedAt")
    VALUES ('00000000-0000-7000-8000-000000000001', 'bench@herald.example', 'Bench', 'x', '{PR_STAFF}', now());
    INSERT INTO "Topic" ("id", "slug", "nameCs", "nameEn")
    SELECT gen_random_uuid(), slug, slug, slug FROM unnest(ARRAY['doprava','kultura','skolstvi','investice','zivotni-prostredi','bezpecnost','socialni-sluzby','rada']) AS slug;`);
  await client.query(
    `
    WITH words AS (SELECT ARRAY['nová','lávka','rekonstrukce','školy','město','rada','zastupitelstvo','rozpočet','knihovna','doprava',
      'uzavírka','ulice','park','výsadba','stromů','kultura','festival','trhy','vánoční','senioři','taxi','hasiči','cvičení',
      'kanalizace','oprava','stadion','aplikace','závady','občané','dotace'] AS w)
    INSERT INTO "PressRelease" ("id", "translationGroupId", "language", "slug", "title", "perex", "bodyHtml", "status",
      "authorId", "publishedAt", "updatedAt")
    SELECT id, id, CASE WHEN n % 7 = 0 THEN 'en' ELSE 'cs' END, 'zprava-' || n,
      initcap(w[1 + n % 30]) || ' ' || w[1 + (n / 30) % 30] || ' ' || w[1 + (n / 900) % 30] || ' ' || n
        || CASE WHEN n % 5000 = 0 THEN ' vodojem' ELSE '' END,
      'Perex ' || w[1 + (n * 7) % 30] || ' ' || w[1 + (n * 11) % 30],
      '<p>' || w[1 + (n * 13) % 30] || ' ' || w[1 + (n * 17) % 30] || ' ' || repeat('text ', 40) || '</p>',
      (CASE WHEN n % 10 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END)::"PressReleaseStatus",
      '00000000-0000-7000-8000-000000000001',
      CASE WHEN n % 10 = 0 THEN NULL ELSE now() - (n || ' minutes')::interval * 26 END, now()
    FROM words, (SELECT n, gen_random_uuid() AS id FROM generate_series(1, $1::int) AS n) AS g`,
    [RELEASES],
  );
  await client.query(`
    INSERT INTO "PressReleaseTopic" ("pressReleaseId", "topicId")
    SELECT r.id, t.id FROM "PressRelease" r
    JOIN LATERAL (SELECT id FROM "Topic" ORDER BY md5(r.id::text || "Topic".id::text) LIMIT 1) t ON true;
    ANALYZE;`);
}
