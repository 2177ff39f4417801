import "server-only";
import writeXlsxFile from "write-excel-file/node";

// Table downloads shared by the modules: CSV as Czech Excel opens it (UTF-8 with BOM, semicolons) or
// XLSX (write-excel-file). Cells that a spreadsheet would run as formulas are prefixed (CSV injection).

export type SpreadsheetColumn<Row> = [header: string, get: (row: Row) => string | number];

/** A spreadsheet must not run a cell as a formula (CSV injection); phone numbers like +420 stay as they are. */
export function safeCell(value: string): string {
  return /^[=@\t\r]/.test(value) || /^[+-](?![0-9 (])/.test(value) ? `'${value}` : value;
}

export function csvCell(value: string): string {
  const safe = safeCell(value);
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export async function spreadsheetResponse<Row>(
  columns: Array<SpreadsheetColumn<Row>>,
  rows: readonly Row[],
  options: { format: "csv" | "xlsx"; fileName: string; sheet: string },
): Promise<Response> {
  const headers = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };
  if (options.format === "csv") {
    const lines = [columns.map(([name]) => csvCell(name)).join(";"), ...rows.map((row) => columns.map(([, get]) => csvCell(String(get(row)))).join(";"))];
    return new Response(`\uFEFF${lines.join("\r\n")}\r\n`, {
      headers: { ...headers, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${options.fileName}.csv"` },
    });
  }
  const data = [
    columns.map(([name]) => ({ value: name, fontWeight: "bold" as const })),
    ...rows.map((row) =>
      columns.map(([, get]) => {
        const value = get(row);
        return typeof value === "number" ? { value, type: Number } : { value: safeCell(value), type: String };
      }),
    ),
  ];
  const buffer = await writeXlsxFile(data, { sheet: options.sheet }).toBuffer();
  return new Response(new Uint8Array(buffer), {
    headers: {
      ...headers,
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${options.fileName}.xlsx"`,
    },
  });
}
