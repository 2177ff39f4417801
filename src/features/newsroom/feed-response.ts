import "server-only";
import { createTranslator } from "next-intl";
import { isLocale, type Locale } from "@/i18n/locales";
import cs from "@/i18n/messages/cs.json";
import en from "@/i18n/messages/en.json";
import { config } from "@/server/config";
import { buildAtom, buildRss, type FeedChannel } from "./feed";
import { RELEASE_LANGUAGES } from "@/features/press-releases/schema";
import { cachedNewsroom } from "./cached-reads";
import { publicOrigin } from "./public-url";

export const FEED_SIZE = 30;

/**
 * The newsroom's feed as a response. ?lang=cs|en|de limits it to one language (its texts in Czech or
 * English); without it the feed holds every language version, described in Czech (the city's language).
 */
export async function feedResponse(request: Request, format: "rss" | "atom"): Promise<Response> {
  const requested = new URL(request.url).searchParams.get("lang") ?? "";
  const language = (RELEASE_LANGUAGES as readonly string[]).includes(requested) ? requested : undefined;
  const locale: Locale = isLocale(language) ? language : language ? "en" : "cs";
  // The feed's own language, not the visitor's (the request config follows the visitor's cookie).
  const t = createTranslator({ locale, messages: locale === "en" ? en : cs, namespace: "newsroom" });
  const [origin, releases] = await Promise.all([publicOrigin(), cachedNewsroom.feedItems(FEED_SIZE, language)]);
  const city = config().CITY_NAME;
  const path = format === "rss" ? "/newsroom/feed.xml" : "/newsroom/atom.xml";
  const channel: FeedChannel = {
    title: t("feed.title", { city }),
    link: `${origin}/newsroom`,
    selfLink: `${origin}${path}${language ? `?lang=${language}` : ""}`,
    description: t("feed.description", { city }),
    language: language ?? locale,
    items: releases.map((release) => ({
      title: release.title,
      link: `${origin}/newsroom/${release.slug}`,
      description: release.perex,
      publishedAt: release.publishedAt ?? new Date(0),
      updatedAt: release.correctedAt,
      categories: release.topics.map((topic) => (locale === "cs" ? topic.nameCs : topic.nameEn)),
      language: release.language,
    })),
  };
  const body = format === "rss" ? buildRss(channel) : buildAtom(channel);
  return new Response(body, {
    headers: {
      "Content-Type": format === "rss" ? "application/rss+xml; charset=utf-8" : "application/atom+xml; charset=utf-8",
      // Feed readers poll: a few minutes of caching keeps them cheap; a new release shows within that.
      "Cache-Control": "public, max-age=300",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
