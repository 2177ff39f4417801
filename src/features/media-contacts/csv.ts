// The contacts import's columns, their accepted header names (English or Czech) and the check of one
// row. Pure: the parser is src/lib/csv.ts; the service adds what needs the database (known e-mails,
// outlets).
import { type CsvRow, readCsvTable } from "@/lib/csv";
import { z } from "zod";
import { CONTACT_LIMITS, emailSchema, MAX_AFFILIATIONS, splitList } from "./schema";

export const CONTACT_COLUMNS = ["name", "email", "outlet", "role", "otherOutlets", "beats", "phone", "languages", "legalBasis", "source"] as const;
export type ContactColumn = (typeof CONTACT_COLUMNS)[number];
const REQUIRED_COLUMNS: readonly ContactColumn[] = ["name", "email", "legalBasis", "source"];

export const CONTACT_COLUMN_NAMES: Record<ContactColumn, string> = {
  name: "name / jméno",
  email: "email / e-mail",
  outlet: "outlet / médium",
  role: "role / funkce",
  otherOutlets: "otherOutlets / další redakce",
  beats: "beats / témata",
  phone: "phone / telefon",
  languages: "languages / jazyky",
  legalBasis: "legalBasis / právní základ",
  source: "source / zdroj",
};

/** Header names, compared without case, diacritics, spaces, dashes and underscores (normalizeHeader). */
const HEADER_ALIASES: Record<string, ContactColumn> = {
  name: "name",
  jmeno: "name",
  jmenoaprijmeni: "name",
  email: "email",
  mail: "email",
  outlet: "outlet",
  medium: "outlet",
  media: "outlet",
  redakce: "outlet",
  role: "role",
  funkce: "role",
  otheroutlets: "otherOutlets",
  dalsiredakce: "otherOutlets",
  dalsimedia: "otherOutlets",
  beats: "beats",
  temata: "beats",
  tema: "beats",
  phone: "phone",
  telefon: "phone",
  languages: "languages",
  jazyky: "languages",
  jazyk: "languages",
  legalbasis: "legalBasis",
  pravnizaklad: "legalBasis",
  source: "source",
  zdroj: "source",
};

export function readContactCsv(text: string, maxRows: number): Array<CsvRow<ContactColumn>> {
  return readCsvTable(text, { aliases: HEADER_ALIASES, required: REQUIRED_COLUMNS, names: CONTACT_COLUMN_NAMES }, maxRows);
}

/**
 * Further outlets in one cell: "Outlet (role); Outlet (role)" — items separated by ";" or "|", the role
 * in parentheses at the end of an item (optional). The export writes the same format.
 */
export function parseOtherOutlets(value: string): Array<{ name: string; role?: string }> {
  const items: Array<{ name: string; role?: string }> = [];
  for (const item of value.split(/[;|]/)) {
    const match = /^(.*?)\s*(?:\(([^()]*)\))?\s*$/.exec(item.trim().replace(/\s+/g, " "));
    const name = match?.[1]?.trim() ?? "";
    const role = match?.[2]?.trim();
    if (name) items.push(role ? { name, role } : { name });
  }
  return items;
}

export function formatOtherOutlets(items: ReadonlyArray<{ name: string; role?: string | null }>): string {
  return items.map((item) => (item.role ? `${item.name} (${item.role})` : item.name)).join("; ");
}

const optional = (max: number) => z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), z.string().trim().max(max).optional());

/** One CSV row (every cell is a string; absent columns are empty). */
export const importRowSchema = z.strictObject({
  name: z.string().trim().min(1).max(CONTACT_LIMITS.name),
  email: z.string().trim().min(1, { message: "required" }).pipe(emailSchema),
  outlet: optional(CONTACT_LIMITS.name),
  role: optional(CONTACT_LIMITS.text),
  otherOutlets: z.preprocess(
    (value) => (typeof value === "string" ? parseOtherOutlets(value) : value),
    z.array(z.strictObject({ name: z.string().max(CONTACT_LIMITS.name), role: z.string().max(CONTACT_LIMITS.text).optional() })).max(MAX_AFFILIATIONS),
  ),
  beats: z.preprocess((value) => splitList(value ?? "").map((beat) => beat.toLowerCase()), z.array(z.string().max(CONTACT_LIMITS.beat)).max(CONTACT_LIMITS.beats)),
  phone: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z
      .string()
      .trim()
      .max(CONTACT_LIMITS.phone)
      .regex(/^\+?[0-9 ()/-]{6,}$/, { message: "invalidPhone" })
      .optional(),
  ),
  languages: z.preprocess((value) => splitList(value ?? "").map((language) => language.toLowerCase()), z.array(z.string().regex(/^[a-z]{2}$/, { message: "languageCode" })).max(10)),
  legalBasis: z.string().trim().min(1).max(CONTACT_LIMITS.text),
  source: z.string().trim().min(1).max(CONTACT_LIMITS.text),
});
export type ImportRow = z.output<typeof importRowSchema>;

export interface RowIssue {
  field: string;
  key: string;
  values?: Record<string, string | number>;
}

/** Checks one row: its fields, or the issues (a `validation.*` key per field). */
export function validateImportRow(values: Partial<Record<ContactColumn, string>>): { fields: ImportRow | null; issues: RowIssue[] } {
  const input: Record<string, string> = {};
  for (const column of CONTACT_COLUMNS) input[column] = values[column] ?? "";
  const result = importRowSchema.safeParse(input);
  if (result.success) return { fields: result.data, issues: [] };
  const issues: RowIssue[] = [];
  const seen = new Set<string>();
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "_row");
    if (seen.has(field)) continue;
    seen.add(field);
    const custom = /^[a-zA-Z]+$/.test(issue.message) && issue.code === "custom";
    let key = custom ? issue.message : "invalid";
    if (!custom) {
      if (issue.code === "too_small") key = "required";
      else if (issue.code === "too_big") key = "tooLong";
      else if (issue.code === "invalid_format") key = (issue as { format?: string }).format === "email" ? "invalidEmail" : /^[a-zA-Z]+$/.test(issue.message) ? issue.message : "invalidFormat";
      else if (/^[a-zA-Z]+$/.test(issue.message)) key = issue.message;
    }
    issues.push({ field, key, values: issue.code === "too_big" ? { max: Number((issue as { maximum?: unknown }).maximum) } : undefined });
  }
  return { fields: null, issues };
}
