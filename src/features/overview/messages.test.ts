import { describe, expect, it } from "vitest";
import cs from "@/i18n/messages/cs.json";
import en from "@/i18n/messages/en.json";
import proposed from "@/i18n/messages/proposed.overview.json";

// The overview's messages wait in proposed.overview.json until they are moved into cs.json / en.json:
// the same keys in both languages, the same arguments, and no key that overwrites an existing message.

type Catalog = { [key: string]: string | Catalog };
function flatten(catalog: Catalog, prefix = ""): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    if (typeof value === "string") result.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) result.set(k, v);
  }
  return result;
}
const argumentsOf = (message: string) => [...new Set([...message.matchAll(/\{\s*([a-zA-Z_]\w*)\s*[,}]/g)].map((match) => match[1]))].sort();

describe("proposed.overview.json", () => {
  const proposedCs = flatten(proposed.cs as Catalog);
  const proposedEn = flatten(proposed.en as Catalog);

  it("has the same keys and arguments in Czech and English", () => {
    expect([...proposedCs.keys()].sort()).toEqual([...proposedEn.keys()].sort());
    for (const [key, message] of proposedCs) expect(argumentsOf(message), key).toEqual(argumentsOf(proposedEn.get(key) ?? ""));
  });

  it("never changes an existing message (a key already in cs.json / en.json, e.g. after the move, says the same)", () => {
    const existingCs = flatten(cs as Catalog);
    const existingEn = flatten(en as Catalog);
    for (const [key, message] of proposedCs) if (existingCs.has(key)) expect(existingCs.get(key), key).toBe(message);
    for (const [key, message] of proposedEn) if (existingEn.has(key)) expect(existingEn.get(key), key).toBe(message);
  });
});
