// The resolutions import's columns and the header names it accepts (the parser: src/lib/csv.ts).
import { type CsvRow, readCsvTable } from "@/lib/csv";

export const RESOLUTION_COLUMNS = ["body", "number", "adoptedOn", "title", "text", "url"] as const;
export type ResolutionColumn = (typeof RESOLUTION_COLUMNS)[number];
const REQUIRED_COLUMNS: readonly ResolutionColumn[] = ["body", "number", "adoptedOn", "title"];

/** How the messages name a column: both accepted header names. */
export const COLUMN_NAMES: Record<ResolutionColumn, string> = {
  body: "body / orgán",
  number: "number / číslo",
  adoptedOn: "adoptedOn / datum",
  title: "title / název",
  text: "text",
  url: "url / odkaz",
};

/** Header names, compared without case, diacritics, spaces, dashes and underscores. */
const HEADER_ALIASES: Record<string, ResolutionColumn> = {
  body: "body",
  organ: "body", // orgán
  number: "number",
  cislo: "number", // číslo
  cislousneseni: "number",
  adoptedon: "adoptedOn",
  date: "adoptedOn",
  datum: "adoptedOn",
  datumprijeti: "adoptedOn", // datum přijetí
  title: "title",
  nazev: "title", // název
  text: "text",
  url: "url",
  link: "url",
  odkaz: "url",
};

/**
 * The file's text → one row per non-empty record, its cells named by the header. Throws CsvError for a
 * problem of the whole file (no header, unknown or missing columns, too many rows, broken quoting).
 */
export function readResolutionCsv(text: string, maxRows: number): Array<CsvRow<ResolutionColumn>> {
  return readCsvTable(text, { aliases: HEADER_ALIASES, required: REQUIRED_COLUMNS, names: COLUMN_NAMES }, maxRows);
}
