// Input schemas of the events module; client-safe (the forms use the lists and limits too).
import { z } from "zod";
import { ALT_MAX, CAPTION_MAX, fileSchema, MEDIA_KINDS } from "@/features/release-media/schema";
import { parseMoney } from "@/features/visits/budget";

export const EVENT_TYPES = ["CULTURAL", "FESTIVAL", "MARKET", "MEMORIAL", "OPENING", "MEETING", "SPORTS", "OTHER"] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export const EVENT_STATUSES = ["IDEA", "PLANNED", "CONFIRMED", "HELD", "EVALUATED", "CANCELLED"] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
export const EVENT_ORGANISERS = ["CITY", "PARTNER"] as const;
export const EVENT_PERSON_ROLES = ["LEADERSHIP", "VIP", "MEDIA"] as const;
export type EventPersonRole = (typeof EVENT_PERSON_ROLES)[number];

const idSchema = z.uuid();
const versionSchema = z.coerce.number().int().min(0);
const blank = (value: unknown) => value === "" || value === null || (typeof value === "string" && value.trim() === "");
const optionalIdSchema = z.preprocess((value) => (blank(value) ? undefined : value), idSchema.optional());
const optionalText = (max: number) => z.preprocess((value) => (blank(value) ? undefined : value), z.string().trim().max(max).optional());
const text = (max: number) => z.preprocess((value) => (value === undefined || value === null ? "" : value), z.string().trim().max(max));
const requiredText = (max: number) => z.string().trim().min(1).max(max);
const idempotencyKey = z.string().max(100).optional();
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateSchema = z
  .string()
  .trim()
  .refine((value) => DATE.test(value) && !Number.isNaN(new Date(`${value}T00:00:00Z`).getTime()), { message: "invalidDate" });
const optionalDate = z.preprocess((value) => (blank(value) ? undefined : value), dateSchema.optional());
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/;
const dateTimeSchema = z
  .string()
  .trim()
  .refine((value) => LOCAL_DATE_TIME.test(value) || z.iso.datetime({ offset: true }).safeParse(value).success, { message: "invalidDateTime" });
const optionalDateTime = z.preprocess((value) => (blank(value) ? undefined : value), dateTimeSchema.optional());
const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true" || value === "1", z.boolean());
const money = (required: boolean) =>
  z.preprocess(
    (value) => (blank(value) || value === undefined ? undefined : typeof value === "number" ? value : (parseMoney(String(value)) ?? "invalid")),
    required ? z.number({ message: "invalidAmount" }).int().min(0).max(100_000_000_000) : z.number({ message: "invalidAmount" }).int().min(0).max(100_000_000_000).optional(),
  );

const eventFields = {
  title: requiredText(250),
  type: z.enum(EVENT_TYPES),
  startDate: dateSchema,
  endDate: dateSchema,
  venues: text(2000),
  organiser: z.preprocess((value) => (blank(value) || value === undefined ? "CITY" : value), z.enum(EVENT_ORGANISERS)),
  partnerName: optionalText(300),
  isPublic: checkbox,
  publicDescription: text(5000),
  pressConferenceId: optionalIdSchema,
};
const daysInOrder = (value: { startDate: string; endDate: string }) => value.endDate >= value.startDate;
const partnerNamed = (value: { organiser: string; partnerName?: string }) => value.organiser !== "PARTNER" || Boolean(value.partnerName);

export const createEventSchema = z
  .strictObject({ ...eventFields, idempotencyKey, templateKey: optionalText(60) })
  .refine(daysInOrder, { path: ["endDate"], message: "endsBeforeStart" })
  .refine(partnerNamed, { path: ["partnerName"], message: "partnerNameRequired" });
export type CreateEventInput = z.input<typeof createEventSchema>;
export const updateEventSchema = z
  .strictObject({ ...eventFields, id: idSchema, version: versionSchema })
  .refine(daysInOrder, { path: ["endDate"], message: "endsBeforeStart" })
  .refine(partnerNamed, { path: ["partnerName"], message: "partnerNameRequired" });

export const changeStatusSchema = z.strictObject({ id: idSchema, version: versionSchema, status: z.enum(EVENT_STATUSES) });
export const approveBudgetSchema = z.strictObject({ id: idSchema, version: versionSchema });
export const evaluationSchema = z.strictObject({ id: idSchema, version: versionSchema, evaluationNote: text(20_000), chronicleEntry: text(20_000) });
export const rowRefSchema = z.strictObject({ id: idSchema });

export const programmeItemSchema = z.strictObject({
  eventId: idSchema,
  startsAt: dateTimeSchema,
  endsAt: dateTimeSchema,
  title: requiredText(300),
  venue: text(300),
  idempotencyKey,
});

export const budgetLineSchema = z.strictObject({
  eventId: idSchema,
  category: requiredText(120),
  supplier: text(200),
  planned: money(true),
  actual: money(false),
  vatPercent: z.preprocess((value) => (blank(value) || value === undefined ? 21 : value), z.coerce.number().int().min(0).max(100)),
  invoiceNumber: text(80),
  idempotencyKey,
});
/** Recording the invoice: the actual amount and its number on an existing line. */
export const budgetActualSchema = z.strictObject({ id: idSchema, eventId: idSchema, version: versionSchema, actual: money(false), invoiceNumber: text(80) });

export const taskSchema = z.strictObject({
  eventId: idSchema,
  title: requiredText(300),
  ownerId: optionalIdSchema,
  dueDate: optionalDate,
  idempotencyKey,
});
export const taskUpdateSchema = z.strictObject({ id: idSchema, version: versionSchema, ownerId: optionalIdSchema, dueDate: optionalDate, done: checkbox });

export const personSchema = z.strictObject({
  eventId: idSchema,
  role: z.enum(EVENT_PERSON_ROLES),
  userId: optionalIdSchema,
  name: optionalText(200),
  function: text(200),
  startsAt: optionalDateTime,
  endsAt: optionalDateTime,
  speech: text(50_000),
  note: text(2000),
  idempotencyKey,
});

export const linkSchema = z.strictObject({
  eventId: idSchema,
  title: requiredText(300),
  url: z.string().trim().max(2000).refine((value) => /^https?:\/\//i.test(value) || value.startsWith("/"), { message: "invalidUrl" }),
  idempotencyKey,
});

export const issueItemsSchema = z.strictObject({
  eventId: idSchema,
  itemId: idSchema,
  quantity: z.coerce.number().int().min(1).max(100_000),
  recipientName: text(200),
  idempotencyKey,
});

export const uploadEventFileSchema = z.strictObject({
  eventId: idSchema,
  kind: z.enum(MEDIA_KINDS),
  file: fileSchema,
  caption: optionalText(CAPTION_MAX),
  altText: optionalText(ALT_MAX),
  credit: optionalText(200),
  publicationConsent: checkbox,
});

export const eventListSchema = z.strictObject({
  q: optionalText(200),
  type: z.preprocess((value) => (blank(value) ? undefined : value), z.enum(EVENT_TYPES).optional()),
  status: z.preprocess((value) => (blank(value) ? undefined : value), z.enum(EVENT_STATUSES).optional()),
  year: z.preprocess((value) => (blank(value) ? undefined : value), z.coerce.number().int().min(2000).max(2100).optional()),
  /** Budgets waiting for the head's approval, of any year (the dashboard's link). */
  approval: z.preprocess((value) => (value === "1" ? true : undefined), z.literal(true).optional()),
});

/** Venues are stored one a line. */
export function venueLines(venues: string): string[] {
  return venues
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}
