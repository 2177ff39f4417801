import "server-only";
import { CSV_IMPORT_LIMITS, CsvError } from "@/lib/csv";
import { ValidationError } from "@/server/errors";

// The server side of every CSV import (preview → confirm): the file's text, and file-level problems as
// an error on the form's "file" field, so that the form shows them where the file was chosen.

/**
 * The CSV text of an upload (UTF-8, with or without BOM) or of the confirm step's field, which sends the
 * previewed text again (the server never trusts the client's preview).
 */
export async function readCsvUpload(input: { file?: Blob; csv?: string }): Promise<string> {
  const file = input.file && input.file.size > 0 ? input.file : undefined;
  if (file) {
    if (file.size > CSV_IMPORT_LIMITS.bytes) throw csvFileIssue("fileTooLarge", { max: CSV_IMPORT_LIMITS.bytes / 1024 / 1024 });
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
    } catch {
      throw csvFileIssue("csvNotUtf8");
    }
  }
  if (input.csv && input.csv.trim() !== "") return input.csv;
  throw csvFileIssue("fileRequired");
}

export function csvFileIssue(key: string, values?: Record<string, string | number>) {
  return new ValidationError({ file: [{ key, values }] });
}

/** Runs a CSV reader; a problem of the whole file (CsvError) becomes the file field's error. */
export function readCsvOrFileIssue<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof CsvError) throw csvFileIssue(error.key, error.values);
    throw error;
  }
}
