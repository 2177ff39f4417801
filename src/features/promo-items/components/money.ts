// Haléře shown as crowns in the user's language (client-safe).
type CurrencyOptions = { style: "currency"; currency: string; minimumFractionDigits: number; maximumFractionDigits: number };

export function formatMoney(format: { number(value: number, options: CurrencyOptions): string }, halere: number): string {
  return format.number(halere / 100, { style: "currency", currency: "CZK", minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
