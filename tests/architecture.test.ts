// Fitness checks of the rules in ARCHITECTURE.md that a reviewer would otherwise have to remember.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { NAV_GROUPS } from "@/components/shell/navigation";

const SRC = path.resolve(__dirname, "../src");

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (entry === "generated" || entry === "node_modules") return [];
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

const sources = filesUnder(SRC).filter((file) => /\.(ts|tsx)$/.test(file) && !/\.test\.tsx?$/.test(file));
const relative = (file: string) => path.relative(SRC, file);

describe("server actions", () => {
  const actionFiles = sources.filter((file) => path.basename(file) === "actions.ts");

  it("exist", () => {
    expect(actionFiles.length).toBeGreaterThan(0);
  });

  it.each(actionFiles.map(relative))("%s: every export is an Action built by formAction (session, parsing, errors)", (file) => {
    const text = readFileSync(path.join(SRC, file), "utf8");
    expect(text.startsWith('"use server";')).toBe(true);
    const exports = [...text.matchAll(/^export\s+(?:async\s+)?(const|function|let|var|class)\s+(\w+)/gm)];
    expect(exports.length).toBeGreaterThan(0);
    for (const [, kind, name] of exports) {
      expect(kind, `${name} must be a const built by formAction`).toBe("const");
      expect(name).toMatch(/Action$/);
      expect(text).toMatch(new RegExp(`export const ${name} = formAction\\(`));
    }
  });
});

/** Service functions a visitor without a session may call, and why. */
const OPEN_TO_VISITORS: Record<string, string> = {
  setOwnLocale: "anyone may choose the interface language; it is saved on the account only when signed in",
};

describe("data layer", () => {
  const dataFiles = sources.filter((file) => ["service.ts", "queries.ts"].includes(path.basename(file)));

  it.each(dataFiles.map(relative))("%s is server-only and checks permissions", (file) => {
    const text = readFileSync(path.join(SRC, file), "utf8");
    expect(text).toMatch(/^import "server-only";/);
    // Every exported function names its permission (or is the documented command-line / self-service entry).
    const functions = [...text.matchAll(/^export async function (\w+)\(([^)]*)/gm)];
    for (const [, name, params] of functions) {
      if (!/actor/.test(params)) continue;
      const body = text.slice(text.indexOf(`export async function ${name}(`)).split(/\nexport /)[0];
      if (name in OPEN_TO_VISITORS) continue;
      expect(body, `${name} must check the actor first`).toMatch(/requirePermission\(actor|if \(!actor\) throw/);
    }
  });

  it("never uses the unsafe raw query functions", () => {
    for (const file of sources) {
      expect(readFileSync(file, "utf8"), relative(file)).not.toMatch(/\$(queryRawUnsafe|executeRawUnsafe)/);
    }
  });

  it("reads users without their password hash outside authentication", () => {
    for (const file of sources) {
      if (relative(file).startsWith(`server${path.sep}auth`) || relative(file).includes("service.ts")) continue;
      expect(readFileSync(file, "utf8"), relative(file)).not.toMatch(/passwordHash:\s*true/);
    }
  });
});

describe("layers", () => {
  it("server and feature code never import from app routes", () => {
    for (const file of sources.filter((candidate) => !relative(candidate).startsWith(`app${path.sep}`))) {
      expect(readFileSync(file, "utf8"), relative(file)).not.toMatch(/from "@\/app\//);
    }
  });

  it("routes read the database only through the modules' queries and services (which check permissions)", () => {
    const allowed = new Set([path.join("app", "api", "health", "route.ts")]);
    for (const file of sources.filter((candidate) => relative(candidate).startsWith(`app${path.sep}`) && !allowed.has(relative(candidate)))) {
      expect(readFileSync(file, "utf8"), relative(file)).not.toMatch(/from "@\/server\/db"/);
    }
  });
});

describe("navigation", () => {
  it("marks a module built exactly when its page is no longer the \"coming\" placeholder", () => {
    for (const item of NAV_GROUPS.flatMap((group) => group.items)) {
      if (item.href === "/") continue;
      const page = readFileSync(path.join(SRC, "app", "(office)", item.href, "page.tsx"), "utf8");
      expect(page.includes("ModuleComingPage"), `${item.href}: isBuilt is ${item.isBuilt}`).toBe(!item.isBuilt);
    }
  });
});
