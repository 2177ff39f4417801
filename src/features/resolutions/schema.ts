// Input schemas of the council-resolutions register; client-safe (the forms use the limits too).
import { z } from "zod";
import { CSV_IMPORT_LIMITS } from "@/lib/csv";

export const COUNCIL_BODIES = ["RM", "ZM"] as const;
export type CouncilBody = (typeof COUNCIL_BODIES)[number];

export const RESOLUTION_LIMITS = { number: 20, title: 500, text: 20_000, url: 2_000 } as const;
/** A CSV import: at most 2 MB and 5,000 resolutions (a city council adopts a few hundred a year). */
/** How far ahead an adoption date may be (a typo like 2062 is caught; a meeting next week is not). */
export const MAX_DAYS_AHEAD = 366;
export const REGISTER_PAGE_SIZE = 50;

/** "123/2026": the resolution's number within the year, a slash and the four-digit year. */
export const RESOLUTION_NUMBER = /^[1-9]\d{0,5}\/(19|20)\d{2}$/;

const idSchema = z.uuid();
const versionSchema = z.coerce.number().int().min(0);

// "rm", " ZM " → "RM", "ZM".
const bodySchema = z.string().trim().min(1).toUpperCase().pipe(z.enum(COUNCIL_BODIES));

// Spaces around the slash ("123 / 2026") are dropped; anything else must match exactly.
const numberSchema = z
  .string()
  .trim()
  .min(1)
  .max(RESOLUTION_LIMITS.number)
  .transform((value) => value.replace(/\s*\/\s*/g, "/"))
  .refine((value) => RESOLUTION_NUMBER.test(value), { message: "resolutionNumberFormat" });

/**
 * A calendar date as the HTML date input sends it (2026-03-14) or as Czech people and Excel write it
 * (14. 3. 2026, 14.3.2026). Returns the day at 00:00 UTC (the column is a DATE), or null.
 */
export function parseCalendarDate(raw: string): Date | null {
  const value = raw.trim();
  let year: number, month: number, day: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (match) [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else {
    match = /^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})$/.exec(value);
    if (!match) return null;
    [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  // 31. 2. 2026 would roll over to March: refuse it.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date;
}

/** The date as the HTML date input wants it. */
export function toDateInput(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const adoptedOnSchema = z
  .string()
  .trim()
  .min(1)
  .transform((value, context) => {
    const date = parseCalendarDate(value);
    if (!date || date.getUTCFullYear() < 1990) {
      context.addIssue({ code: "custom", message: "invalidDate" });
      return z.NEVER;
    }
    if (date.getTime() > Date.now() + MAX_DAYS_AHEAD * 24 * 3600 * 1000) {
      context.addIssue({ code: "custom", message: "dateTooFarAhead" });
      return z.NEVER;
    }
    return date;
  });

// An empty optional field (a form sends "") is absent.
const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const titleSchema = z.string().trim().min(1).max(RESOLUTION_LIMITS.title);
// Browsers send a textarea's line breaks as CRLF, and so does Excel inside a quoted cell: keep LF.
const textSchema = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .transform((value) => value.replace(/\r\n?/g, "\n"))
    .pipe(z.string().trim().max(RESOLUTION_LIMITS.text))
    .optional(),
);
const urlSchema = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .trim()
    .max(RESOLUTION_LIMITS.url)
    .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol) && /^https?:\/\//i.test(value), {
      message: "urlNotHttp",
    })
    .optional(),
);

/** The fields of one resolution: the form's and one CSV row's. */
export const resolutionFieldsSchema = z.strictObject({
  body: bodySchema,
  number: numberSchema,
  adoptedOn: adoptedOnSchema,
  title: titleSchema,
  text: textSchema,
  url: urlSchema,
});
export type ResolutionFields = z.output<typeof resolutionFieldsSchema>;

export const createResolutionSchema = resolutionFieldsSchema.extend({
  idempotencyKey: z.string().max(100).optional(),
});

export const updateResolutionSchema = resolutionFieldsSchema.extend({
  id: idSchema,
  version: versionSchema,
});

export const resolutionRefSchema = z.strictObject({ id: idSchema, version: versionSchema });

export const registerFilterSchema = z.object({
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

/**
 * A CSV import: the uploaded file (preview) or its text sent back by the confirm step. The confirm step's
 * text is parsed and checked again on the server: the browser's preview is never trusted.
 */
export const importResolutionsSchema = z.strictObject({
  // A File from FormData (a Blob in tests); an empty file input sends an empty, nameless File.
  file: z.custom<Blob>((value) => typeof Blob !== "undefined" && value instanceof Blob, { message: "fileRequired" }).optional(),
  csv: z.string().max(CSV_IMPORT_LIMITS.bytes).optional(),
});
