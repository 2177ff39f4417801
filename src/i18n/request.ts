import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getActor } from "@/server/auth/session";
import { config } from "@/server/config";
import { loadMessages } from "./catalog";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";
import { LOCALE_COOKIE } from "./locales";

// The language: the signed-in user's choice, else the cookie set by the switcher, else Czech (the
// interface speaks the city's language unless someone chooses another). Dates use the city's time zone.
export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  return {
    locale,
    timeZone: config().CITY_TIME_ZONE,
    messages: await loadMessages(locale),
  };
});

async function resolveLocale(): Promise<Locale> {
  const actor = await getActor().catch(() => null);
  if (isLocale(actor?.locale)) return actor.locale;
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(cookie) ? cookie : DEFAULT_LOCALE;
}
