import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// The oldest versions the project accepts (security fixes and the features it relies on; see STACK.md).
// A lock file that resolves an older one fails here, before anything ships.
const FLOORS = { next: "16.2.11", "next-auth": "4.24.15", prisma: "7.4.0" } as const;

/** Compares two release versions (major.minor.patch); a pre-release counts as below its release. */
function compareVersions(a: string, b: string): number {
  const parse = (version: string) => {
    const [core, pre] = version.replace(/^v/, "").split("-", 2);
    const [major = 0, minor = 0, patch = 0] = core.split(".").map(Number);
    return { parts: [major, minor, patch], pre };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < 3; i++) if (x.parts[i] !== y.parts[i]) return x.parts[i] < y.parts[i] ? -1 : 1;
  if (x.pre === y.pre) return 0;
  if (x.pre === undefined) return 1;
  if (y.pre === undefined) return -1;
  return x.pre < y.pre ? -1 : 1;
}

const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as { packages: Record<string, { version?: string }> };

describe("compareVersions", () => {
  it("orders by major, minor and patch numerically", () => {
    expect(compareVersions("16.2.11", "16.2.9")).toBe(1);
    expect(compareVersions("16.10.0", "16.9.99")).toBe(1);
    expect(compareVersions("4.24.15", "4.24.15")).toBe(0);
    expect(compareVersions("7.3.9", "7.4")).toBe(-1);
    expect(compareVersions("7.4", "7.4.0")).toBe(0);
  });

  it("puts a pre-release below its release", () => {
    expect(compareVersions("16.2.11-canary.3", "16.2.11")).toBe(-1);
    expect(compareVersions("16.2.12-canary.1", "16.2.11")).toBe(1);
  });
});

describe("installed versions (package-lock.json)", () => {
  for (const [name, floor] of Object.entries(FLOORS)) {
    it(`${name} is at least ${floor}`, () => {
      const version = lock.packages[`node_modules/${name}`]?.version;
      expect(version, `${name} in package-lock.json`).toBeDefined();
      expect(compareVersions(version as string, floor), `${name} ${version} < ${floor}`).toBeGreaterThanOrEqual(0);
    });
  }
});
