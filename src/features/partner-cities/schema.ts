// Input schemas of the partner cities; client-safe (the forms use the lists and limits too).
import { z } from "zod";
import { fileSchema } from "@/features/release-media/schema";
import { foldText } from "./search-text";

export { foldText };

export const PARTNER_STATUSES = ["ACTIVE", "DORMANT", "PROPOSED"] as const;
export type PartnerStatus = (typeof PARTNER_STATUSES)[number];
export const ACTIVITY_KINDS = ["JOINT_PROJECT", "EVENT", "VISIT_NOTE", "OTHER"] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export const ACTION_STATUSES = ["PLANNED", "IN_PROGRESS", "DONE", "CANCELLED"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const DIRECTIONS = ["IN", "OUT"] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Countries the office keeps partners in first in the picker; any ISO code is accepted. */
export const COMMON_COUNTRIES = ["DE", "PL", "SK", "LT", "RO", "AT", "HU", "FR", "IT", "NL", "UA", "GB"] as const;

const idSchema = z.uuid();
const versionSchema = z.coerce.number().int().min(0);
const blankToUndefined = (value: unknown) => (value === "" || value === null || (typeof value === "string" && value.trim() === "") ? undefined : value);
const optionalId = z.preprocess(blankToUndefined, idSchema.optional());
const optionalText = (max: number) => z.preprocess(blankToUndefined, z.string().trim().max(max).optional());
const requiredText = (max: number) => z.string().trim().min(1).max(max);
const checkbox = z.preprocess((value) => {
  if (value === undefined || value === "false" || value === "off" || value === "") return false;
  if (value === "on" || value === "true") return true;
  return value;
}, z.boolean());

/** `<input type="date">`: "2026-03-14", a real calendar day. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const dateSchema = z
  .string()
  .trim()
  .refine((value) => {
    if (!ISO_DATE.test(value)) return false;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && date.getUTCFullYear() >= 1900 && date.getUTCFullYear() <= 2200;
  }, { message: "invalidDate" });
const optionalDate = z.preprocess(blankToUndefined, dateSchema.optional());

const countrySchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((value) => /^[A-Z]{2}$/.test(value), { message: "countryCode" });
const languageCode = z
  .string()
  .trim()
  .toLowerCase()
  .refine((value) => /^[a-z]{2,3}$/.test(value), { message: "languageCode" });

/** A list typed one item a line (or sent as several fields): trimmed, blanks dropped, duplicates once. */
function lines<T extends z.ZodType<string>>(item: T, max: number) {
  return z.preprocess((value) => {
    const raw = Array.isArray(value) ? value : typeof value === "string" ? value.split(/\r?\n|,/) : value === undefined || value === null ? [] : value;
    if (!Array.isArray(raw)) return raw;
    const seen = new Set<string>();
    return raw
      .map((entry) => (typeof entry === "string" ? entry.trim() : entry))
      .filter((entry) => entry !== "")
      .filter((entry) => (typeof entry === "string" ? (seen.has(entry.toLowerCase()) ? false : (seen.add(entry.toLowerCase()), true)) : true));
  }, z.array(item).max(max));
}

const cityFields = {
  name: requiredText(200),
  country: countrySchema,
  region: optionalText(200),
  status: z.enum(PARTNER_STATUSES),
  agreementDate: optionalDate,
  agreementResolutionId: optionalId,
  languages: lines(languageCode, 10),
  areas: lines(z.string().trim().min(1).max(200), 30),
  notes: optionalText(5000),
};

export const createPartnerCitySchema = z.strictObject({ ...cityFields, idempotencyKey: z.string().max(100).optional() });
export const updatePartnerCitySchema = z.strictObject({ id: idSchema, version: versionSchema, ...cityFields });

export const contactSchema = z.strictObject({
  partnerCityId: idSchema,
  name: requiredText(200),
  function: optionalText(200),
  email: z.preprocess(blankToUndefined, z.email().trim().toLowerCase().max(254).optional()),
  phone: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .max(40)
      .refine((value) => /^\+?[0-9 ()/-]{6,40}$/.test(value), { message: "invalidPhone" })
      .optional(),
  ),
  idempotencyKey: z.string().max(100).optional(),
});
export const removeContactSchema = z.strictObject({ id: idSchema });

export const activitySchema = z.strictObject({
  partnerCityId: idSchema,
  kind: z.enum(ACTIVITY_KINDS),
  date: dateSchema,
  title: requiredText(200),
  description: optionalText(5000),
  idempotencyKey: z.string().max(100).optional(),
});

export const planSchema = z.strictObject({
  partnerCityId: idSchema,
  year: z.coerce.number().int().min(2000).max(2100),
  notes: optionalText(5000),
  idempotencyKey: z.string().max(100).optional(),
});

export const planActionSchema = z.strictObject({
  planId: idSchema,
  title: requiredText(300),
  ownerId: optionalId,
  due: optionalDate,
  idempotencyKey: z.string().max(100).optional(),
});
export const planActionStatusSchema = z.strictObject({ id: idSchema, version: versionSchema, status: z.enum(ACTION_STATUSES) });

export const correspondenceSchema = z.strictObject({
  partnerCityId: idSchema,
  direction: z.enum(DIRECTIONS),
  date: dateSchema,
  subject: requiredText(300),
  language: languageCode,
  summary: optionalText(10_000),
  translationNeeded: checkbox.default(false),
  responsibleId: optionalId,
  replyDue: optionalDate,
  idempotencyKey: z.string().max(100).optional(),
});
/** One step on a letter: translated (by whom: the actor), replied (today unless a day is given). */
export const correspondenceStepSchema = z.strictObject({ id: idSchema, version: versionSchema, on: optionalDate });

export const proposalSchema = z.strictObject({
  partnerCityId: idSchema,
  receivedOn: dateSchema,
  summary: requiredText(5000),
  department: optionalText(200),
  idempotencyKey: z.string().max(100).optional(),
});
export const passOnSchema = z.strictObject({ id: idSchema, version: versionSchema, department: requiredText(200), passedOnAt: optionalDate });
export const answerProposalSchema = z.strictObject({ id: idSchema, version: versionSchema, answer: requiredText(10_000), answeredAt: optionalDate });

export const uploadAgreementSchema = z.strictObject({ partnerCityId: idSchema, file: fileSchema });
export const removeAgreementSchema = z.strictObject({ id: idSchema });

export const PARTNER_SORTS = ["name", "country", "status", "since"] as const;

// The list's filter, from the query string: a wrong value is dropped, not an error page.
export const partnerListFilterSchema = z.object({
  q: z.string().trim().min(1).max(200).optional().catch(undefined),
  status: z.enum(PARTNER_STATUSES).optional().catch(undefined),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  sort: z.enum(PARTNER_SORTS).default("name").catch("name"),
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
});

const flag = z.preprocess((value) => (value === "1" || value === "true" || value === "on" ? true : undefined), z.literal(true).optional()).catch(undefined);
export const correspondenceFilterSchema = z.object({
  overdue: flag,
  translation: flag,
  partnerCityId: idSchema.optional().catch(undefined),
});

/** Plan progress: the share of actions DONE among those not cancelled (null when there are none). */
export function planProgress(actions: ReadonlyArray<{ status: ActionStatus }>): { done: number; total: number; percent: number | null } {
  const counted = actions.filter((action) => action.status !== "CANCELLED");
  const done = counted.filter((action) => action.status === "DONE").length;
  return { done, total: counted.length, percent: counted.length === 0 ? null : Math.round((done / counted.length) * 100) };
}

/** A reply is overdue when its last day has passed (city days, "YYYY-MM-DD") and no reply is recorded. */
export function isReplyOverdue(row: { replyDue: string | null; repliedAt: Date | null }, today: string): boolean {
  return row.replyDue !== null && row.repliedAt === null && row.replyDue < today;
}

/** A country's name in the user's language ("Německo", "Germany"); the code if unknown. */
export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}
