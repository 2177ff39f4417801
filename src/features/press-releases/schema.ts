// Input schemas of the press-releases module; client-safe (the forms use the limits too).
import { TZDate } from "@date-fns/tz";
import { z } from "zod";

export const RELEASE_LANGUAGES = ["cs", "en", "de"] as const;
export type ReleaseLanguage = (typeof RELEASE_LANGUAGES)[number];

export const RELEASE_STATUSES = ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED", "SCHEDULED", "PUBLISHED", "WITHDRAWN"] as const;
export type ReleaseStatus = (typeof RELEASE_STATUSES)[number];

export const RELEASE_PAGE_SIZE = 25;
export const PUBLIC_PAGE_SIZE = 20;

const idSchema = z.uuid();
const versionSchema = z.coerce.number().int().min(0);
// An HTML form sends no field when nothing is chosen, one string for one choice (`topicIds[]` → topicIds).
const idListSchema = z.preprocess(
  (value) => (value === undefined || value === null || value === "" ? [] : typeof value === "string" ? [value] : value),
  z.array(idSchema).max(50),
);
// A select's empty option means "none".
const optionalIdSchema = z.preprocess((value) => (value === "" || value === null ? undefined : value), idSchema.optional());
const optionalText = (max: number) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), z.string().trim().max(max).optional());

const textFields = {
  title: z.string().trim().min(1).max(250),
  perex: z.string().trim().min(1).max(2000),
  bodyHtml: z.string().max(100_000),
  dateline: optionalText(200),
};

const editableFields = {
  ...textFields,
  language: z.enum(RELEASE_LANGUAGES).default("cs"),
  contactPersonId: optionalIdSchema,
  topicIds: idListSchema,
  resolutionIds: idListSchema,
};

export const createPressReleaseSchema = z.strictObject({
  ...editableFields,
  /** Creates a language version of this release (same translation group). */
  translationOfId: optionalIdSchema,
  idempotencyKey: z.string().max(100).optional(),
});
export type CreatePressReleaseInput = z.input<typeof createPressReleaseSchema>;

// On update a missing language keeps the release's own (a locked, disabled select sends nothing).
export const updatePressReleaseSchema = z.strictObject({
  id: idSchema,
  version: versionSchema,
  ...editableFields,
  language: z.enum(RELEASE_LANGUAGES).optional(),
});
export type UpdatePressReleaseInput = z.input<typeof updatePressReleaseSchema>;

export const releaseRefSchema = z.strictObject({ id: idSchema, version: versionSchema });

export const requestChangesSchema = z.strictObject({ id: idSchema, version: versionSchema, reason: z.string().trim().min(1).max(2000) });

/**
 * `<input type="datetime-local">` sends "2026-03-03T10:00" (no zone): the city's wall-clock time.
 * A full ISO string with "Z" or an offset is accepted as it is.
 */
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/;
const dateTimeSchema = z
  .string()
  .trim()
  .refine((value) => LOCAL_DATE_TIME.test(value) || z.iso.datetime({ offset: true }).safeParse(value).success, { message: "invalidDateTime" });

export const scheduleSchema = z.strictObject({
  id: idSchema,
  version: versionSchema,
  publishAt: dateTimeSchema,
  embargoUntil: z.preprocess((value) => (value === "" || value === null ? undefined : value), dateTimeSchema.optional()),
});

export const withdrawSchema = z.strictObject({ id: idSchema, version: versionSchema, reason: z.string().trim().min(1).max(2000) });

export const correctSchema = z.strictObject({
  id: idSchema,
  version: versionSchema,
  correctionNote: z.string().trim().min(1).max(1000),
  ...textFields,
});

export const commentSchema = z.strictObject({ id: idSchema, body: z.string().trim().min(1).max(4000) });

export const revisionPairSchema = z.strictObject({ id: idSchema, a: z.coerce.number().int().min(1), b: z.coerce.number().int().min(1) });

export const RELEASE_SORTS = ["updatedAt", "title", "status", "publishedAt"] as const;
/** The natural direction of each sortable column. */
export const RELEASE_SORT_DIRECTIONS = { updatedAt: "desc", title: "asc", status: "asc", publishedAt: "desc" } as const;

// The staff list's filter, read from the query string: a wrong value is dropped, not an error page.
export const listFilterSchema = z.object({
  q: z.string().trim().min(1).max(200).optional().catch(undefined),
  status: z.enum(RELEASE_STATUSES).optional().catch(undefined),
  authorId: idSchema.optional().catch(undefined),
  topicId: idSchema.optional().catch(undefined),
  language: z.enum(RELEASE_LANGUAGES).optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  /** Published in [publishedFrom, publishedTo] (city days): the dashboard's "published this month" link. */
  publishedFrom: z.iso.date().optional().catch(undefined),
  publishedTo: z.iso.date().optional().catch(undefined),
  sort: z.enum(RELEASE_SORTS).default("updatedAt").catch("updatedAt"),
  /** Without a direction each column sorts its natural way (newest first, A to Z). */
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type ListFilter = z.input<typeof listFilterSchema>;

export const publicListFilterSchema = z.object({
  q: z.string().trim().min(1).max(200).optional().catch(undefined),
  topicSlug: z.string().trim().max(100).optional().catch(undefined),
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  language: z.enum(RELEASE_LANGUAGES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type PublicListFilter = z.input<typeof publicListFilterSchema>;

/** A date-time from the forms as an instant: zone-less values are wall-clock time in `timeZone`. */
export function cityDateTimeToDate(value: string, timeZone: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/.exec(value.trim());
  if (!match) return new Date(value);
  const [, y, mo, d, h, mi, s = "0", ms = "0"] = match;
  const date = new TZDate(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(ms.padEnd(3, "0")), timeZone);
  return new Date(date.getTime());
}
