import { describe, expect, it } from "vitest";
import { validateImportRow } from "./csv";
import { findDuplicatePairs, jaroWinkler, nameKeyOf, normalizeText } from "./normalize";

describe("normalised names", () => {
  it("ignore case, diacritics and word order", () => {
    expect(normalizeText("  Jiřina   ŠŤASTNÁ ")).toBe("jirina stastna");
    expect(nameKeyOf("Nováková Jana")).toBe(nameKeyOf("jana novakova"));
    expect(nameKeyOf("Ing. Petr Dvořák")).toBe("dvorak ing petr");
  });

  it("Jaro–Winkler: equal is 1, a typo stays high, different names low", () => {
    expect(jaroWinkler("martin", "martin")).toBe(1);
    expect(jaroWinkler(nameKeyOf("Kateřina Horáková"), nameKeyOf("Katerina Horakova"))).toBe(1);
    expect(jaroWinkler("horakova katerina", "horakova katrina")).toBeGreaterThan(0.92);
    expect(jaroWinkler("horakova katerina", "svoboda jan")).toBeLessThan(0.7);
  });

  it("finds pairs by the same name anywhere, and by a similar name only at the same outlet", () => {
    const pairs = findDuplicatePairs([
      { id: "1", name: "Jana Nováková", outletId: "a" },
      { id: "2", name: "Nováková Jana", outletId: "b" },
      { id: "3", name: "Kateřina Horáková", outletId: "c" },
      { id: "4", name: "Katrina Horáková", outletId: "c" },
      { id: "5", name: "Katrina Horáková", outletId: null },
      { id: "6", name: "Pavel Svoboda", outletId: "c" },
    ]);
    expect(pairs.map((pair) => [pair.a, pair.b, pair.reason])).toEqual([
      ["1", "2", "sameName"],
      ["4", "5", "sameName"],
      ["3", "4", "similarNameSameOutlet"],
    ]);
  });
});

describe("an import row", () => {
  const good = { name: "Jana Nováková", email: "Jana@Redakce.example", outlet: "Deník", beats: "Doprava | kultura, sport", languages: "cs,EN", legalBasis: "veřejný zájem", source: "web" };

  it("is normalised: lower-case e-mail and beats, split lists", () => {
    const { fields, issues } = validateImportRow(good);
    expect(issues).toEqual([]);
    expect(fields).toMatchObject({ email: "jana@redakce.example", beats: ["doprava", "kultura", "sport"], languages: ["cs", "en"] });
  });

  it("names each field at fault", () => {
    const { fields, issues } = validateImportRow({ ...good, email: "not-an-email", legalBasis: "", languages: "čeština", phone: "call me" });
    expect(fields).toBeNull();
    expect(Object.fromEntries(issues.map((issue) => [issue.field, issue.key]))).toEqual({
      email: "invalidEmail",
      legalBasis: "required",
      languages: "languageCode",
      phone: "invalidPhone",
    });
  });
});
