import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ValidationError } from "./errors";
import { parseInput } from "./validation";

const schema = z.strictObject({
  email: z.string().trim().toLowerCase().min(1).max(320).pipe(z.email()),
  name: z.string().trim().min(1).max(10),
  code: z.string().min(3).optional(),
  count: z.coerce.number().int().min(1).max(5).optional(),
  tags: z.array(z.string()).min(1).max(2).optional(),
  color: z.enum(["red", "blue"]).optional(),
  address: z.strictObject({ city: z.string().max(5) }).optional(),
});

/** The field issues parseInput throws for `input`. */
function issuesOf(input: unknown, against: z.ZodType = schema) {
  try {
    parseInput(against, input);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).messageKey).toBe("validation");
    expect((error as ValidationError).status).toBe(400);
    return (error as ValidationError).fieldIssues;
  }
  throw new Error("parseInput accepted the input");
}

describe("parseInput", () => {
  it("returns the parsed, normalised data", () => {
    expect(parseInput(schema, { email: "  Jana@Mesto.CZ ", name: " Jana ", count: "3" })).toEqual({
      email: "jana@mesto.cz",
      name: "Jana",
      count: 3,
    });
  });

  it("reports unknown keys as unknownField, each on its own field", () => {
    expect(issuesOf({ email: "a@b.cz", name: "A", isAdmin: true, role: "ADMIN" })).toEqual({
      isAdmin: [{ key: "unknownField" }],
      role: [{ key: "unknownField" }],
    });
  });

  it("reports oversized strings as tooLong with the limit", () => {
    expect(issuesOf({ email: "a@b.cz", name: "x".repeat(11) })).toEqual({ name: [{ key: "tooLong", values: { max: 10 } }] });
    expect(issuesOf({ email: `${"a".repeat(320)}@b.cz`, name: "A" })).toEqual({ email: [{ key: "tooLong", values: { max: 320 } }] });
  });

  it("reports missing and empty required fields as required", () => {
    expect(issuesOf({})).toEqual({ email: [{ key: "required" }], name: [{ key: "required" }] });
    expect(issuesOf({ email: "a@b.cz", name: "   " })).toEqual({ name: [{ key: "required" }] });
    expect(issuesOf({ email: "a@b.cz", name: null })).toEqual({ name: [{ key: "required" }] });
  });

  it("reports short strings, bad e-mails, numbers, lists, choices and nested fields by key", () => {
    expect(issuesOf({ email: "not-an-email", name: "A", code: "ab" })).toEqual({
      email: [{ key: "invalidEmail" }],
      code: [{ key: "tooShort", values: { min: 3 } }],
    });
    expect(issuesOf({ email: "a@b.cz", name: "A", count: 9 })).toEqual({ count: [{ key: "tooBig", values: { max: 5 } }] });
    expect(issuesOf({ email: "a@b.cz", name: "A", count: 0 })).toEqual({ count: [{ key: "tooSmall", values: { min: 1 } }] });
    expect(issuesOf({ email: "a@b.cz", name: "A", tags: [] })).toEqual({ tags: [{ key: "tooFewItems", values: { min: 1 } }] });
    expect(issuesOf({ email: "a@b.cz", name: "A", tags: ["a", "b", "c"] })).toEqual({
      tags: [{ key: "tooManyItems", values: { max: 2 } }],
    });
    expect(issuesOf({ email: "a@b.cz", name: "A", color: "green" })).toEqual({ color: [{ key: "invalidChoice" }] });
    expect(issuesOf({ email: "a@b.cz", name: "A", address: { city: "Ostrava" } })).toEqual({
      "address.city": [{ key: "tooLong", values: { max: 5 } }],
    });
  });

  it("uses a schema's custom message as the key", () => {
    const confirm = z
      .object({ password: z.string(), confirm: z.string() })
      .refine((input) => input.password === input.confirm, { path: ["confirm"], message: "passwordsDiffer" });
    expect(issuesOf({ password: "a", confirm: "b" }, confirm)).toEqual({ confirm: [{ key: "passwordsDiffer" }] });
  });

  it("puts issues of the input as a whole under _form", () => {
    expect(Object.keys(issuesOf("just a string"))).toEqual(["_form"]);
    expect(Object.keys(issuesOf(null))).toEqual(["_form"]);
  });

  it("reports a value of the wrong type as invalidType, not required", () => {
    expect(issuesOf({ email: "a@b.cz", name: 42 })).toEqual({ name: [{ key: "invalidType" }] });
    expect(issuesOf({ email: ["a@b.cz"], name: "A" })).toEqual({ email: [{ key: "invalidType" }] });
    expect(issuesOf({ email: "a@b.cz", name: "A", tags: "one" })).toEqual({ tags: [{ key: "invalidType" }] });
  });
});
