// Input schemas of media monitoring; client-safe (the forms and the review screen use the lists too).
import { z } from "zod";

export const MEDIA_TYPES = ["ONLINE", "PRINT", "TV", "RADIO", "AGENCY", "SOCIAL"] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];
export const SENTIMENTS = ["POSITIVE", "NEUTRAL", "NEGATIVE"] as const;
export type Sentiment = (typeof SENTIMENTS)[number];
export const CLIPPING_STATUSES = ["NEW", "REVIEWED", "NEEDS_RESPONSE", "IGNORED"] as const;
export type ClippingStatus = (typeof CLIPPING_STATUSES)[number];
export const RESPONSE_TYPES = ["CORRECTION_REQUEST", "RIGHT_OF_REPLY", "STATEMENT", "BACKGROUND_CALL", "IGNORE_WITH_REASON"] as const;
export type ResponseType = (typeof RESPONSE_TYPES)[number];
export const RESPONSE_STATUSES = ["OPEN", "DONE"] as const;

export const CLIPPING_PAGE_SIZE = 50;
export const DEFAULT_BRIEFING_TIME = "07:30";
export const MAX_RECIPIENTS = 50;

const blankToUndefined = (value: unknown) => (value === "" || value === null || (typeof value === "string" && value.trim() === "") ? undefined : value);
const optionalText = (max: number) => z.preprocess(blankToUndefined, z.string().trim().max(max).optional());
const requiredText = (max: number) => z.string().trim().min(1).max(max);
const checkbox = z.preprocess((value) => {
  if (value === undefined || value === "false" || value === "off" || value === "") return false;
  if (value === "on" || value === "true") return true;
  return value;
}, z.boolean());
const idSchema = z.uuid();
const versionSchema = z.coerce.number().int().min(0);
const webUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((value) => /^https?:\/\/[^\s]+$/i.test(value) && URL.canParse(value), { message: "invalidUrl" });
const optionalUrl = z.preprocess(blankToUndefined, webUrl.optional());
const wholeNumber = (min: number, max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" ? (value.trim() === "" ? undefined : Number(value.replace(/\s/g, ""))) : value),
    z.number().int().min(min).max(max),
  );
/** A list typed one per line or separated by commas ("a, b\nc"), or sent as an array. */
const textList = (maxItems: number, maxLength: number) =>
  z.preprocess(
    (value) => {
      const items = Array.isArray(value) ? value : typeof value === "string" ? value.split(/[\n,;]/) : value === undefined ? [] : value;
      return Array.isArray(items) ? [...new Set(items.map((item) => (typeof item === "string" ? item.trim() : item)).filter((item) => item !== ""))] : items;
    },
    z.array(z.string().max(maxLength)).max(maxItems),
  );
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const optionalDay = z.preprocess(blankToUndefined, z.string().trim().regex(ISO_DATE, { message: "invalidDate" }).optional());
/** `<input type="datetime-local">`: "2026-11-16T08:00" in the city's time zone. */
const localDateTime = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, { message: "invalidDate" });

export const sourceFieldsSchema = {
  outlet: requiredText(200),
  mediaType: z.enum(MEDIA_TYPES),
  feedUrl: optionalUrl,
  active: checkbox,
  pollIntervalMinutes: wholeNumber(5, 1440).default(30),
  reach: z.preprocess(blankToUndefined, wholeNumber(0, 100_000_000).optional()),
};
export const createSourceSchema = z.strictObject({ ...sourceFieldsSchema, active: checkbox.default(true), idempotencyKey: z.string().max(100).optional() });
export const updateSourceSchema = z.strictObject({ id: idSchema, version: versionSchema, ...sourceFieldsSchema });
export const sourceRefSchema = z.strictObject({ id: idSchema });

export const keywordFieldsSchema = {
  term: requiredText(200).refine((value) => /[\p{L}\p{N}]/u.test(value), { message: "required" }),
  exclusions: textList(30, 200),
  topic: requiredText(80),
  active: checkbox,
};
export const createKeywordSchema = z.strictObject({ ...keywordFieldsSchema, active: checkbox.default(true), idempotencyKey: z.string().max(100).optional() });
export const updateKeywordSchema = z.strictObject({ id: idSchema, version: versionSchema, ...keywordFieldsSchema });
export const keywordRefSchema = z.strictObject({ id: idSchema });

/** A clipping entered by hand: print, TV, radio (or an online article no feed brought). */
export const createClippingSchema = z.strictObject({
  sourceId: z.preprocess(blankToUndefined, idSchema.optional()),
  outlet: optionalText(200),
  mediaType: z.preprocess(blankToUndefined, z.enum(MEDIA_TYPES).optional()),
  publishedAt: localDateTime,
  title: requiredText(500),
  url: optionalUrl,
  author: optionalText(200),
  excerpt: optionalText(5000),
  placement: optionalText(200),
  reach: z.preprocess(blankToUndefined, wholeNumber(0, 100_000_000).optional()),
  sentiment: z.preprocess(blankToUndefined, z.enum(SENTIMENTS).optional()),
  topics: textList(10, 80),
  note: optionalText(2000),
  idempotencyKey: z.string().max(100).optional(),
});

export const reviewClippingSchema = z.strictObject({
  id: idSchema,
  version: versionSchema,
  sentiment: z.preprocess(blankToUndefined, z.enum(SENTIMENTS).optional()),
  topics: textList(10, 80),
  relevance: wholeNumber(1, 5),
  note: optionalText(2000),
  status: z.enum(CLIPPING_STATUSES),
});

/** One keystroke of the bulk review: a status and/or a sentiment ("" clears it) for one clipping. */
export const quickReviewSchema = z
  .strictObject({
    id: idSchema,
    version: versionSchema,
    status: z.enum(CLIPPING_STATUSES).optional(),
    sentiment: z.union([z.enum(SENTIMENTS), z.literal("")]).optional(),
  })
  .refine((value) => value.status !== undefined || value.sentiment !== undefined, { message: "required", path: ["status"] });

export const clippingListFilterSchema = z
  .object({
    q: optionalText(200),
    from: optionalDay,
    to: optionalDay,
    outlet: optionalText(200),
    mediaType: z.preprocess(blankToUndefined, z.enum(MEDIA_TYPES).optional()),
    sentiment: z.preprocess(blankToUndefined, z.enum([...SENTIMENTS, "UNRATED"]).optional()),
    topic: optionalText(80),
    status: z.preprocess(blankToUndefined, z.enum(CLIPPING_STATUSES).optional()),
    /** "none": negative or needing a response, and no answered case (the dashboard's number). */
    response: z.preprocess(blankToUndefined, z.enum(["none"]).optional()),
    /** Copies of one syndicated story. */
    story: optionalText(300),
    /** Keyset cursor: "<ISO publishedAt>_<id>" of the last row of the previous page. */
    after: z.preprocess(blankToUndefined, z.string().regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z_[0-9a-f-]{36}$/).optional()),
  })
  // The page's URL may carry other parameters (e.g. a returned message); they are ignored here.
  .catchall(z.unknown());

export const createCaseSchema = z.strictObject({
  clippingId: idSchema,
  type: z.enum(RESPONSE_TYPES),
  ownerId: z.preprocess(blankToUndefined, idSchema.optional()),
  deadline: z.preprocess(blankToUndefined, localDateTime.optional()),
  text: optionalText(20_000),
  idempotencyKey: z.string().max(100).optional(),
});

export const updateCaseSchema = z.strictObject({
  id: idSchema,
  version: versionSchema,
  type: z.enum(RESPONSE_TYPES),
  ownerId: z.preprocess(blankToUndefined, idSchema.optional()),
  deadline: z.preprocess(blankToUndefined, localDateTime.optional()),
  text: optionalText(20_000),
  outcome: optionalText(20_000),
  releaseId: z.preprocess(blankToUndefined, idSchema.optional()),
  inquiryId: z.preprocess(blankToUndefined, idSchema.optional()),
  status: z.enum(RESPONSE_STATUSES),
});

export const caseListFilterSchema = z.object({ status: z.preprocess(blankToUndefined, z.enum([...RESPONSE_STATUSES, "ALL"]).optional()) }).catchall(z.unknown());

export const briefingSettingsSchema = z.strictObject({
  enabled: checkbox,
  time: z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "invalidFormat" }),
  recipients: textList(MAX_RECIPIENTS, 254).pipe(z.array(z.email({ message: "invalidEmail" }))),
});
export type BriefingSettings = z.output<typeof briefingSettingsSchema>;
export const DEFAULT_BRIEFING_SETTINGS: BriefingSettings = { enabled: true, time: DEFAULT_BRIEFING_TIME, recipients: [] };

export const briefingPeriodSchema = z.object({ from: optionalDay, to: optionalDay }).catchall(z.unknown());

export const analysisFilterSchema = z
  .object({
    from: optionalDay,
    to: optionalDay,
    mediaType: z.preprocess(blankToUndefined, z.enum(MEDIA_TYPES).optional()),
    topic: optionalText(80),
  })
  .catchall(z.unknown());
