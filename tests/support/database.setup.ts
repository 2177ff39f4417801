// Runs first in every integration test file (setupFiles of the "integration" project): gives the file
// its own database and points DATABASE_URL at it before anything imports src/server/db.ts.
import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { startEmbeddedDatabase } from "@/server/embedded-db/embedded-server";
import { runSql } from "./pg-admin";
import { migrateDatabase } from "./schema-engine";
import { quoteIdent, withDatabaseName } from "./test-database";

const target = inject("testDatabase");

if (target.mode === "server") {
  const name = `herald_test_${target.runId}_${process.pid}_${randomBytes(4).toString("hex")}`;
  await runSql(target.adminUrl, `CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(target.template)}`);
  process.env.DATABASE_URL = withDatabaseName(target.adminUrl, name);
  afterAll(async () => {
    await disconnectAppClient();
    await runSql(target.adminUrl, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
  });
} else {
  const embedded = await startEmbeddedDatabase({ dataDir: "memory" });
  await migrateDatabase(embedded.url);
  process.env.DATABASE_URL = embedded.url;
  // PGlite is one session: the app's pool must hold one connection at most.
  process.env.DATABASE_POOL_MAX = "1";
  afterAll(async () => {
    await disconnectAppClient();
    await embedded.stop();
  });
}

/** src/server/db.ts keeps its client on globalThis; close its pool so the database can go. */
async function disconnectAppClient() {
  const holder = globalThis as unknown as { heraldDb?: { $disconnect(): Promise<void> } };
  await holder.heraldDb?.$disconnect();
  holder.heraldDb = undefined;
}
