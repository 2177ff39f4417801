import { applyMigrations } from "@/server/migrations/migrations";

/**
 * Runs `work` (calls into Prisma's wasm schema engine) with the timers it creates unref'd: the engine
 * leaves a 10 s timer behind after it is freed, which kept the test runner's main process alive for
 * 10 s after the last test. The timers still fire while anything else is running.
 */
export async function releasingEngineTimers<T>(work: () => Promise<T>): Promise<T> {
  const originalSetTimeout = globalThis.setTimeout;
  globalThis.setTimeout = ((...args: Parameters<typeof setTimeout>) =>
    originalSetTimeout(...args).unref()) as typeof setTimeout;
  try {
    return await work();
  } finally {
    globalThis.setTimeout = originalSetTimeout;
  }
}

export function migrateDatabase(url: string): Promise<string[]> {
  return releasingEngineTimers(() => applyMigrations(url));
}
