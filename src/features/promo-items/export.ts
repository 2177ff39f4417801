import "server-only";
import type { Actor } from "@/server/authz/permissions";
import { AppError } from "@/server/errors";
import { type SpreadsheetColumn, spreadsheetResponse } from "@/server/spreadsheet";
import { listPromoItemsForExport } from "./queries";

// The item list of the current filter as CSV or XLSX (the shared writer in server/spreadsheet.ts).
type Row = Awaited<ReturnType<typeof listPromoItemsForExport>>[number];

const crowns = (halere: number) => (halere / 100).toFixed(2).replace(".", ",");

const COLUMNS: Array<SpreadsheetColumn<Row>> = [
  ["sku", (row) => row.sku],
  ["name", (row) => row.name],
  ["category", (row) => row.category],
  ["unit", (row) => row.unit],
  ["location", (row) => row.location],
  ["supplier", (row) => row.supplier ?? ""],
  ["minimumStock", (row) => row.minimumStock],
  ["onHand", (row) => row.onHand],
  ["lowStock", (row) => (row.low ? "1" : "")],
  ["stockValueCzk", (row) => crowns(row.stockValue)],
  ["lastMovementAt", (row) => (row.lastMovementAt ? row.lastMovementAt.toISOString().slice(0, 10) : "")],
  ["active", (row) => (row.isActive ? "1" : "")],
];

export async function promoItemsExportResponse(actor: Actor | null, params: Record<string, string>, format: "csv" | "xlsx"): Promise<Response> {
  try {
    const rows = await listPromoItemsForExport(actor, params);
    const stamp = new Date().toISOString().slice(0, 10);
    return await spreadsheetResponse(COLUMNS, rows, { format, fileName: `propagacni-predmety-${stamp}`, sheet: "Sklad" });
  } catch (error) {
    if (error instanceof AppError) return new Response(error.messageKey, { status: error.status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    throw error;
  }
}
