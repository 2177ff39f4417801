import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EmbeddedDatabase, startEmbeddedDatabase } from "./embedded-server";

// The embedded default database, exercised with the driver the app uses (a pg pool of one, as in
// embedded mode). It runs its own in-memory server, whichever database the other test files use.
describe("the embedded database server", () => {
  let server: EmbeddedDatabase;
  let pool: pg.Pool;
  beforeAll(async () => {
    server = await startEmbeddedDatabase({ dataDir: "memory" });
    pool = new pg.Pool({ connectionString: server.url, max: 1, connectionTimeoutMillis: 5_000 });
    pool.on("error", () => {}); // a dropped idle connection is reported by the next query
  });
  afterAll(async () => {
    await pool?.end();
    await server?.stop();
  });

  it("serves queries, transactions and the extensions the app may use", async () => {
    await pool.query("CREATE EXTENSION IF NOT EXISTS unaccent");
    expect((await pool.query("SELECT unaccent('Žluťoučký kůň') AS plain")).rows).toEqual([{ plain: "Zlutoucky kun" }]);
    await pool.query("CREATE TABLE note (id int PRIMARY KEY, body text NOT NULL)");
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("INSERT INTO note VALUES (1, 'kept'), (2, 'kept')");
      await client.query("COMMIT");
      await client.query("BEGIN");
      await client.query("INSERT INTO note VALUES (3, 'rolled back')");
      await client.query("ROLLBACK");
    } finally {
      client.release();
    }
    expect((await pool.query("SELECT count(*)::int AS n FROM note")).rows).toEqual([{ n: 2 }]);
  });

  it("makes a second connection wait until the first one closes (PGlite is one session)", async () => {
    const held = await pool.connect();
    const waiting = new pg.Client({ connectionString: server.url, connectionTimeoutMillis: 5_000 });
    const connected = waiting.connect().then(() => waiting.query("SELECT 2 AS second"));
    let answered = false;
    void connected.then(() => (answered = true), () => {});
    await held.query("SELECT 1");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(answered, "the second connection was served while the first was open").toBe(false);
    held.release(true); // close it, not back to the pool
    expect((await connected).rows).toEqual([{ second: 2 }]);
    await waiting.end();
  });

  // pg-pool drops the connection a failed `pool.query` ran on (Prisma's non-transactional queries go that
  // way) and reconnects at once, before the server has noticed the close.
  it("answers the query right after a failed one", async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      await expect(pool.query("SELECT 1/0")).rejects.toThrow(/division by zero/);
      expect((await pool.query("SELECT 1 AS ok")).rows).toEqual([{ ok: 1 }]);
    }
  });
});
