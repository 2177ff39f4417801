// Reliability: when the database goes away, queries fail fast (no hang) and the same client — the
// app's pool — works again once the database is back, without a restart.
import { expect, it } from "vitest";
import { createPrismaClient } from "./db-client";
import { startEmbeddedDatabase } from "./embedded-db/embedded-server";

it("fails fast while the database is down and recovers by itself", async () => {
  let server = await startEmbeddedDatabase({ dataDir: "memory" });
  const port = server.port;
  process.env.DATABASE_CONNECT_TIMEOUT_MS = "1000";
  const client = createPrismaClient(server.url);
  try {
    expect(await client.$queryRaw`SELECT 1::int AS ok`).toEqual([{ ok: 1 }]);

    await server.stop();
    const started = Date.now();
    await expect(client.$queryRaw`SELECT 1::int AS ok`).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(5_000);

    server = await startEmbeddedDatabase({ dataDir: "memory", port });
    expect(await client.$queryRaw`SELECT 1::int AS ok`).toEqual([{ ok: 1 }]);
  } finally {
    delete process.env.DATABASE_CONNECT_TIMEOUT_MS;
    await client.$disconnect();
    await server.stop();
  }
}, 60_000);
