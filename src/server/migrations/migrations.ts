import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { SCHEMA_FILTER, withSchemaEngine } from "./schema-engine";

export const PRISMA_DIR = path.resolve(process.env.HERALD_PRISMA_DIR ?? "prisma");
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, "migrations");
export const SCHEMA_PATH = path.join(PRISMA_DIR, "schema.prisma");
/** The schema as of the newest migration: the starting point of the next one. */
export const MIGRATED_SCHEMA_PATH = path.join(MIGRATIONS_DIR, "schema.migrated.prisma");

export async function readSchema(file = SCHEMA_PATH) {
  return { path: file, content: await readFile(file, "utf8") };
}

/** The migrations folder in the shape the schema engine expects (what the Prisma CLI sends it). */
export async function loadMigrationsList() {
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  const names = existsSync(MIGRATIONS_DIR)
    ? (await readdir(MIGRATIONS_DIR, { withFileTypes: true }))
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  const migrationDirectories = await Promise.all(
    names.map(async (name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok" as const, value: await readFile(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8") },
      },
    })),
  );
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? await readFile(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

/** `prisma migrate deploy`: applies pending migrations; applying twice is a no-op. */
export async function applyMigrations(connectionString: string): Promise<string[]> {
  const migrationsList = await loadMigrationsList();
  return withSchemaEngine(connectionString, await readSchema(), async (engine) => {
    const result = (await engine.applyMigrations({ migrationsList, filters: SCHEMA_FILTER })) as {
      appliedMigrationNames: string[];
    };
    return result.appliedMigrationNames;
  });
}

type SchemaSource = { path: string; content: string } | "empty";

/** SQL that takes a database from one Prisma schema to another (`prisma migrate diff --script`). */
export async function diffSchemas(connectionString: string, from: SchemaSource, to: SchemaSource): Promise<string> {
  const target = (source: SchemaSource) =>
    source === "empty" ? { tag: "empty" as const } : { tag: "schemaDatamodel" as const, files: [source] };
  const schema = to === "empty" ? await readSchema() : to;
  return withSchemaEngine(connectionString, schema, async (engine) => {
    const result = (await engine.diff({
      from: target(from),
      to: target(to),
      script: true,
      exitCode: null,
      filters: SCHEMA_FILTER,
    })) as { stdout: string | null };
    return result.stdout ?? "";
  });
}
