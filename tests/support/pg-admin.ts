import pg from "pg";

/** Runs SQL on a short-lived connection (never through the app's pool). */
export async function runSql<T extends pg.QueryResultRow = pg.QueryResultRow>(
  url: string,
  sql: string,
  params: unknown[] = [],
  connectionTimeoutMillis = 5_000,
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** True when a PostgreSQL server answers at `url` within the timeout. */
export async function isReachable(url: string, timeoutMillis = 1_500): Promise<boolean> {
  try {
    await runSql(url, "SELECT 1", [], timeoutMillis);
    return true;
  } catch {
    return false;
  }
}
