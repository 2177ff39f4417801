// Representation budget arithmetic; pure and client-safe. Amounts are integers in minor units (haléře,
// cents, grosze); a rate is "CZK for one unit of the currency" with up to 6 decimals, kept as a string
// so that no binary fraction creeps in; conversion rounds half away from zero to whole haléře.

/** "1 234,50", "1234.5", "1 234" → minor units; null when it is not an amount (negative, 3+ decimals, text). */
export function parseMoney(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, "").replace(/(CZK|Kč|EUR|€|PLN|zł)$/i, "");
  const match = /^(\d{1,12})(?:[.,](\d{1,2}))?$/.exec(cleaned);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
}

/** "25,125" → "25.125"; null unless a positive number with at most 6 decimals. */
export function parseRate(text: string): string | null {
  const cleaned = text.replace(/\s/g, "").replace(",", ".");
  const match = /^(\d{1,6})(?:\.(\d{1,6}))?$/.exec(cleaned);
  if (!match) return null;
  const normalised = match[2] ? `${Number(match[1])}.${match[2]}` : String(Number(match[1]));
  return Number(normalised) > 0 ? normalised : null;
}

const SCALE = 1_000_000n;

/** An amount in a currency's minor units converted at `rate` (CZK per unit) to haléře. */
export function toCzkMinor(amountMinor: number, rate: string | number): number {
  const text = typeof rate === "number" ? rate.toFixed(6) : rate;
  const [whole, fraction = ""] = text.split(".");
  const micro = BigInt(whole) * SCALE + BigInt(fraction.padEnd(6, "0").slice(0, 6));
  const product = BigInt(amountMinor) * micro;
  const rounded = (product + SCALE / 2n) / SCALE;
  return Number(rounded);
}

export interface ExpenseLike {
  category: string;
  plannedMinor: number | null;
  actualMinor: number | null;
  currency: string;
  rateToCzk: string;
}

export interface BudgetTotals {
  plannedCzkMinor: number;
  actualCzkMinor: number;
  /** Budget minus actual (negative: over budget); null without a budget. */
  remainingCzkMinor: number | null;
  overBudget: boolean;
  byCategory: Record<string, { plannedCzkMinor: number; actualCzkMinor: number }>;
}

/** Planned and actual totals in CZK, per category and overall, against the visit's budget (CZK minor). */
export function budgetTotals(expenses: ExpenseLike[], budgetMinor: number | null): BudgetTotals {
  const byCategory: BudgetTotals["byCategory"] = {};
  let planned = 0;
  let actual = 0;
  for (const expense of expenses) {
    const row = (byCategory[expense.category] ??= { plannedCzkMinor: 0, actualCzkMinor: 0 });
    const rate = expense.currency === "CZK" ? "1" : expense.rateToCzk;
    if (expense.plannedMinor !== null) {
      const czk = toCzkMinor(expense.plannedMinor, rate);
      row.plannedCzkMinor += czk;
      planned += czk;
    }
    if (expense.actualMinor !== null) {
      const czk = toCzkMinor(expense.actualMinor, rate);
      row.actualCzkMinor += czk;
      actual += czk;
    }
  }
  const remaining = budgetMinor === null ? null : budgetMinor - actual;
  return { plannedCzkMinor: planned, actualCzkMinor: actual, remainingCzkMinor: remaining, overBudget: remaining !== null && remaining < 0, byCategory };
}

/** Minor units as a decimal string for a form field ("1234.50" → shown as typed by the locale elsewhere). */
export function minorToInput(minor: number | null | undefined): string {
  if (minor === null || minor === undefined) return "";
  return (minor / 100).toFixed(2).replace(/\.00$/, "");
}
