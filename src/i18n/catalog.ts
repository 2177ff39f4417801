// The message catalog of a locale, for code that renders outside a request's next-intl context
// (the personal ICS feed answers calendar clients, which carry no session and no cookie).
import type { Locale } from "./locales";

type Catalog = { [key: string]: string | Catalog };

export async function loadMessages(locale: Locale): Promise<Catalog> {
  return (await import(`./messages/${locale}.json`)).default as Catalog;
}
