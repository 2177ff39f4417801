import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getActor } from "@/server/auth/session";
import { config } from "@/server/config";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";
import { LOCALE_COOKIE } from "./locales";
import proposedNewspaper from "./messages/proposed.newspaper.json";
import proposedNewspaperAds from "./messages/proposed.newspaper-ads.json";

// The language: the signed-in user's choice, else the cookie set by the switcher, else Czech (the
// interface speaks the city's language unless someone chooses another). Dates use the city's time zone.
export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  const messages = (await import(`./messages/${locale}.json`)).default;
  return {
    locale,
    timeZone: config().CITY_TIME_ZONE,
    // Branches `newspaper` and `newspaper-ads` only: the modules' proposed catalogs, merged until they move
    // into cs.json/en.json.
    messages: [proposedNewspaper, proposedNewspaperAds].reduce<Record<string, unknown>>(
      (merged, proposed) => mergeMessages(merged, (proposed as Record<string, Record<string, unknown>>)[locale] ?? {}),
      messages,
    ),
  };
});

function mergeMessages(base: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = merged[key];
    merged[key] =
      current && typeof current === "object" && value && typeof value === "object" && !Array.isArray(value)
        ? mergeMessages(current as Record<string, unknown>, value as Record<string, unknown>)
        : value;
  }
  return merged;
}

async function resolveLocale(): Promise<Locale> {
  const actor = await getActor().catch(() => null);
  if (isLocale(actor?.locale)) return actor.locale;
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(cookie) ? cookie : DEFAULT_LOCALE;
}
