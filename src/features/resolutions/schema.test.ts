import { describe, expect, it } from "vitest";
import { ValidationError } from "@/server/errors";
import { parseInput } from "@/server/validation";
import { parseCalendarDate, resolutionFieldsSchema } from "./schema";

const valid = { body: "RM", number: "123/2026", adoptedOn: "2026-03-14", title: "Dotace na chodníky" };

function issuesOf(input: Record<string, unknown>) {
  try {
    parseInput(resolutionFieldsSchema, input);
  } catch (error) {
    if (error instanceof ValidationError) return Object.fromEntries(Object.entries(error.fieldIssues).map(([field, issues]) => [field, issues[0].key]));
    throw error;
  }
  return {};
}

describe("parseCalendarDate", () => {
  it("reads ISO and Czech dates as the UTC day", () => {
    for (const text of ["2026-03-14", "14. 3. 2026", "14.3.2026", " 14. 03. 2026 "]) {
      expect(parseCalendarDate(text)?.toISOString()).toBe("2026-03-14T00:00:00.000Z");
    }
  });

  it("refuses impossible and other formats", () => {
    for (const text of ["2026-02-30", "31. 4. 2026", "3/14/2026", "14.3.26", "", "yesterday"]) expect(parseCalendarDate(text)).toBeNull();
  });
});

describe("resolutionFieldsSchema", () => {
  it("trims and normalises", () => {
    const fields = parseInput(resolutionFieldsSchema, { ...valid, body: " zm ", number: " 12 / 2026 ", title: "  T ", text: " a\r\nb ", url: " https://example.cz/u " });
    expect(fields).toEqual({ body: "ZM", number: "12/2026", adoptedOn: new Date("2026-03-14T00:00:00Z"), title: "T", text: "a\nb", url: "https://example.cz/u" });
  });

  it("treats empty optional fields as absent", () => {
    expect(parseInput(resolutionFieldsSchema, { ...valid, text: "  ", url: "" })).toMatchObject({ text: undefined, url: undefined });
  });

  it("names each bad field", () => {
    expect(issuesOf({ ...valid, body: "XX" })).toEqual({ body: "invalidChoice" });
    expect(issuesOf({ ...valid, number: "123" })).toEqual({ number: "resolutionNumberFormat" });
    expect(issuesOf({ ...valid, number: "123/26" })).toEqual({ number: "resolutionNumberFormat" });
    expect(issuesOf({ ...valid, number: "0/2026" })).toEqual({ number: "resolutionNumberFormat" });
    expect(issuesOf({ ...valid, adoptedOn: "30. 2. 2026" })).toEqual({ adoptedOn: "invalidDate" });
    expect(issuesOf({ ...valid, adoptedOn: "1. 1. 2099" })).toEqual({ adoptedOn: "dateTooFarAhead" });
    expect(issuesOf({ ...valid, adoptedOn: "" })).toEqual({ adoptedOn: "required" });
    expect(issuesOf({ ...valid, title: " " })).toEqual({ title: "required" });
    expect(issuesOf({ ...valid, title: "x".repeat(501) })).toEqual({ title: "tooLong" });
    expect(issuesOf({ ...valid, text: "x".repeat(20_001) })).toEqual({ text: "tooLong" });
    expect(issuesOf({ ...valid, url: "javascript:alert(1)" })).toEqual({ url: "urlNotHttp" });
    expect(issuesOf({ ...valid, url: "ftp://example.cz" })).toEqual({ url: "urlNotHttp" });
    expect(issuesOf({ ...valid, extra: "x" })).toEqual({ extra: "unknownField" });
    expect(issuesOf({})).toMatchObject({ body: "required", number: "required", title: "required" });
  });
});
