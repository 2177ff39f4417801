import { describe, expect, it } from "vitest";
import { firstFreeSlug, SLUG_MAX_LENGTH, slugify } from "./slug";

describe("slugify", () => {
  it.each([
    ["Ústí nad Labem: nová lávka", "usti-nad-labem-nova-lavka"],
    ["Příliš žluťoučký kůň úpěl ďábelské ódy", "prilis-zlutoucky-kun-upel-dabelske-ody"],
    ["  Straße & Größe — 2026!  ", "strasse-grosse-2026"],
    ["ŘEDITEL ČSAD", "reditel-csad"],
    ["!!!", "tiskova-zprava"],
    ["", "tiskova-zprava"],
  ])("%s → %s", (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it("keeps at most 80 characters, cut at a word", () => {
    const slug = slugify("Rada města schválila ".repeat(10));
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(slugify("a".repeat(200))).toBe("a".repeat(80));
  });
});

describe("firstFreeSlug", () => {
  it("appends -2, -3… to a taken slug", () => {
    expect(firstFreeSlug("lavka", [])).toBe("lavka");
    expect(firstFreeSlug("lavka", ["lavka"])).toBe("lavka-2");
    expect(firstFreeSlug("lavka", ["lavka", "lavka-2", "lavka-3"])).toBe("lavka-4");
  });

  it("stays within the length limit with a suffix", () => {
    const base = "a".repeat(80);
    expect(firstFreeSlug(base, [base])).toBe(`${"a".repeat(78)}-2`);
  });
});
