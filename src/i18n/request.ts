import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getActor } from "@/server/auth/session";
import { config } from "@/server/config";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";
import { LOCALE_COOKIE } from "./locales";
import proposedNewspaperAds from "./messages/proposed.newspaper-ads.json";

// The language: the signed-in user's choice, else the cookie set by the switcher, else Czech (the
// interface speaks the city's language unless someone chooses another). Dates use the city's time zone.
export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  return {
    locale,
    timeZone: config().CITY_TIME_ZONE,
    messages: withProposed((await import(`./messages/${locale}.json`)).default, locale),
  };
});

type Catalog = { [key: string]: string | Catalog };

// Until the lead moves them into cs.json/en.json, a branch's new keys live in proposed.<branch>.json
// ({"cs": {…}, "en": {…}}) and are merged in here (their namespaces are new; existing ones gain keys).
function withProposed(messages: Catalog, locale: Locale): Catalog {
  const proposed = (proposedNewspaperAds as Record<string, Catalog | undefined>)[locale];
  return proposed ? deepMerge(messages, proposed) : messages;
}

function deepMerge(base: Catalog, extra: Catalog): Catalog {
  const result: Catalog = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = result[key];
    result[key] = typeof value === "object" && typeof current === "object" ? deepMerge(current, value) : value;
  }
  return result;
}

async function resolveLocale(): Promise<Locale> {
  const actor = await getActor().catch(() => null);
  if (isLocale(actor?.locale)) return actor.locale;
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(cookie) ? cookie : DEFAULT_LOCALE;
}
