// npm start (production build) and npm run dev: the whole app in one command.
// Without DATABASE_URL this process owns the embedded database (.data/pglite) and serves it on a local
// port; it migrates the database, fills an empty one with demo data, builds when needed, and runs the
// web server (scripts/serve.ts) as a child process.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_DATA_DIR, startEmbeddedDatabase } from "../src/server/embedded-db/embedded-server";
import { applyMigrations } from "../src/server/migrations/migrations";

const isDev = process.argv.includes("--dev");
if (existsSync(".env")) process.loadEnvFile(".env");
const port = Number(process.env.PORT ?? 3000);
// A public authority's tool sends nothing home: Next's anonymous telemetry is off unless asked for.
const env: NodeJS.ProcessEnv = { NEXT_TELEMETRY_DISABLED: "1", ...process.env, PORT: String(port) };

const embedded = env.DATABASE_URL
  ? null
  : await startEmbeddedDatabase({ dataDir: DEFAULT_DATA_DIR, port: Number(env.HERALD_DB_PORT ?? 0) });
if (embedded) {
  env.DATABASE_URL = embedded.url;
  env.DATABASE_POOL_MAX = "1"; // PGlite is one session
  console.log(`Embedded PostgreSQL (PGlite) on 127.0.0.1:${embedded.port}, data in ${path.relative(process.cwd(), DEFAULT_DATA_DIR)}`);
}

try {
  const applied = await applyMigrations(env.DATABASE_URL!);
  if (applied.length) console.log(`Migrations applied: ${applied.join(", ")}`);

  ensurePrismaClient();
  if (embedded || env.HERALD_DEMO_DATA === "1") {
    // Imported after `prisma generate`: the seed uses the generated client.
    const { seedDemoData, DEMO_PASSWORD } = await import("../prisma/seed/demo-data");
    const seeded = await seedDemoData(env.DATABASE_URL!, { onlyIfEmpty: true });
    if (seeded) console.log("The database was empty: demo data loaded.");
    printDemoLogins(DEMO_PASSWORD);
  }

  env.NEXTAUTH_SECRET ??= embedded ? persistentDevSecret() : undefined;
  if (!env.NEXTAUTH_SECRET) throw new Error("Set NEXTAUTH_SECRET (see .env.example): every instance needs the same secret.");
  env.NEXTAUTH_URL ??= `http://localhost:${port}`;

  if (!isDev && isBuildStale()) {
    console.log("Building the production bundle (next build)…");
    run("node_modules/.bin/next", ["build"], { ...env, NODE_ENV: "production" });
  }
} catch (error) {
  await embedded?.stop();
  throw error;
}

const server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", ...(isDev ? ["--dev"] : [])], {
  stdio: "inherit",
  env: { ...env, NODE_ENV: isDev ? "development" : "production" },
});

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  server.kill("SIGTERM");
  await embedded?.stop();
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
server.on("exit", (code) => void stop(code ?? 0));

function run(command: string, args: string[], runEnv: NodeJS.ProcessEnv) {
  const result = spawnSync(command, args, { stdio: "inherit", env: runEnv });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed`);
}

function ensurePrismaClient() {
  const generated = "src/generated/prisma/client.ts";
  if (!existsSync(generated) || statSync("prisma/schema.prisma").mtimeMs > statSync(generated).mtimeMs) {
    run("node_modules/.bin/prisma", ["generate"], env);
  }
}

/** A build is stale when any source is newer than it (after a pull, say). */
function isBuildStale(): boolean {
  const buildId = ".next/BUILD_ID";
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  const sources = ["src", "public", "prisma/schema.prisma", "next.config.ts", "package-lock.json", "postcss.config.mjs"];
  return sources.some((source) => existsSync(source) && newestMtime(source) > builtAt);
}

function newestMtime(file: string): number {
  const stat = statSync(file);
  if (/\.test\.tsx?$/.test(file)) return 0; // tests are not part of the build
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(file).reduce((newest, entry) => Math.max(newest, newestMtime(path.join(file, entry))), stat.mtimeMs);
}

/** The embedded demo keeps its session secret in .data, so that sessions survive a restart. */
function persistentDevSecret(): string {
  const file = path.join(path.dirname(DEFAULT_DATA_DIR), "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function printDemoLogins(password: string) {
  const accounts = ["head", "spokesperson", "pr", "assistant", "admin"].map((name) => `${name}@herald.example`);
  console.log(`\nDemo logins (password: ${password})\n${accounts.map((account) => `  ${account}`).join("\n")}\n`);
}
