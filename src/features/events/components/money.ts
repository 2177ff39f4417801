import { formatMoney } from "@/features/visits/components/money";

/** CZK in haléře, shown the Czech way ("12 500 Kč"): the office's budgets are in crowns in either language. */
export function formatMinor(minor: number): string {
  return formatMoney("cs-CZ", minor, "CZK");
}
/** Haléře as the form's input ("12500,50"). */
export function minorInput(minor: number | null): string {
  return minor === null ? "" : (minor / 100).toFixed(minor % 100 === 0 ? 0 : 2).replace(".", ",");
}
