import "server-only";
import type { Actor } from "@/server/authz/permissions";
import { AppError } from "@/server/errors";
import { type SpreadsheetColumn, spreadsheetResponse } from "@/server/spreadsheet";
import { exportSubscribers } from "./queries";

// The subscribers of the current filter as CSV (the shared writer in server/spreadsheet.ts), with the
// consent record's version, time and source: what a data protection officer asks for.
type Row = Awaited<ReturnType<typeof exportSubscribers>>[number];
const iso = (date: Date | null) => (date ? date.toISOString() : "");

const COLUMNS: Array<SpreadsheetColumn<Row>> = [
  ["email", (row) => row.email],
  ["name", (row) => row.name],
  ["status", (row) => row.status],
  ["consentVersion", (row) => row.consentVersion],
  ["consentAt", (row) => iso(row.consentAt)],
  ["consentSource", (row) => row.consentSource],
  ["confirmedAt", (row) => iso(row.confirmedAt)],
  ["unsubscribedAt", (row) => iso(row.unsubscribedAt)],
];

export async function subscribersExportResponse(actor: Actor | null, params: Record<string, string>): Promise<Response> {
  try {
    const rows = await exportSubscribers(actor, params);
    const stamp = new Date().toISOString().slice(0, 10);
    return await spreadsheetResponse(COLUMNS, rows, { format: "csv", fileName: `odberatele-zpravodaje-${stamp}`, sheet: "Odběratelé" });
  } catch (error) {
    if (error instanceof AppError) return new Response(error.messageKey, { status: error.status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    throw error;
  }
}
