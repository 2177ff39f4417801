import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import cs from "./messages/cs.json";
import en from "./messages/en.json";

type Catalog = { [key: string]: string | Catalog };

function flatten(catalog: Catalog, prefix = ""): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    if (typeof value === "string") result.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) result.set(k, v);
  }
  return result;
}

// Modules built on a branch propose their keys in messages/proposed.<branch>.json ({ cs: {…}, en: {…} })
// until they are merged into cs.json/en.json; the checks below see them as part of the catalogs.
const proposed = readdirSync(path.join("src", "i18n", "messages"))
  .filter((name) => /^proposed\..+\.json$/.test(name))
  .map((name) => JSON.parse(readFileSync(path.join("src", "i18n", "messages", name), "utf8")) as { cs?: Catalog; en?: Catalog });
const catalogs = {
  cs: new Map([...flatten(cs), ...proposed.flatMap((file) => [...flatten(file.cs ?? {})])]),
  en: new Map([...flatten(en), ...proposed.flatMap((file) => [...flatten(file.en ?? {})])]),
};

/** The arguments a message takes ({name}, {count, plural, …}), not the words inside plural branches. */
function argumentsOf(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([a-zA-Z_]\w*)\s*[,}]/g)].map((match) => match[1]))].sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === "generated" ? [] : sourceFiles(file);
    return /\.tsx?$/.test(name) && !/\.test\.ts$/.test(name) ? [file] : [];
  });
}

/**
 * The `validation.*` and `errors.*` keys the code uses, found by pattern (pragmatic: the idioms of
 * src/server/errors.ts and the services). Field issues `{ key: "…" }` and custom zod messages are
 * looked for in server and feature code only, where `key:` means a field issue.
 */
function usedKeys(): Map<string, string> {
  const used = new Map<string, string>(); // key → first file using it
  const add = (key: string, file: string) => used.has(key) || used.set(key, path.relative(".", file));
  for (const file of sourceFiles("src")) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/["'`]((?:errors|validation)\.[a-zA-Z]+)["'`]/g)) add(m[1], file);
    for (const m of text.matchAll(/new (?:Precondition|Conflict|NotFound|Forbidden)Error\(\s*"([a-zA-Z]+)"/g)) {
      add(`errors.${m[1]}`, file);
    }
    for (const m of text.matchAll(/messageKey = "([a-zA-Z]+)"|super\("([a-zA-Z]+)"\)/g)) add(`errors.${m[1] ?? m[2]}`, file);
    const isServerCode = /^src\/(server|features)\//.test(path.relative(".", file)) && !file.includes("/components/") && file.endsWith(".ts");
    if (!isServerCode) continue;
    for (const m of text.matchAll(/\bkey: ([^,}\n]*)/g)) {
      // In `cond ? "a" : "b"` only the branches are keys.
      const branches = m[1].includes("?") ? m[1].slice(m[1].indexOf("?")) : m[1];
      for (const literal of branches.matchAll(/"([a-zA-Z]+)"/g)) add(`validation.${literal[1]}`, file);
    }
    for (const m of text.matchAll(/\bmessage: "([a-zA-Z]+)"/g)) add(`validation.${m[1]}`, file);
    for (const m of text.matchAll(/type PasswordProblem = ([^;]+);/g)) {
      for (const literal of m[1].matchAll(/"([a-zA-Z]+)"/g)) add(`validation.${literal[1]}`, file);
    }
  }
  return used;
}

describe("message catalogs", () => {
  it("have exactly the same keys in Czech and English", () => {
    const csKeys = [...catalogs.cs.keys()].sort();
    const enKeys = [...catalogs.en.keys()].sort();
    expect(csKeys.filter((key) => !catalogs.en.has(key)), "only in cs.json").toEqual([]);
    expect(enKeys.filter((key) => !catalogs.cs.has(key)), "only in en.json").toEqual([]);
  });

  it("have no empty message", () => {
    for (const [locale, catalog] of Object.entries(catalogs)) {
      for (const [key, message] of catalog) expect(message.trim(), `${locale}: ${key}`).not.toBe("");
    }
  });

  it("give each message the same arguments in both languages", () => {
    for (const [key, message] of catalogs.cs) {
      expect(argumentsOf(catalogs.en.get(key) ?? ""), key).toEqual(argumentsOf(message));
    }
  });

  it("contain every validation.* and errors.* key the code uses", () => {
    const used = usedKeys();
    // The scan must find the keys it is meant to find, or this test would pass on nothing.
    for (const key of ["validation.unknownField", "validation.emailTaken", "validation.passwordTooCommon", "errors.staleVersion", "errors.cannotDeactivateSelf", "errors.forbidden", "errors.unexpected"]) {
      expect(used.has(key), `scan finds ${key}`).toBe(true);
    }
    for (const [key, file] of used) {
      for (const [locale, catalog] of Object.entries(catalogs)) {
        expect(catalog.has(key), `${key} (used in ${file}) is missing from ${locale}.json`).toBe(true);
      }
    }
  });
});
