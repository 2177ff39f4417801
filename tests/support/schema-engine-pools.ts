import pg from "pg";
import { applyMigrations } from "@/server/migrations/migrations";

/**
 * Runs `work` (calls into Prisma's wasm schema engine) and leaves nothing of the engine behind:
 * - the pg pools created meanwhile are ended. The engine's PrismaPg adapter was never disposed
 *   (src/server/migrations/schema-engine.ts): its idle connection locked the single-connection PGlite
 *   server for 10 s. Harmless once the source disposes the adapter itself (pools already ending are skipped).
 * - the timers created meanwhile are unref'd: the engine leaves a 10 s timer behind after it is freed,
 *   which kept the test runner's main process alive 10 s after the last test.
 */
export async function closingEnginePools<T>(work: () => Promise<T>): Promise<T> {
  const pools: pg.Pool[] = [];
  const holder = pg as unknown as { Pool: typeof pg.Pool };
  const OriginalPool = holder.Pool;
  holder.Pool = class RecordedPool extends OriginalPool {
    constructor(config?: pg.PoolConfig) {
      super(config);
      pools.push(this);
    }
  };
  const originalSetTimeout = globalThis.setTimeout;
  globalThis.setTimeout = ((...args: Parameters<typeof setTimeout>) =>
    originalSetTimeout(...args).unref()) as typeof setTimeout;
  try {
    return await work();
  } finally {
    globalThis.setTimeout = originalSetTimeout;
    holder.Pool = OriginalPool;
    await Promise.all(pools.filter((pool) => !pool.ending).map((pool) => pool.end()));
  }
}

/** applyMigrations, leaving no connection behind. */
export function migrateDatabase(url: string): Promise<string[]> {
  return closingEnginePools(() => applyMigrations(url));
}
