// Event budget arithmetic, pure: integer haléře, VAT in whole percent.

export interface BudgetLineLike {
  plannedMinor: number;
  actualMinor: number | null;
  vatPercent: number;
}

export interface EventBudgetTotals {
  plannedMinor: number;
  actualMinor: number;
  /** Actual − planned over the lines that have an actual amount (positive = overrun). */
  differenceMinor: number;
  plannedWithVatMinor: number;
  actualWithVatMinor: number;
  overrun: boolean;
}

/** Amount + VAT, rounded half up to whole haléře. */
export function withVat(amountMinor: number, vatPercent: number): number {
  return amountMinor + Math.round((amountMinor * vatPercent) / 100);
}

/** A line is over when its actual amount exceeds the planned one. */
export function lineOverrun(line: BudgetLineLike): boolean {
  return line.actualMinor !== null && line.actualMinor > line.plannedMinor;
}

export function eventBudgetTotals(lines: BudgetLineLike[]): EventBudgetTotals {
  let plannedMinor = 0;
  let actualMinor = 0;
  let plannedWithVatMinor = 0;
  let actualWithVatMinor = 0;
  for (const line of lines) {
    plannedMinor += line.plannedMinor;
    plannedWithVatMinor += withVat(line.plannedMinor, line.vatPercent);
    if (line.actualMinor !== null) {
      actualMinor += line.actualMinor;
      actualWithVatMinor += withVat(line.actualMinor, line.vatPercent);
    }
  }
  return { plannedMinor, actualMinor, differenceMinor: actualMinor - plannedMinor, plannedWithVatMinor, actualWithVatMinor, overrun: actualMinor > plannedMinor };
}
