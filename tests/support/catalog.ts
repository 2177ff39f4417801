import { runSql } from "./pg-admin";

/**
 * The shape of a database's public schema, read from information_schema and pg_catalog, for comparing
 * two databases. Prisma's own bookkeeping (_prisma_migrations) is left out; triggers and functions are
 * listed apart because they are hand-written SQL that no schema produces. Functions of extensions
 * (unaccent) are left out.
 */
export async function describeSchema(url: string) {
  const [columns, indexes, constraints, enums, sequences, triggers, functions] = await Promise.all([
    query(url, `
      SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default,
             character_maximum_length, numeric_precision, datetime_precision
      FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
      ORDER BY table_name, column_name`),
    query(url, `
      SELECT tablename, indexname, indexdef FROM pg_indexes
      WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
      ORDER BY tablename, indexname`),
    query(url, `
      SELECT rel.relname AS table_name, con.conname, con.contype, pg_get_constraintdef(con.oid) AS definition
      FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid
      WHERE con.connamespace = 'public'::regnamespace AND rel.relname <> '_prisma_migrations'
      ORDER BY rel.relname, con.conname`),
    query(url, `
      SELECT t.typname, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
      WHERE t.typnamespace = 'public'::regnamespace
      GROUP BY t.typname ORDER BY t.typname`),
    query(url, `
      SELECT sequence_name, data_type FROM information_schema.sequences
      WHERE sequence_schema = 'public' ORDER BY sequence_name`),
    query(url, `
      SELECT rel.relname AS table_name, tg.tgname FROM pg_trigger tg JOIN pg_class rel ON rel.oid = tg.tgrelid
      WHERE NOT tg.tgisinternal AND rel.relnamespace = 'public'::regnamespace ORDER BY tg.tgname`),
    query(url, `
      SELECT proname FROM pg_proc p WHERE pronamespace = 'public'::regnamespace
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
      ORDER BY proname`),
  ]);
  return { tables: { columns, indexes, constraints, enums, sequences }, handWritten: { triggers, functions } };
}

// One query after another: the PGlite fallback serves one connection at a time.
let chain: Promise<unknown> = Promise.resolve();
function query(url: string, sql: string) {
  const result = chain.then(() => runSql(url, sql));
  chain = result.catch(() => undefined);
  return result;
}
