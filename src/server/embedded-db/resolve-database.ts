import { DEFAULT_DATA_DIR, startEmbeddedDatabase } from "./embedded-server";

/**
 * Runs `work` against DATABASE_URL when it is set, else against the embedded database, opened in this
 * process for the duration (command-line tools: migrate, seed, user:create).
 */
export async function withDatabase<T>(work: (url: string, isEmbedded: boolean) => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) return work(process.env.DATABASE_URL, false);
  const embedded = await startEmbeddedDatabase({ dataDir: DEFAULT_DATA_DIR });
  process.env.DATABASE_POOL_MAX = "1";
  try {
    return await work(embedded.url, true);
  } finally {
    await embedded.stop();
  }
}
