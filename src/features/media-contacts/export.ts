import "server-only";
import type { Actor } from "@/server/authz/permissions";
import { AppError } from "@/server/errors";
import { spreadsheetResponse } from "@/server/spreadsheet";
import { formatOtherOutlets } from "./csv";
import { exportContactData, listContactsForExport } from "./queries";

// Downloads: the contact list of the current filter as CSV (UTF-8 with BOM, semicolons: what Czech
// Excel opens) or XLSX, and one person's data as JSON. Private columns only for contact.viewPrivate;
// erased contacts never (the queries leave them out).

type ExportRow = Awaited<ReturnType<typeof listContactsForExport>>["rows"][number];

const BASE_COLUMNS: Array<[string, (row: ExportRow) => string]> = [
  ["name", (row) => row.name],
  ["email", (row) => row.email],
  ["outlet", (row) => row.outlet?.name ?? ""],
  ["outletKind", (row) => row.outlet?.kind ?? ""],
  ["region", (row) => row.outlet?.region ?? ""],
  ["role", (row) => row.role ?? ""],
  ["otherOutlets", (row) => formatOtherOutlets(row.affiliations.map((affiliation) => ({ name: affiliation.outlet.name, role: affiliation.role })))],
  ["beats", (row) => row.beats.join(" | ")],
  ["phone", (row) => row.phone ?? ""],
  ["languages", (row) => row.languages.join(" | ")],
  ["legalBasis", (row) => row.legalBasis],
  ["source", (row) => row.source],
  ["informedAt", (row) => (row.informedAt ? row.informedAt.toISOString().slice(0, 10) : "")],
  ["doNotContact", (row) => (row.doNotContact ? "1" : "")],
  ["doNotContactReason", (row) => row.doNotContactReason ?? ""],
];
const PRIVATE_COLUMNS: Array<[string, (row: ExportRow) => string]> = [
  ["mobile", (row) => row.mobile ?? ""],
  ["notes", (row) => row.notes ?? ""],
];

export async function contactsExportResponse(actor: Actor | null, params: Record<string, string>, format: "csv" | "xlsx"): Promise<Response> {
  try {
    const { rows, withPrivate } = await listContactsForExport(actor, params);
    const columns = withPrivate ? [...BASE_COLUMNS, ...PRIVATE_COLUMNS] : BASE_COLUMNS;
    const stamp = new Date().toISOString().slice(0, 10);
    return await spreadsheetResponse(columns, rows, { format, fileName: `kontakty-${stamp}`, sheet: "Kontakty" });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function contactDataExportResponse(actor: Actor | null, id: string): Promise<Response> {
  try {
    const data = await exportContactData(actor, id);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="kontakt-${id}.json"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}

function errorResponse(error: unknown): Response {
  if (error instanceof AppError) return new Response(error.messageKey, { status: error.status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  throw error;
}
