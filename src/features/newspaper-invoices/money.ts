// Invoice arithmetic, pure and client-safe. Money is in haléře (integers): no floating point anywhere.
//
// Czech practice (VAT Act 235/2004 §37): the tax is computed per rate over the bases of that rate and
// rounded to the haléř (half away from zero), the document's total is the sum of bases plus the sum of
// taxes per rate. Payment by bank transfer needs no rounding to whole crowns.

export interface PricedLine {
  /** quantity × unit price, without VAT (negative on a credit note). */
  base: number;
  /** Percent (21, 12, 0). */
  vatRate: number;
}

export interface VatRow {
  rate: number;
  base: number;
  vat: number;
  total: number;
}

export interface InvoiceTotals {
  rows: VatRow[];
  totalBase: number;
  totalVat: number;
  total: number;
}

/** base × rate / 100, rounded to the haléř half away from zero (exact: integer arithmetic only). */
export function vatOf(base: number, rate: number): number {
  if (!Number.isSafeInteger(base) || !Number.isInteger(rate) || rate < 0 || rate > 100) throw new RangeError("vatOf: integer base and rate 0–100");
  const product = Math.abs(base) * rate;
  const rounded = Math.floor(product / 100) + (product % 100 >= 50 ? 1 : 0);
  return base < 0 ? -rounded : rounded;
}

/** The VAT breakdown: one row per rate (highest rate first), the tax computed on the rate's total base. */
export function vatBreakdown(lines: readonly PricedLine[]): VatRow[] {
  const bases = new Map<number, number>();
  for (const line of lines) bases.set(line.vatRate, (bases.get(line.vatRate) ?? 0) + line.base);
  return [...bases.entries()]
    .sort(([a], [b]) => b - a)
    .map(([rate, base]) => {
      const vat = vatOf(base, rate);
      return { rate, base, vat, total: base + vat };
    });
}

export function invoiceTotals(lines: readonly PricedLine[]): InvoiceTotals {
  const rows = vatBreakdown(lines);
  const totalBase = rows.reduce((sum, row) => sum + row.base, 0);
  const totalVat = rows.reduce((sum, row) => sum + row.vat, 0);
  return { rows, totalBase, totalVat, total: totalBase + totalVat };
}

/** "2026-0007": the year's series, four digits (up to 9 999 documents a year). */
export function formatInvoiceNumber(year: number, sequence: number): string {
  if (!Number.isInteger(year) || year < 2000 || year > 9999 || !Number.isInteger(sequence) || sequence < 1 || sequence > 9999) {
    throw new RangeError("formatInvoiceNumber: year 2000–9999, sequence 1–9999");
  }
  return `${year}-${String(sequence).padStart(4, "0")}`;
}

/** The variable symbol: the number's digits (at most 10, as Czech banks accept). */
export function variableSymbolOf(number: string): string {
  const digits = number.replace(/\D/g, "");
  if (digits.length === 0 || digits.length > 10) throw new RangeError("variableSymbolOf: 1–10 digits");
  return digits;
}

export type InvoiceStatus = "ISSUED" | "PARTIALLY_PAID" | "PAID" | "OVERDUE" | "CREDITED" | "CREDIT_NOTE";

/** What is still to be paid: the total less the credit notes and the payments (never below 0). */
export function outstandingOf(invoice: { total: number; paidAmount: number; creditedAmount: number }): number {
  return Math.max(0, invoice.total - invoice.creditedAmount - invoice.paidAmount);
}

/**
 * The status is derived, never stored: PAID when nothing is outstanding and something was paid, CREDITED
 * when credit notes cancelled it, OVERDUE when something is outstanding after the due day (a calendar
 * day "YYYY-MM-DD" in the city's time zone), PARTIALLY_PAID, else ISSUED.
 */
export function invoiceStatus(
  invoice: { kind: "INVOICE" | "CREDIT_NOTE"; total: number; paidAmount: number; creditedAmount: number; dueDay: string },
  today: string,
): InvoiceStatus {
  if (invoice.kind === "CREDIT_NOTE") return "CREDIT_NOTE";
  const outstanding = outstandingOf(invoice);
  if (outstanding === 0) return invoice.paidAmount > 0 ? "PAID" : "CREDITED";
  if (invoice.dueDay < today) return "OVERDUE";
  return invoice.paidAmount > 0 ? "PARTIALLY_PAID" : "ISSUED";
}

/** "YYYY-MM-DD" + n days. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** 123456 → "1 234,56 Kč" (Czech format, non-breaking spaces). */
export function formatCzk(halere: number): string {
  return new Intl.NumberFormat("cs-CZ", { style: "currency", currency: "CZK", minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(halere / 100);
}

/** "1 234,56" or "1234.5" or "1234" (crowns) → haléře; null when it is not an amount. */
export function parseCrowns(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0]/g, "").replace(/Kč$/i, "").replace(",", ".");
  if (!/^-?\d{1,9}(\.\d{1,2})?$/.test(cleaned)) return null;
  const [whole, fraction = ""] = cleaned.replace("-", "").split(".");
  const value = Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  return cleaned.startsWith("-") ? -value : value;
}
