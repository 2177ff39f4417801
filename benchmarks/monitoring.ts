// npm run bench:monitoring — seeds 1,000,000 clippings into a scratch database (generate_series in SQL)
// and prints the clippings list's and search's timings (p50/p95) beside a trivial query measured in the
// same run. A benchmark, not a test: it prints figures and asserts nothing. Needs a PostgreSQL server
// (BENCH_DATABASE_URL, default the local one); the scratch database is dropped at the end.
// Target (../shared/QUALITY.md): search p95 < 50 ms.
import { performance } from "node:perf_hooks";
import { measureCases, printResults } from "./measure";
import pg from "pg";
import { applyMigrations } from "@/server/migrations/migrations";

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const CLIPPINGS = Number(process.env.BENCH_CLIPPINGS ?? 1_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);
// BENCH_REUSE=<database> measures again on a database kept by BENCH_KEEP=1 (no seeding, not dropped).
const reuse = process.env.BENCH_REUSE;
const database = reuse ?? `herald_bench_monitoring_${process.pid}`;
const benchUrl = (() => {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
})();

const admin = new pg.Client({ connectionString: ADMIN_URL });
await admin.connect();
if (!reuse) await admin.query(`CREATE DATABASE "${database}"`);
try {
  if (!reuse) {
    await applyMigrations(benchUrl);
    const seedStarted = performance.now();
    await seed(benchUrl);
    console.log(`seeded ${CLIPPINGS.toLocaleString("en")} clippings in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);
  }

  process.env.DATABASE_URL = benchUrl;
  const { db } = await import("@/server/db");
  const { listClippings } = await import("@/features/monitoring/queries");
  const { monitoringDashboard } = await import("@/features/monitoring/overview");
  const actor = { id: "00000000-0000-7000-8000-000000000001", name: "Bench", email: "bench@herald.example", roles: ["SPOKESPERSON" as const], locale: "cs" };
  const page1 = await listClippings(actor, {});
  const deep = await listClippings(actor, { after: page1.nextCursor });

  const cases: Array<[string, () => Promise<unknown>]> = [
    ["baseline: 50 newest rows, one query", () => db.$queryRaw`SELECT "id", "title" FROM "Clipping" ORDER BY "publishedAt" DESC, "id" DESC LIMIT 50`],
    ["list, page 1", () => listClippings(actor, {})],
    ["list, page 2 (keyset)", () => listClippings(actor, { after: page1.nextCursor })],
    ["list, page 3 (keyset)", () => listClippings(actor, { after: deep.nextCursor })],
    ["list, status NEW", () => listClippings(actor, { status: "NEW" })],
    ["list, negative + one outlet", () => listClippings(actor, { sentiment: "NEGATIVE", outlet: "Deník Podhůří" })],
    ["list, one topic", () => listClippings(actor, { topic: "Kultura" })],
    ["list, one month", () => listClippings(actor, { from: "2026-03-01", to: "2026-03-31" })],
    ["search, common word (lavka)", () => listClippings(actor, { q: "lavka" })],
    ["search, common phrase (\"horni lhota\")", () => listClippings(actor, { q: '"horni lhota"' })],
    ["search, rare word (vodojem)", () => listClippings(actor, { q: "vodojem" })],
    ["search, no match (zzzxq)", () => listClippings(actor, { q: "zzzxq" })],
    ["search + filters (lavka, NEGATIVE, TV)", () => listClippings(actor, { q: "lavka", sentiment: "NEGATIVE", mediaType: "TV" })],
    ["search + month (rozpocet, 2026-03)", () => listClippings(actor, { q: "rozpocet", from: "2026-03-01", to: "2026-03-31" })],
    ["dashboard numbers (2 queries)", () => monitoringDashboard(actor)],
  ];
  printResults(await measureCases(cases, ROUNDS));
  await db.$disconnect();
} finally {
  // BENCH_KEEP=1 keeps the scratch database to study query plans (EXPLAIN) by hand.
  if (process.env.BENCH_KEEP === "1" || reuse) console.log(`kept ${benchUrl}`);
  else await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await admin.end();
}

/** Clippings in SQL: Czech titles from a word list over ~3 years, 40 outlets, sentiment and status spread. */
async function seed(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`
      INSERT INTO "User" ("id", "email", "name", "passwordHash", "roles", "updatedAt")
      VALUES ('00000000-0000-7000-8000-000000000001', 'bench@herald.example', 'Bench', 'x', '{SPOKESPERSON}', now());`);
    await client.query("SET maintenance_work_mem = '256MB'");
    await client.query(
      `
      WITH words AS (SELECT ARRAY['Horní Lhota','lávka','rekonstrukce','škola','radnice','zastupitelé','rozpočet','knihovna','doprava',
        'uzavírka','ulice','park','výsadba','stromů','kultura','festival','trhy','vánoční','senioři','primátorka','hasiči','cvičení',
        'kanalizace','oprava','stadion','parkování','opozice','občané','dotace','nemocnice'] AS w),
      outlets AS (SELECT ARRAY['Deník Podhůří','Krajské listy','Národní deník','Rádio Podhůří','Televize Kraj','Podhůří dnes','iKraj',
        'Město a lidé','Doprava online','Peníze dnes','Zelené zprávy','Lhotecká televize','Večerník Horní Lhota','Rádio Úsměv',
        'Český rozhlas Sever','Zprávy ČT Střed','Regional Business Wire','ČZPA','Blog Lhotecké čtvrti','Týdeník Dolní Poříčí',
        'Outlet 21','Outlet 22','Outlet 23','Outlet 24','Outlet 25','Outlet 26','Outlet 27','Outlet 28','Outlet 29','Outlet 30',
        'Outlet 31','Outlet 32','Outlet 33','Outlet 34','Outlet 35','Outlet 36','Outlet 37','Outlet 38','Outlet 39','Outlet 40'] AS o),
      topics AS (SELECT ARRAY['Doprava','Rozpočet','Školství','Kultura','Životní prostředí','Bezpečnost','Vedení města','Město'] AS t)
      INSERT INTO "Clipping" ("id", "outlet", "mediaType", "publishedAt", "title", "url", "urlKey", "excerpt", "reach", "sentiment",
        "topics", "relevance", "matchedKeywords", "status", "syndicationKey", "updatedAt")
      SELECT gen_random_uuid(), o[1 + n % 40],
        (ARRAY['ONLINE','PRINT','TV','RADIO','AGENCY','SOCIAL'])[1 + (n / 7) % 6]::"MonitoringMediaType",
        now() - (n || ' minutes')::interval * 1.6,
        initcap(w[1 + n % 30]) || ' ' || w[1 + (n / 30) % 30] || ' ' || w[1 + (n / 900) % 30] || ' ' || n
          || CASE WHEN n % 20000 = 0 THEN ' vodojem' ELSE '' END,
        'https://bench.example/' || n, 'bench.example/' || n,
        'Výňatek ' || w[1 + (n * 7) % 30] || ' ' || w[1 + (n * 11) % 30] || ' ' || repeat('text ', 20),
        1000 + (n % 97) * 500,
        (ARRAY['POSITIVE','NEUTRAL','NEGATIVE',NULL])[1 + (n / 3) % 4]::"ClippingSentiment",
        ARRAY[t[1 + n % 8]], 1 + n % 5, ARRAY['Horní Lhot*'],
        (CASE WHEN n < 2000 THEN 'NEW' WHEN n % 13 = 0 THEN 'IGNORED' WHEN n % 17 = 0 THEN 'NEEDS_RESPONSE' ELSE 'REVIEWED' END)::"ClippingStatus",
        CASE WHEN n % 5 = 0 THEN 'story ' || (n / 5) ELSE NULL END,
        now()
      FROM words, outlets, topics, generate_series(1, $1::int) AS n`,
      [CLIPPINGS],
    );
    await client.query("VACUUM ANALYZE \"Clipping\"");
  } finally {
    await client.end();
  }
}
