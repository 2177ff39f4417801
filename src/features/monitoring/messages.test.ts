import { describe, expect, it } from "vitest";
import proposed from "@/i18n/messages/proposed.monitoring.json";

function keys(value: unknown, prefix = ""): string[] {
  if (!value || typeof value !== "object") return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keys(inner, prefix ? `${prefix}.${key}` : key));
}

describe("the monitoring messages (proposed.monitoring.json)", () => {
  it("have the same keys in Czech and English, none empty", () => {
    expect(keys(proposed.cs).sort()).toEqual(keys(proposed.en).sort());
    for (const locale of [proposed.cs, proposed.en]) for (const key of keys(locale)) expect(key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], locale)).not.toBe("");
  });
});
