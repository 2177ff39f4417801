import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";

// Offline machines cannot download Prisma's native schema engine, which `prisma generate` asks for
// although it does not use it. Point the CLI at any existing file when no engine was downloaded;
// migrations never go through the CLI here (see src/server/migrations/).
const enginesDir = path.resolve("node_modules/@prisma/engines");
const hasNativeSchemaEngine =
  existsSync(enginesDir) && readdirSync(enginesDir).some((file) => file.startsWith("schema-engine"));
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY && !hasNativeSchemaEngine) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = path.resolve("package.json");
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/herald" },
});
