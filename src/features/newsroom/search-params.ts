// Client-safe: the newsroom's URL is its state (bookmarkable, shareable). Parameters:
// q (search), topic (slug), year, lang (cs|en|de), page. The module's listPublishedReleases parses
// again; this parse names the URL parameters and keeps the form's echo clean. Anything odd is dropped rather than refused.
import { z } from "zod";
import { RELEASE_LANGUAGES } from "@/features/press-releases/schema";

export const newsroomSearchSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  topicSlug: z.string().trim().regex(/^[a-z0-9-]{1,80}$/).optional().catch(undefined),
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  language: z.enum(RELEASE_LANGUAGES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type NewsroomSearch = z.infer<typeof newsroomSearchSchema>;

type RawParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Next's searchParams → the query's input. */
export function parseNewsroomParams(params: RawParams): NewsroomSearch {
  return newsroomSearchSchema.parse({
    q: first(params.q) || undefined,
    topicSlug: first(params.topic) || undefined,
    year: first(params.year) || undefined,
    language: first(params.lang) || undefined,
    page: first(params.page) || undefined,
  });
}

/** The query string for a search (empty values left out), e.g. for page links. */
export function newsroomHref(search: NewsroomSearch, page?: number): string {
  const query = new URLSearchParams();
  if (search.q) query.set("q", search.q);
  if (search.topicSlug) query.set("topic", search.topicSlug);
  if (search.year) query.set("year", String(search.year));
  if (search.language) query.set("lang", search.language);
  if (page && page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `/newsroom?${text}` : "/newsroom";
}
