// Input schemas of the promotional-items store; client-safe (the forms use the limits too).
import { z } from "zod";

export const MOVEMENT_KINDS = ["RECEIPT", "ISSUE", "ADJUSTMENT", "RETURN", "WRITE_OFF", "REVERSAL"] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

export const ISSUE_PURPOSES = ["VISIT", "EVENT", "PARTNER_CITY", "CEREMONY", "ORGANISATION", "PERSON", "OTHER"] as const;
export type IssuePurpose = (typeof ISSUE_PURPOSES)[number];

export const PROMO_PAGE_SIZE = 25;
export const MAX_QUANTITY = 1_000_000;
/** 10 million CZK in haléře: a unit cost above it is a typo. */
export const MAX_UNIT_COST = 1_000_000_000;

export const PROMO_SORTS = ["name", "sku", "category", "location", "onHand", "stockValue", "lastMovementAt"] as const;
export type PromoSort = (typeof PROMO_SORTS)[number];
export const PROMO_SORT_DIRECTIONS: Record<PromoSort, "asc" | "desc"> = {
  name: "asc",
  sku: "asc",
  category: "asc",
  location: "asc",
  onHand: "asc",
  stockValue: "desc",
  lastMovementAt: "desc",
};

const idSchema = z.uuid();
const versionSchema = z.coerce.number().int().min(0);
const blankToUndefined = (value: unknown) => (value === "" || value === null || (typeof value === "string" && value.trim() === "") ? undefined : value);
const optionalText = (max: number) => z.preprocess(blankToUndefined, z.string().trim().max(max).optional());
const requiredText = (max: number) => z.string().trim().min(1).max(max);
const checkbox = z.preprocess((value) => {
  if (value === undefined || value === "false" || value === "off" || value === "") return false;
  if (value === "on" || value === "true") return true;
  return value;
}, z.boolean());

/** A form's text or a number; "1,5" and "1.5" read alike (and are refused as quantities). */
const toNumber = (value: unknown) => {
  if (typeof value === "string") {
    const text = value.trim().replace(/\s/g, "").replace(",", ".");
    return text === "" ? undefined : /^[+-]?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  }
  return value;
};

/** A quantity in the item's unit: a whole number, at least 1. */
export const quantitySchema = z.preprocess(
  toNumber,
  z
    .number()
    .refine(Number.isInteger, { message: "wholeNumber" })
    .refine((value) => value >= 1, { message: "quantityPositive" })
    .refine((value) => value <= MAX_QUANTITY, { message: "quantityTooLarge" }),
);

/** A count from a stocktake: a whole number, 0 or more. */
export const countSchema = z.preprocess(
  toNumber,
  z
    .number()
    .refine(Number.isInteger, { message: "wholeNumber" })
    .refine((value) => value >= 0, { message: "countNotNegative" })
    .refine((value) => value <= MAX_QUANTITY, { message: "quantityTooLarge" }),
);

/** Money typed in crowns ("12,50", "1 200") or sent as haléře (a number): stored in haléře. */
export const moneySchema = z.preprocess(
  (value) => {
    if (typeof value === "number") return value;
    if (typeof value !== "string") return value;
    const text = value.trim().replace(/\s|Kč/g, "").replace(",", ".");
    if (text === "") return undefined;
    if (!/^\d+(\.\d{1,2})?$/.test(text)) return Number.NaN;
    return Math.round(Number(text) * 100);
  },
  z
    .number()
    .refine(Number.isInteger, { message: "invalidMoney" })
    .refine((value) => value >= 0 && value <= MAX_UNIT_COST, { message: "invalidMoney" }),
);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The day a movement happened (`<input type="date">`); today when empty. */
const optionalDay = z.preprocess(blankToUndefined, z.string().trim().regex(ISO_DATE, { message: "invalidDate" }).optional());

export const itemFieldsSchema = {
  sku: requiredText(40).regex(/^[A-Za-z0-9._-]+$/, { message: "skuFormat" }),
  name: requiredText(200),
  category: requiredText(80),
  unit: requiredText(20),
  location: requiredText(120),
  supplier: optionalText(200),
  minimumStock: z.preprocess(toNumber, z.number().refine(Number.isInteger, { message: "wholeNumber" }).refine((value) => value >= 0 && value <= MAX_QUANTITY, { message: "countNotNegative" })).default(0),
  isActive: checkbox.default(false),
  note: optionalText(2000),
};

export const createItemSchema = z.strictObject({ ...itemFieldsSchema, isActive: checkbox.default(true), idempotencyKey: z.string().max(100).optional() });
export const updateItemSchema = z.strictObject({ id: idSchema, version: versionSchema, ...itemFieldsSchema });

const movementBase = {
  itemId: idSchema,
  occurredOn: optionalDay,
  idempotencyKey: z.string().max(100).optional(),
};

export const receiptSchema = z.strictObject({
  ...movementBase,
  quantity: quantitySchema,
  unitCost: moneySchema,
  supplier: optionalText(200),
  orderNumber: optionalText(80),
  invoiceNumber: optionalText(80),
});

export const issueSchema = z.strictObject({
  ...movementBase,
  quantity: quantitySchema,
  purpose: z.enum(ISSUE_PURPOSES),
  recipientName: requiredText(200),
  reference: optionalText(300),
  /** The protocol visit the items were for (the visits module issues its gifts from stock this way). */
  visitId: z.preprocess(blankToUndefined, idSchema.optional()),
  /** The event the items were issued to (the events module issues with purpose EVENT this way). */
  eventId: z.preprocess(blankToUndefined, idSchema.optional()),
});
export type IssueInput = z.input<typeof issueSchema>;

export const adjustmentSchema = z.strictObject({
  ...movementBase,
  /** What the ledger expects (shown on the form): the count is compared with it, and a changed stock is a conflict. */
  expected: countSchema,
  counted: countSchema,
  reason: requiredText(500),
});

export const returnSchema = z.strictObject({
  ...movementBase,
  quantity: quantitySchema,
  reason: requiredText(500),
  recipientName: optionalText(200),
});

export const writeOffSchema = z.strictObject({ ...movementBase, quantity: quantitySchema, reason: requiredText(500) });

export const reverseSchema = z.strictObject({ movementId: idSchema, reason: requiredText(500), idempotencyKey: z.string().max(100).optional() });

export const stocktakeSchema = z.strictObject({
  location: requiredText(120),
  note: optionalText(2000),
  idempotencyKey: z.string().max(100).optional(),
  /** One line per counted item; items left blank are not counted. */
  lines: z
    .array(z.strictObject({ itemId: idSchema, expected: countSchema, counted: z.preprocess(blankToUndefined, countSchema.optional()) }))
    .max(2000),
});

export const listFilterSchema = z.object({
  q: optionalText(200),
  category: optionalText(80),
  location: optionalText(120),
  low: z.preprocess((value) => value === "1" || value === "on" || value === "true" || value === true, z.boolean()).default(false),
  /** "1" active only (default), "0" inactive only, "all". */
  active: z.preprocess(blankToUndefined, z.enum(["1", "0", "all"]).optional()).default("1"),
  sort: z.preprocess(blankToUndefined, z.enum(PROMO_SORTS).optional()).default("name"),
  dir: z.preprocess(blankToUndefined, z.enum(["asc", "desc"]).optional()),
  page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100_000).optional()).default(1),
});

export const reportFilterSchema = z.object({
  months: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(60).optional()).default(12),
});

/** Haléře as crowns for forms: 1250 → "12,50". */
export function formatCrownsInput(halere: number): string {
  return (halere / 100).toFixed(2).replace(".", ",");
}
