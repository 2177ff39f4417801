// Input schemas of the inquiry desk; client-safe (the forms use the limits too).
import { z } from "zod";

export const INQUIRY_CHANNELS = ["EMAIL", "PHONE", "IN_PERSON", "SOCIAL"] as const;
export type InquiryChannel = (typeof INQUIRY_CHANNELS)[number];

export const INQUIRY_STATUSES = ["NEW", "IN_PROGRESS", "WAITING_FOR_DEPARTMENT", "ANSWERED", "CLOSED"] as const;
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];

/** Statuses in which an inquiry is done: never overdue. */
export const DONE_STATUSES: readonly InquiryStatus[] = ["ANSWERED", "CLOSED"];

export const INQUIRY_PAGE_SIZE = 25;
/** A new inquiry's default deadline when its outlet has no editorial deadline: 24 hours after receipt. */
export const DEFAULT_DEADLINE_HOURS = 24;

const idSchema = z.uuid();
const versionSchema = z.coerce.number().int().min(0);
const blankToUndefined = (value: unknown) => (value === "" || value === null || (typeof value === "string" && value.trim() === "") ? undefined : value);
const optionalId = z.preprocess(blankToUndefined, idSchema.optional());
const optionalText = (max: number) => z.preprocess(blankToUndefined, z.string().trim().max(max).optional());
const optionalEmail = z.preprocess(blankToUndefined, z.email().trim().toLowerCase().max(254).optional());
const checkbox = z.preprocess((value) => {
  if (value === undefined || value === "false" || value === "off" || value === "") return false;
  if (value === "on" || value === "true") return true;
  return value;
}, z.boolean());

/** `<input type="datetime-local">` sends "2026-03-03T10:00" (the city's wall-clock time); ISO with a zone is accepted too. */
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/;
export const dateTimeSchema = z
  .string()
  .trim()
  .refine((value) => LOCAL_DATE_TIME.test(value) || z.iso.datetime({ offset: true }).safeParse(value).success, { message: "invalidDateTime" });
const optionalDateTime = z.preprocess(blankToUndefined, dateTimeSchema.optional());

/** A link to the article that came of the inquiry: http or https only. */
const httpUrl = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .max(2000)
    .refine((value) => /^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(value), { message: "invalidUrl" })
    .optional(),
);

export const createInquirySchema = z
  .strictObject({
    /** A known contact… */
    contactId: optionalId,
    outletId: optionalId,
    /** …or someone new: only a name and an e-mail are kept (not a contact), unless `saveContact` is ticked. */
    requesterName: optionalText(200),
    requesterEmail: optionalEmail,
    /** Makes the requester a media contact (needs the legal basis for keeping their data). */
    saveContact: checkbox.default(false),
    legalBasis: optionalText(300),
    channel: z.enum(INQUIRY_CHANNELS),
    receivedAt: dateTimeSchema,
    subject: z.string().trim().min(1).max(200),
    question: z.string().trim().min(1).max(20_000),
    topicId: optionalId,
    deadline: optionalDateTime,
    isFoiRequest: checkbox.default(false),
    ownerId: optionalId,
    idempotencyKey: z.string().max(100).optional(),
  })
  .superRefine((input, context) => {
    if (!input.contactId && !input.requesterName) context.addIssue({ code: "custom", path: ["requesterName"], message: "requesterRequired" });
    if (input.saveContact && !input.contactId) {
      if (!input.requesterEmail) context.addIssue({ code: "custom", path: ["requesterEmail"], message: "required" });
      if (!input.legalBasis) context.addIssue({ code: "custom", path: ["legalBasis"], message: "required" });
    }
  });
export type CreateInquiryInput = z.input<typeof createInquirySchema>;

export const updateInquirySchema = z.strictObject({
  id: idSchema,
  version: versionSchema,
  subject: z.string().trim().min(1).max(200),
  question: z.string().trim().min(1).max(20_000),
  topicId: optionalId,
  deadline: dateTimeSchema,
  isFoiRequest: checkbox.default(false),
});

export const assignSchema = z.strictObject({ id: idSchema, version: versionSchema, ownerId: idSchema, standInId: optionalId });

export const consultSchema = z.strictObject({
  id: idSchema,
  version: versionSchema,
  department: z.string().trim().min(1).max(200),
  person: optionalText(200),
  askedAt: optionalDateTime,
});

export const consultationResponseSchema = z.strictObject({
  id: idSchema,
  version: versionSchema,
  consultationId: idSchema,
  response: z.string().trim().min(1).max(20_000),
  answeredAt: optionalDateTime,
});

export const draftSchema = z.strictObject({ id: idSchema, version: versionSchema, answerDraft: z.string().trim().min(1).max(20_000) });

/** "Use this answer" from the answer bank: the earlier inquiry's answer becomes this one's draft. */
export const reuseAnswerSchema = z.strictObject({ id: idSchema, version: versionSchema, sourceId: idSchema });

export const inquiryRefSchema = z.strictObject({ id: idSchema, version: versionSchema });

export const sendAnswerSchema = z.strictObject({ id: idSchema, version: versionSchema, to: z.email().trim().toLowerCase().max(254) });

export const recordGivenSchema = z.strictObject({
  id: idSchema,
  version: versionSchema,
  answerChannel: z.enum(["PHONE", "IN_PERSON", "SOCIAL"]),
  answeredAt: optionalDateTime,
});

export const linkSchema = z.strictObject({ id: idSchema, version: versionSchema, releaseId: optionalId, clippingUrl: httpUrl });

export const INQUIRY_SORTS = ["deadline", "receivedAt", "number", "status"] as const;
export const INQUIRY_SORT_DIRECTIONS = { deadline: "asc", receivedAt: "desc", number: "desc", status: "asc" } as const;

const flag = z.preprocess((value) => (value === "1" || value === "true" || value === "on" ? true : undefined), z.literal(true).optional()).catch(undefined);

// The list's filter, from the query string: a wrong value is dropped, not an error page.
export const inquiryListFilterSchema = z.object({
  q: z.string().trim().min(1).max(200).optional().catch(undefined),
  status: z.enum(INQUIRY_STATUSES).optional().catch(undefined),
  ownerId: idSchema.optional().catch(undefined),
  channel: z.enum(INQUIRY_CHANNELS).optional().catch(undefined),
  overdue: flag,
  /** Not ANSWERED or CLOSED (the dashboard's "open" link). */
  open: flag,
  foi: flag,
  sort: z.enum(INQUIRY_SORTS).default("deadline").catch("deadline"),
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});

export const answerBankFilterSchema = z.object({
  q: z.string().trim().min(1).max(200).optional().catch(undefined),
  /** The inquiry whose draft "use this answer" fills. */
  for: idSchema.optional().catch(undefined),
});

export const statsFilterSchema = z.object({ months: z.coerce.number().int().min(1).max(36).default(12).catch(12) });
