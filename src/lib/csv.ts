// CSV imports: a small RFC 4180 parser and the mapping of a header to a module's fields (each import
// names its columns and their accepted header names). Pure (no database, no server-only).
//
// What Czech offices actually send: Excel's "CSV (oddělený středníkem)" is UTF-8 with a BOM and semicolons;
// LibreOffice and scripts write commas. Quoted fields may hold separators, line breaks and doubled quotes.

/** A problem with the file as a whole; `key` is a `validation.*` message key. */
export class CsvError extends Error {
  constructor(
    readonly key: string,
    readonly values: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = "CsvError";
  }
}

export type Delimiter = "," | ";";

/**
 * The separator: whichever of `;` and `,` occurs more often outside quotes in the first record (the
 * header). A tie (a one-column file) is a comma.
 */
export function detectDelimiter(text: string): Delimiter {
  let inQuotes = false;
  let semicolons = 0;
  let commas = 0;
  for (const char of text) {
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (char === "\n" || char === "\r")) break;
    else if (!inQuotes && char === ";") semicolons += 1;
    else if (!inQuotes && char === ",") commas += 1;
  }
  return semicolons > commas ? ";" : ",";
}

/**
 * Parses CSV text into records of fields (RFC 4180): fields separated by `delimiter`, records by CRLF, LF
 * or CR; a field that starts with `"` is quoted and may contain the delimiter, line breaks and `""` for
 * one quote. A quote inside an unquoted field is kept as it is (sloppy but common); text after a closing
 * quote, or a quote never closed, is an error naming the record (1-based, as a spreadsheet numbers rows).
 * A leading byte order mark is dropped. `maxRecords` stops a huge file early.
 */
export function parseCsv(input: string, options: { delimiter?: Delimiter; maxRecords?: number } = {}): string[][] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const maxRecords = options.maxRecords ?? Number.POSITIVE_INFINITY;
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let i = 0;
  const length = text.length;

  const endRecord = () => {
    record.push(field);
    field = "";
    records.push(record);
    record = [];
    if (records.length > maxRecords) throw new CsvError("csvTooManyRows", { max: maxRecords - 1 });
  };

  while (i < length) {
    const char = text[i];
    if (char === '"' && field === "") {
      // A quoted field: up to the closing quote that is not doubled.
      const startRecord = records.length + 1;
      i += 1;
      let closed = false;
      let value = "";
      while (i < length) {
        const next = text.indexOf('"', i);
        if (next === -1) break;
        value += text.slice(i, next);
        if (text[next + 1] === '"') {
          value += '"';
          i = next + 2;
        } else {
          i = next + 1;
          closed = true;
          break;
        }
      }
      if (!closed) throw new CsvError("csvUnterminatedQuote", { row: startRecord });
      field = value;
      // After the closing quote: a delimiter, the end of the record or the end of the text.
      const after = text[i];
      if (i < length && after !== delimiter && after !== "\n" && after !== "\r") {
        throw new CsvError("csvTextAfterQuote", { row: records.length + 1 });
      }
      // A quoted empty field ("") must not be taken for "no field yet": mark it by moving on.
      if (i >= length) break;
      if (after === delimiter) {
        record.push(field);
        field = "";
        i += 1;
        continue;
      }
      continue; // a line break: handled below on the next turn
    }
    if (char === delimiter) {
      record.push(field);
      field = "";
      i += 1;
    } else if (char === "\r" || char === "\n") {
      endRecord();
      i += char === "\r" && text[i + 1] === "\n" ? 2 : 1;
    } else {
      // Plain characters up to the next special one, in one slice.
      let end = i + 1;
      while (end < length) {
        const c = text[end];
        if (c === delimiter || c === "\r" || c === "\n") break;
        end += 1;
      }
      field += text.slice(i, end);
      i = end;
    }
  }
  // The last record, unless the text ended with a line break.
  if (field !== "" || record.length > 0 || (length > 0 && text[length - 1] === '"')) endRecord();
  return records;
}

export function normalizeHeader(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[\s_-]+/g, "");
}

export interface CsvRow<Column extends string> {
  /** The record's number in the file, the header being 1 (as a spreadsheet shows it). */
  row: number;
  values: Partial<Record<Column, string>>;
  /** Cells beyond the header's columns that are not empty. */
  extraCells: boolean;
}

/**
 * The file's text → one row per non-empty record, its cells named by the header. Throws CsvError for a
 * problem of the whole file (no header, unknown or missing columns, too many rows, broken quoting).
 */
export interface CsvColumns<Column extends string> {
  /** Normalised header name (normalizeHeader) → column. */
  aliases: Record<string, Column>;
  required: readonly Column[];
  /** How the messages name a column (e.g. both accepted header names). */
  names: Record<Column, string>;
}

export function readCsvTable<Column extends string>(text: string, { aliases, required, names }: CsvColumns<Column>, maxRows: number): Array<CsvRow<Column>> {
  const records = parseCsv(text, { maxRecords: maxRows + 1 });
  const isBlank = (record: string[]) => record.every((cell) => cell.trim() === "");
  const headerIndex = records.findIndex((record) => !isBlank(record));
  if (headerIndex === -1) throw new CsvError("csvEmpty");
  const header = records[headerIndex];
  const columns: Array<Column | null> = [];
  const unknown: string[] = [];
  for (const name of header) {
    const column = Object.hasOwn(aliases, normalizeHeader(name)) ? aliases[normalizeHeader(name)] : undefined;
    if (name.trim() === "") columns.push(null); // Excel's trailing empty column
    else if (!column) unknown.push(name.trim());
    else if (columns.includes(column)) throw new CsvError("csvDuplicateColumn", { column: name.trim() });
    else columns.push(column);
  }
  if (unknown.length) throw new CsvError("csvUnknownColumns", { columns: unknown.join(", ") });
  const missing = required.filter((column) => !columns.includes(column));
  if (missing.length) throw new CsvError("csvMissingColumns", { columns: missing.map((column) => names[column]).join(", ") });

  const rows: Array<CsvRow<Column>> = [];
  for (let index = headerIndex + 1; index < records.length; index += 1) {
    const record = records[index];
    if (isBlank(record)) continue;
    const values: CsvRow<Column>["values"] = {};
    columns.forEach((column, position) => {
      if (column) values[column] = record[position] ?? "";
    });
    const extraCells = record.slice(columns.length).some((cell) => cell.trim() !== "");
    rows.push({ row: index + 1, values, extraCells });
  }
  if (rows.length === 0) throw new CsvError("csvNoRows");
  return rows;
}

/** What one CSV import takes at the most (the forms show the same limits). */
export const CSV_IMPORT_LIMITS = { bytes: 2 * 1024 * 1024, rows: 5_000 } as const;
