import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getActor } from "@/server/auth/session";
import { config } from "@/server/config";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";
import proposedMonitoring from "./messages/proposed.monitoring.json";
import { LOCALE_COOKIE } from "./locales";

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

async function resolveLocale(): Promise<Locale> {
  const actor = await getActor().catch(() => null);
  if (isLocale(actor?.locale)) return actor.locale;
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(cookie) ? cookie : DEFAULT_LOCALE;
}

// Until the monitoring branch's messages are merged into cs.json / en.json, its proposed file is added here.
type Messages = Record<string, unknown>;
function withProposed(messages: Messages, locale: Locale): Messages {
  const proposed = (proposedMonitoring as Record<string, Messages>)[locale];
  return proposed ? deepMerge(messages, proposed) : messages;
}
function deepMerge(base: Messages, extra: Messages): Messages {
  const result: Messages = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = result[key];
    result[key] = current && typeof current === "object" && value && typeof value === "object" ? deepMerge(current as Messages, value as Messages) : value;
  }
  return result;
}
