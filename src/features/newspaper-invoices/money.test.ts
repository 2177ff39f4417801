import { describe, expect, it } from "vitest";
import { addDays, formatCzk, formatInvoiceNumber, invoiceStatus, invoiceTotals, outstandingOf, parseCrowns, vatBreakdown, vatOf, variableSymbolOf } from "./money";

describe("VAT per rate, rounded to the haléř", () => {
  it("rounds half away from zero, also for credit notes", () => {
    expect(vatOf(1000_00, 21)).toBe(210_00);
    expect(vatOf(1, 21)).toBe(0); // 0.21 h
    expect(vatOf(3, 21)).toBe(1); // 0.63 h
    expect(vatOf(50, 1)).toBe(1); // 0.5 h → 1
    expect(vatOf(-50, 1)).toBe(-1);
    expect(vatOf(-3, 21)).toBe(-1);
    expect(vatOf(12345, 12)).toBe(1481); // 1481.4
    expect(vatOf(12345, 0)).toBe(0);
  });

  it("computes the tax on each rate's total base, not per line", () => {
    // Three lines of 0.03 Kč at 21 %: per line 3 × round(0.63) = 3 h; on the base 9 × 0.21 = 1.89 → 2 h.
    const rows = vatBreakdown([
      { base: 3, vatRate: 21 },
      { base: 3, vatRate: 21 },
      { base: 3, vatRate: 21 },
    ]);
    expect(rows).toEqual([{ rate: 21, base: 9, vat: 2, total: 11 }]);
  });

  it("gives one row per rate, highest first, and totals that add up", () => {
    const totals = invoiceTotals([
      { base: 4500_00, vatRate: 21 },
      { base: 2400_00, vatRate: 21 },
      { base: 999_99, vatRate: 12 },
      { base: 100_00, vatRate: 0 },
    ]);
    expect(totals.rows).toEqual([
      { rate: 21, base: 6900_00, vat: 1449_00, total: 8349_00 },
      { rate: 12, base: 999_99, vat: 120_00, total: 1119_99 },
      { rate: 0, base: 100_00, vat: 0, total: 100_00 },
    ]);
    expect(totals).toMatchObject({ totalBase: 7999_99, totalVat: 1569_00, total: 9568_99 });
  });

  it("credits mirror the invoice exactly", () => {
    const invoice = invoiceTotals([{ base: 3333_33, vatRate: 21 }]);
    const credit = invoiceTotals([{ base: -3333_33, vatRate: 21 }]);
    expect(credit.total).toBe(-invoice.total);
    expect(credit.totalVat).toBe(-invoice.totalVat);
  });

  it("refuses fractions and impossible rates", () => {
    expect(() => vatOf(1.5, 21)).toThrow(RangeError);
    expect(() => vatOf(100, 101)).toThrow(RangeError);
  });
});

describe("numbers and variable symbols", () => {
  it("formats the year's series and takes the digits as the variable symbol", () => {
    expect(formatInvoiceNumber(2026, 1)).toBe("2026-0001");
    expect(formatInvoiceNumber(2026, 9999)).toBe("2026-9999");
    expect(variableSymbolOf("2026-0042")).toBe("20260042");
    expect(() => formatInvoiceNumber(2026, 10000)).toThrow(RangeError);
    expect(() => variableSymbolOf("12345678901")).toThrow(RangeError);
  });
});

describe("status, derived from the due day, payments and credit notes", () => {
  const invoice = { kind: "INVOICE" as const, total: 1210_00, paidAmount: 0, creditedAmount: 0, dueDay: "2026-03-15" };
  it("follows the payments and the calendar", () => {
    expect(invoiceStatus(invoice, "2026-03-15")).toBe("ISSUED");
    expect(invoiceStatus(invoice, "2026-03-16")).toBe("OVERDUE");
    expect(invoiceStatus({ ...invoice, paidAmount: 500_00 }, "2026-03-10")).toBe("PARTIALLY_PAID");
    expect(invoiceStatus({ ...invoice, paidAmount: 500_00 }, "2026-04-01")).toBe("OVERDUE");
    expect(invoiceStatus({ ...invoice, paidAmount: 1210_00 }, "2026-04-01")).toBe("PAID");
    expect(invoiceStatus({ ...invoice, creditedAmount: 1210_00 }, "2026-04-01")).toBe("CREDITED");
    expect(invoiceStatus({ ...invoice, creditedAmount: 210_00, paidAmount: 1000_00 }, "2026-04-01")).toBe("PAID");
    expect(invoiceStatus({ ...invoice, kind: "CREDIT_NOTE" }, "2026-04-01")).toBe("CREDIT_NOTE");
    expect(outstandingOf({ ...invoice, creditedAmount: 210_00, paidAmount: 300_00 })).toBe(700_00);
  });
});

describe("helpers", () => {
  it("adds days across months and years", () => {
    expect(addDays("2026-12-25", 14)).toBe("2027-01-08");
    expect(addDays("2028-02-20", 14)).toBe("2028-03-05");
  });
  it("formats and parses crowns", () => {
    expect(formatCzk(123456).replace(/\s/g, " ")).toBe("1 234,56 Kč");
    expect(parseCrowns("1 234,56")).toBe(123456);
    expect(parseCrowns("1234.5")).toBe(123450);
    expect(parseCrowns("12")).toBe(1200);
    expect(parseCrowns("12,345")).toBeNull();
    expect(parseCrowns("abc")).toBeNull();
  });
});
