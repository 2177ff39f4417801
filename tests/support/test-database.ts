// What the global setup tells each test worker about the database server (vitest provide/inject).
// Shared by tests/support/global-setup.ts (main process) and the workers; no server-only imports here.

export type TestDatabaseTarget =
  /** A PostgreSQL server: each integration test file gets a copy of the migrated template database. */
  | { mode: "server"; adminUrl: string; template: string; runId: string }
  /** No server reachable: each integration test file runs its own in-memory PGlite server. */
  | { mode: "embedded" };

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: TestDatabaseTarget;
  }
}

/** The same server, another database. */
export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Database names come from our own code (pids, random hex); quoting keeps them exact anyway. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
