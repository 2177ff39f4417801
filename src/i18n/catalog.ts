// The message catalogs of a locale. TEMPORARY on the `overview` branch: the keys of
// messages/proposed.overview.json are deep-merged over cs.json / en.json until the lead moves them into
// those files — then this file becomes `import(`./messages/${locale}.json`)` again (or is deleted).
import proposed from "./messages/proposed.overview.json";
import type { Locale } from "./locales";

type Catalog = { [key: string]: string | Catalog };

export function deepMerge(base: Catalog, extra: Catalog): Catalog {
  const result: Catalog = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = result[key];
    result[key] = typeof value === "object" && typeof current === "object" ? deepMerge(current, value) : value;
  }
  return result;
}

export async function loadMessages(locale: Locale): Promise<Catalog> {
  const base = (await import(`./messages/${locale}.json`)).default as Catalog;
  return deepMerge(base, ((proposed as Record<string, Catalog>)[locale] ?? {}) as Catalog);
}
