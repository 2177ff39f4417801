import "server-only";
import { getTranslations } from "next-intl/server";
import { config } from "@/server/config";

/** <link rel="alternate"> for the RSS and Atom feeds, on every newsroom page (absolute URLs). */
export async function feedAlternates(origin: string) {
  const t = await getTranslations("newsroom");
  const title = t("feed.title", { city: config().CITY_NAME });
  return {
    "application/rss+xml": [{ url: `${origin}/newsroom/feed.xml`, title }],
    "application/atom+xml": [{ url: `${origin}/newsroom/atom.xml`, title }],
  };
}

/** OpenGraph locale of a language code. */
export function ogLocale(language: string): string {
  return language === "en" ? "en_GB" : "cs_CZ";
}
