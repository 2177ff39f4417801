// Input schemas of the protocol-visits module; client-safe (the forms use the lists and limits too).
import { z } from "zod";
import { ALT_MAX, CAPTION_MAX, fileSchema, MEDIA_KINDS } from "@/features/release-media/schema";
import { parseMoney, parseRate } from "./budget";

export const VISIT_DIRECTIONS = ["INCOMING", "OUTGOING"] as const;
export type VisitDirection = (typeof VISIT_DIRECTIONS)[number];
export const VISIT_STATUSES = ["DRAFT", "PLANNED", "CONFIRMED", "COMPLETED", "CANCELLED"] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];
export const VISIT_SIDES = ["DELEGATION", "CITY"] as const;
export type VisitSide = (typeof VISIT_SIDES)[number];
export const VISIT_ROLES = ["HEAD_OF_DELEGATION", "MEMBER", "HOST", "INTERPRETER", "DRIVER", "STAFF"] as const;
export type VisitRole = (typeof VISIT_ROLES)[number];
export const BOOKING_KINDS = ["HOTEL", "TRANSPORT", "MEAL", "INTERPRETER", "TICKET", "OTHER"] as const;
export const BOOKING_STATUSES = ["REQUESTED", "CONFIRMED", "CANCELLED"] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
export const GIFT_DIRECTIONS = ["GIVEN", "RECEIVED"] as const;
export const GIFT_DECISIONS = ["KEPT", "DISPLAYED", "HANDED_OVER"] as const;
export const EXPENSE_CATEGORIES = ["ACCOMMODATION", "TRAVEL", "MEALS", "GIFTS", "INTERPRETING", "OTHER"] as const;
/** The currencies the forms offer; the city's own first. */
export const CURRENCIES = ["CZK", "EUR", "PLN", "USD", "GBP", "HUF", "RON"] as const;

const idSchema = z.uuid();
const versionSchema = z.coerce.number().int().min(0);
const blank = (value: unknown) => value === "" || value === null || (typeof value === "string" && value.trim() === "");
const optionalIdSchema = z.preprocess((value) => (blank(value) ? undefined : value), idSchema.optional());
const optionalText = (max: number) => z.preprocess((value) => (blank(value) ? undefined : value), z.string().trim().max(max).optional());
const requiredText = (max: number) => z.string().trim().min(1).max(max);
const idempotencyKey = z.string().max(100).optional();
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateSchema = z
  .string()
  .trim()
  .refine((value) => DATE.test(value) && !Number.isNaN(new Date(`${value}T00:00:00Z`).getTime()), { message: "invalidDate" });
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/;
const dateTimeSchema = z
  .string()
  .trim()
  .refine((value) => LOCAL_DATE_TIME.test(value) || z.iso.datetime({ offset: true }).safeParse(value).success, { message: "invalidDateTime" });
const asList = (value: unknown): unknown[] => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]);
const idListSchema = z.preprocess(asList, z.array(idSchema).max(200));
const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true" || value === "1", z.boolean());
/** "1 234,50" → 123450 minor units; blank → undefined. */
const optionalMoney = z.preprocess(
  (value) => (blank(value) || value === undefined ? undefined : typeof value === "number" ? value : parseMoney(String(value)) ?? "invalid"),
  z.number({ message: "invalidAmount" }).int().min(0).max(100_000_000_000).optional(),
);
const currencySchema = z.preprocess((value) => (blank(value) || value === undefined ? "CZK" : String(value).trim().toUpperCase()), z.string().regex(/^[A-Z]{3}$/, { message: "invalidCurrency" }));

const visitFields = {
  direction: z.enum(VISIT_DIRECTIONS),
  title: requiredText(250),
  purpose: z.preprocess((value) => (value === undefined || value === null ? "" : value), z.string().trim().max(5000)),
  startDate: dateSchema,
  endDate: dateSchema,
  counterpart: requiredText(300),
  partnerCityId: optionalIdSchema,
  hostName: optionalText(200),
  hostUserId: optionalIdSchema,
  budget: optionalMoney,
};
const datesInOrder = (input: { startDate: string; endDate: string }) => input.endDate >= input.startDate;

export const createVisitSchema = z
  .strictObject({ ...visitFields, idempotencyKey })
  .refine(datesInOrder, { path: ["endDate"], message: "endsBeforeStart" });
export type CreateVisitInput = z.input<typeof createVisitSchema>;
export const updateVisitSchema = z
  .strictObject({ id: idSchema, version: versionSchema, ...visitFields })
  .refine(datesInOrder, { path: ["endDate"], message: "endsBeforeStart" });

export const visitRefSchema = z.strictObject({ id: idSchema, version: versionSchema });
export const changeStatusSchema = z.strictObject({ id: idSchema, version: versionSchema, status: z.enum(VISIT_STATUSES) });
export const briefingSchema = z.strictObject({ id: idSchema, version: versionSchema, briefingHtml: z.string().max(200_000) });
export const reportSchema = z.strictObject({ id: idSchema, version: versionSchema, report: z.string().trim().max(20_000) });
export const draftReleaseSchema = z.strictObject({ id: idSchema, idempotencyKey });

export const participantSchema = z
  .strictObject({
    visitId: idSchema,
    side: z.enum(VISIT_SIDES),
    userId: optionalIdSchema,
    name: optionalText(200),
    function: optionalText(200),
    organisation: optionalText(200),
    country: optionalText(100),
    role: z.enum(VISIT_ROLES),
    rank: z.coerce.number({ message: "invalidNumber" }).int().min(1).max(999),
    dietary: optionalText(500),
    contact: optionalText(300),
    passportNote: optionalText(500),
    idempotencyKey,
  })
  .refine((input) => input.userId || input.name, { path: ["name"], message: "participantNameRequired" });
export type ParticipantInput = z.input<typeof participantSchema>;

export const rowRefSchema = z.strictObject({ id: idSchema });

export const programmeItemSchema = z.strictObject({
  visitId: idSchema,
  startsAt: dateTimeSchema,
  endsAt: dateTimeSchema,
  place: requiredText(300),
  activity: requiredText(300),
  responsible: optionalText(200),
  pressInvited: checkbox.default(false),
  notes: optionalText(2000),
  participantIds: idListSchema.default([]),
  idempotencyKey,
});

export const bookingSchema = z.strictObject({
  visitId: idSchema,
  kind: z.enum(BOOKING_KINDS),
  supplier: requiredText(200),
  details: z.preprocess((value) => (value === undefined || value === null ? "" : value), z.string().trim().max(2000)),
  cost: optionalMoney,
  currency: currencySchema,
  idempotencyKey,
});
export const bookingStatusSchema = z.strictObject({ id: idSchema, version: versionSchema, status: z.enum(BOOKING_STATUSES) });

export const giftSchema = z
  .strictObject({
    visitId: idSchema,
    direction: z.enum(GIFT_DIRECTIONS),
    description: requiredText(500),
    quantity: z.preprocess((value) => (blank(value) || value === undefined ? 1 : value), z.coerce.number({ message: "invalidNumber" }).int().min(1).max(10_000)),
    counterparty: optionalText(200),
    estimatedValue: optionalMoney,
    currency: currencySchema,
    date: dateSchema,
    decision: z.preprocess((value) => (blank(value) ? undefined : value), z.enum(GIFT_DECISIONS).optional()),
    /** A given gift from the promotional stock: issued from the ledger in the same transaction. */
    promoItemId: z.preprocess((value) => (blank(value) ? undefined : value), idSchema.optional()),
    idempotencyKey,
  })
  .refine((input) => input.direction === "GIVEN" || input.counterparty, { path: ["counterparty"], message: "donorRequired" })
  .refine((input) => input.direction === "GIVEN" || !input.promoItemId, { path: ["promoItemId"], message: "stockOnlyForGiven" });

export const expenseSchema = z
  .strictObject({
    visitId: idSchema,
    category: z.enum(EXPENSE_CATEGORIES),
    description: z.preprocess((value) => (value === undefined || value === null ? "" : value), z.string().trim().max(500)),
    planned: optionalMoney,
    actual: optionalMoney,
    currency: currencySchema,
    rate: z.preprocess(
      (value) => (blank(value) || value === undefined ? undefined : parseRate(String(value)) ?? "invalid"),
      z.string({ message: "invalidRate" }).optional(),
    ),
    documentNumber: optionalText(100),
    idempotencyKey,
  })
  .refine((input) => input.planned !== undefined || input.actual !== undefined, { path: ["planned"], message: "amountRequired" })
  .refine((input) => input.currency === "CZK" || input.rate !== undefined, { path: ["rate"], message: "rateRequired" });

export const uploadVisitFileSchema = z.strictObject({
  visitId: idSchema,
  kind: z.enum(MEDIA_KINDS),
  file: fileSchema,
  caption: optionalText(CAPTION_MAX),
  altText: optionalText(ALT_MAX),
});

export const VISIT_PAGE_SIZE = 50;
export const visitListQuerySchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  direction: z.enum(VISIT_DIRECTIONS).optional().catch(undefined),
  status: z.enum(VISIT_STATUSES).optional().catch(undefined),
  partner: z.string().trim().max(300).optional().catch(undefined),
  when: z.enum(["upcoming", "past", "all"]).optional().catch(undefined),
  /** Visits starting in this year (the dashboard's budget link). */
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
});
