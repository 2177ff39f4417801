// Minor units shown in the user's locale with the currency ("12 500 Kč", "€480.50").
export function formatMoney(locale: string, minor: number, currency: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: "currency", currency, minimumFractionDigits: minor % 100 === 0 ? 0 : 2, maximumFractionDigits: 2 }).format(minor / 100);
  } catch {
    return `${(minor / 100).toFixed(2)} ${currency}`;
  }
}
