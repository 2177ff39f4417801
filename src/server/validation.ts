import type { z } from "zod";
import { type FieldIssue, type FieldIssues, ValidationError } from "./errors";

/**
 * Parses untrusted input with a zod schema; on failure throws a ValidationError whose issues are
 * message keys (validation.*) with values, so that each field's message appears in the user's language.
 * Schemas give custom messages as keys too: `z.string().refine(…, { message: "passwordTooCommon" })`.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  // reportInput: zod 4 leaves the input out of its issues otherwise, and "missing" looks like "wrong type".
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const fieldIssues: FieldIssues = {};
  for (const issue of result.error.issues) {
    const field = issue.path.length ? issue.path.map(String).join(".") : "_form";
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) (fieldIssues[key] ??= []).push({ key: "unknownField" });
      continue;
    }
    // One message a field: zod may add checks that make no sense after a wrong type.
    if (!fieldIssues[field]) fieldIssues[field] = [describeIssue(issue)];
  }
  throw new ValidationError(fieldIssues);
}

function describeIssue(issue: z.core.$ZodIssue): FieldIssue {
  // A custom message is a catalog key; zod's own English messages are replaced by ours.
  if (/^[a-zA-Z]+$/.test(issue.message) && issue.code === "custom") return { key: issue.message };
  switch (issue.code) {
    case "invalid_type":
      return { key: issue.input === undefined || issue.input === null ? "required" : "invalidType" };
    case "too_small":
      if (issue.origin === "string") {
        return Number(issue.minimum) <= 1 ? { key: "required" } : { key: "tooShort", values: { min: Number(issue.minimum) } };
      }
      if (issue.origin === "array" || issue.origin === "set") return { key: "tooFewItems", values: { min: Number(issue.minimum) } };
      return { key: "tooSmall", values: { min: Number(issue.minimum) } };
    case "too_big":
      if (issue.origin === "string") return { key: "tooLong", values: { max: Number(issue.maximum) } };
      if (issue.origin === "array" || issue.origin === "set") return { key: "tooManyItems", values: { max: Number(issue.maximum) } };
      return { key: "tooBig", values: { max: Number(issue.maximum) } };
    case "invalid_format":
      return { key: issue.format === "email" ? "invalidEmail" : "invalidFormat" };
    case "invalid_value":
      return { key: "invalidChoice" };
    default:
      return { key: /^[a-zA-Z]+$/.test(issue.message) ? issue.message : "invalid" };
  }
}
