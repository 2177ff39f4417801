import "server-only";
import { getPublishedRelease, listPublishedReleases, listTopics } from "@/features/press-releases/queries";
import { listPublicConferences } from "@/features/press-conferences/queries";
import { listPublicEvents } from "@/features/events/queries";
import { listPublicReleaseFiles } from "@/features/release-media/queries";
import { newsroomCache } from "./cache";
import {
  countPublicReleases,
  listFeedItems,
  listPressContacts,
  listPublishedReleaseResolutions,
  listPublishedYears,
  listSitemapReleases,
} from "./public-queries";
import type { NewsroomSearch } from "./search-params";
import { SITEMAP_PAGE_SIZE } from "./sitemap";

// What the public newsroom's pages and feeds read, through the newsroom cache (./cache.ts). The pages
// stay rendered per request (the visitor's language comes from a cookie); the database work does not.
// A miss (an unknown slug) is not cached: a rejected read is dropped.

export const cachedNewsroom = {
  list: (search: NewsroomSearch) => newsroomCache.read(`list:${JSON.stringify(search)}`, () => listPublishedReleases(search)),
  topics: () => newsroomCache.read("topics", () => listTopics()),
  years: () => newsroomCache.read("years", () => listPublishedYears()),
  pressContacts: () => newsroomCache.read("contacts", () => listPressContacts()),
  release: (slug: string) => newsroomCache.read(`release:${slug}`, () => getPublishedRelease(slug)),
  releaseResolutions: (slug: string) => newsroomCache.read(`resolutions:${slug}`, () => listPublishedReleaseResolutions(slug)),
  releaseFiles: (slug: string) => newsroomCache.read(`files:${slug}`, () => listPublicReleaseFiles(slug)),
  feedItems: (limit: number, language?: string) => newsroomCache.read(`feed:${limit}:${language ?? ""}`, () => listFeedItems(limit, { language })),
  publicCount: () => newsroomCache.read("count", () => countPublicReleases()),
  /** Upcoming press conferences (the ICS feed also lists cancelled ones, so that calendars drop them). */
  conferences: (options: { includeCancelled?: boolean } = {}) =>
    newsroomCache.read(`conferences:${options.includeCancelled ? "ics" : "list"}`, () => listPublicConferences(new Date(), options)),
  /** Public events not over yet (the ICS feed also lists cancelled ones, so that calendars drop them); internal ones never. */
  events: (options: { includeCancelled?: boolean } = {}) =>
    newsroomCache.read(`events:${options.includeCancelled ? "ics" : "list"}`, () => listPublicEvents(new Date(), options)),
  sitemapPage: (page: number) => newsroomCache.read(`sitemap:${page}`, () => listSitemapReleases(page, SITEMAP_PAGE_SIZE)),
};
