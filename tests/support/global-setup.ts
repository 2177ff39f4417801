// Chooses the database server for the integration tests, once per run (vitest globalSetup):
// TEST_DATABASE_URL if set; else PostgreSQL on 127.0.0.1:5432 if it answers; else the embedded PGlite
// server (each test file then starts its own, see database.setup.ts). HERALD_TEST_FORCE_EMBEDDED=1
// skips the server, to exercise the fallback on a machine that has one.
import type { TestProject } from "vitest/node";
import { isReachable, runSql } from "./pg-admin";
import { migrateDatabase } from "./schema-engine";
import { quoteIdent, type TestDatabaseTarget, withDatabaseName } from "./test-database";

const LOCAL_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";

export default async function setup(project: TestProject) {
  const target = await chooseTarget();
  project.provide("testDatabase", target);
  if (target.mode === "embedded") {
    console.log("[tests] No PostgreSQL server: every integration test file starts its own embedded PGlite.");
    return;
  }
  await dropStaleDatabases(target.adminUrl);
  await runSql(target.adminUrl, `CREATE DATABASE ${quoteIdent(target.template)} TEMPLATE template0`);
  const templateUrl = withDatabaseName(target.adminUrl, target.template);
  await migrateDatabase(templateUrl);
  // CREATE DATABASE … TEMPLATE refuses while anyone is connected to the template.
  await runSql(target.adminUrl, `ALTER DATABASE ${quoteIdent(target.template)} WITH ALLOW_CONNECTIONS false`);
  return async () => dropRunDatabases(target.adminUrl, target.runId);
}

async function chooseTarget(): Promise<TestDatabaseTarget> {
  const runId = String(process.pid);
  const template = `herald_test_template_${runId}`;
  const explicit = process.env.TEST_DATABASE_URL;
  if (explicit) {
    if (!(await isReachable(explicit, 5_000))) throw new Error(`TEST_DATABASE_URL does not answer: ${redact(explicit)}`);
    return { mode: "server", adminUrl: explicit, template, runId };
  }
  if (process.env.HERALD_TEST_FORCE_EMBEDDED !== "1" && (await isReachable(LOCAL_SERVER))) {
    return { mode: "server", adminUrl: LOCAL_SERVER, template, runId };
  }
  return { mode: "embedded" };
}

/** Drops this run's template and any per-file database a crashed worker left behind. */
async function dropRunDatabases(adminUrl: string, runId: string) {
  const rows = await runSql<{ datname: string }>(
    adminUrl,
    "SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2",
    [`herald_test_template_${runId}`, `herald\\_test\\_${runId}\\_%`],
  );
  for (const { datname } of rows) {
    await runSql(adminUrl, `DROP DATABASE IF EXISTS ${quoteIdent(datname)} WITH (FORCE)`);
  }
}

/** Databases of earlier runs whose process is gone (killed runs skip their teardown); local servers only. */
async function dropStaleDatabases(adminUrl: string) {
  const host = new URL(adminUrl).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) return;
  const rows = await runSql<{ datname: string }>(adminUrl, "SELECT datname FROM pg_database WHERE datname LIKE 'herald\\_test\\_%'");
  const runIds = new Set(rows.map(({ datname }) => /^herald_test_(?:template_)?(\d+)/.exec(datname)?.[1]).filter(Boolean));
  for (const runId of runIds) {
    if (!isAlive(Number(runId))) await dropRunDatabases(adminUrl, runId as string);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}
