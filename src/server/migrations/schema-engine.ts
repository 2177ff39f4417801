import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";

// Prisma's schema engine compiled to WebAssembly: `prisma migrate deploy` and `prisma migrate diff`
// without the native engine, which cannot be downloaded offline. The migration files it reads and the
// `_prisma_migrations` table it writes are the standard ones, so the real CLI works on them too.

export type SchemaEngine = bg.SchemaEngine;

const require = createRequire(import.meta.url);
let wasmReady: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  // Node cannot `import` a .wasm module directly: instantiate it by hand and hand it to the bindings.
  wasmReady ??= (async () => {
    const wasmPath = path.join(
      path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
      "schema_engine_bg.wasm",
    );
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      "./schema_engine_bg.js": withUnrefTimers(bg as unknown as WebAssembly.ModuleImports),
    });
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start: () => void };
    (bg as unknown as { __wbg_set_wasm: (e: WebAssembly.Exports) => void }).__wbg_set_wasm(exports);
    exports.__wbindgen_start();
  })();
  return wasmReady;
}

/**
 * The engine leaves a 10 s timer behind after it is freed, which kept every migration command alive
 * for 10 s after its work was done. Its timers are unref'd: they still fire while anything else runs.
 */
function withUnrefTimers(imports: WebAssembly.ModuleImports): WebAssembly.ModuleImports {
  const wrapped: WebAssembly.ModuleImports = { ...imports };
  for (const [name, value] of Object.entries(imports)) {
    if (name.startsWith("__wbg_setTimeout_") && typeof value === "function") {
      wrapped[name] = (...args: unknown[]) => {
        const timer = (value as (...a: unknown[]) => unknown)(...args);
        (timer as { unref?: () => void })?.unref?.();
        return timer;
      };
    }
  }
  return wrapped;
}

export const SCHEMA_FILTER = { externalTables: [], externalEnums: [] };

/**
 * Runs `run` with the engine open on a database, then frees the engine and closes its connections
 * (the embedded database takes one connection: a pool left open would lock the app out).
 */
export async function withSchemaEngine<T>(
  connectionString: string,
  schema: { path: string; content: string },
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadWasm();
  const adapters: Array<{ dispose(): Promise<void> }> = [];
  const factory = wholeScriptAdapter(new PrismaPg({ connectionString, max: 1 }), adapters);
  const log = (message: string) => {
    if (process.env.HERALD_MIGRATION_DEBUG) console.error(message);
  };
  const engine = (await bg.SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    log,
    bindMigrationAwareSqlAdapterFactory(factory),
  )) as SchemaEngine;
  try {
    return await run(engine);
  } finally {
    engine.free();
    await Promise.all(adapters.map((adapter) => adapter.dispose()));
  }
}

/**
 * @prisma/adapter-pg runs a script by splitting it at every ";", which breaks functions and triggers
 * ($$ … $$ bodies) in hand-written migration SQL. The native engine sends the whole script in one
 * simple-protocol query; do the same.
 */
function wholeScriptAdapter(factory: PrismaPg, opened: Array<{ dispose(): Promise<void> }>): PrismaPg {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    opened.push(adapter);
    const internals = adapter as unknown as {
      client: { query(sql: string): Promise<unknown> };
      onError(error: unknown): never;
    };
    adapter.executeScript = async (script: string) => {
      try {
        await internals.client.query(script);
      } catch (error) {
        internals.onError(error);
      }
    };
    return adapter;
  };
  return factory;
}
