// Helpers for integration tests: which kind of server runs them, and scratch databases.
import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { startEmbeddedDatabase } from "@/server/embedded-db/embedded-server";
import { runSql } from "./pg-admin";
import { quoteIdent, withDatabaseName } from "./test-database";

/** True on the PGlite fallback: one session, so concurrency tests prove nothing there. */
export const isEmbedded = inject("testDatabase").mode === "embedded";

/** The current test file's database (set by database.setup.ts). */
export function fileDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: is this an *.int.test.ts file?");
  return url;
}

/**
 * Runs `work` on a new, empty database, removed afterwards: on a server a database created from
 * template0, on the fallback a second in-memory PGlite server.
 */
export async function withEmptyDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const target = inject("testDatabase");
  if (target.mode === "embedded") {
    const embedded = await startEmbeddedDatabase({ dataDir: "memory" });
    try {
      return await work(embedded.url);
    } finally {
      await embedded.stop();
    }
  }
  const name = `herald_test_${target.runId}_${process.pid}_empty_${randomBytes(4).toString("hex")}`;
  await runSql(target.adminUrl, `CREATE DATABASE ${quoteIdent(name)} TEMPLATE template0`);
  try {
    return await work(withDatabaseName(target.adminUrl, name));
  } finally {
    await runSql(target.adminUrl, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
  }
}
