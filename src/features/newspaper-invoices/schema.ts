// Input schemas of the newspaper's invoices; client-safe (the forms use the lists too).
import { z } from "zod";
import { parseCrowns } from "./money";

export const INVOICE_STATUSES = ["ISSUED", "PARTIALLY_PAID", "PAID", "OVERDUE", "CREDITED", "CREDIT_NOTE"] as const;
export const PAYMENT_METHODS = ["BANK_TRANSFER", "CASH", "CARD", "OTHER"] as const;
export const INVOICES_PAGE_SIZE = 25;

const idSchema = z.uuid();
const versionSchema = z.coerce.number().int().min(0);
const blank = (value: unknown) => (value === "" || value === null ? undefined : value);
const dateSchema = z.iso.date({ message: "invalidDate" });
const optionalDate = z.preprocess(blank, dateSchema.optional());
const requiredText = (max: number) => z.string().trim().min(1, { message: "required" }).max(max);
const optionalText = (max: number) => z.preprocess((value) => (value === undefined || value === null ? "" : value), z.string().trim().max(max));
const idempotencyKey = z.string().max(100).optional();
const asList = (value: unknown): unknown[] => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]);
const checkbox = z.preprocess((value) => {
  if (value === undefined || value === "false" || value === "off") return false;
  if (value === "on" || value === "true") return true;
  return value;
}, z.boolean());

/** An amount in crowns as typed ("1 234,50"), or haléře as a number from a JSON caller → haléře. */
export const crownsSchema = z.union([
  z.number().int().min(1).max(2_000_000_000),
  z
    .string()
    .trim()
    .min(1, { message: "required" })
    .transform((value, context) => {
      const parsed = parseCrowns(value);
      if (parsed === null || parsed <= 0) {
        context.addIssue({ code: "custom", message: "invalidMoney" });
        return z.NEVER;
      }
      return parsed;
    }),
]);

export const issueInvoiceSchema = z.strictObject({
  advertiserId: idSchema,
  issueId: idSchema,
  adOrderIds: z.preprocess(asList, z.array(idSchema).min(1).max(50)),
  issueDate: optionalDate,
  taxableSupplyDate: optionalDate,
  idempotencyKey,
});

export const recordPaymentSchema = z.strictObject({
  invoiceId: idSchema,
  version: versionSchema,
  paidOn: dateSchema,
  amount: crownsSchema,
  method: z.enum(PAYMENT_METHODS),
  note: optionalText(300),
  idempotencyKey,
});

export const creditNoteSchema = z.strictObject({
  invoiceId: idSchema,
  version: versionSchema,
  reason: requiredText(500),
  /** Credit everything that is left of every line. */
  full: checkbox.optional(),
  /** Or chosen lines by an amount without VAT (crowns). */
  lines: z
    .array(z.strictObject({ lineId: idSchema, amount: crownsSchema }))
    .max(50)
    .optional(),
  issueDate: optionalDate,
  idempotencyKey,
});

export const billingProfileSchema = z.strictObject({
  version: versionSchema,
  supplierName: requiredText(200),
  supplierIco: z.string().trim().regex(/^\d{8}$/, { message: "invalidIco" }),
  supplierDic: z.preprocess((value) => (typeof value === "string" ? value.trim().toUpperCase() : value), z.union([z.literal(""), z.string().regex(/^CZ\d{8,10}$/, { message: "invalidDic" })])),
  supplierAddress: requiredText(300),
  bankAccount: z.string().trim().regex(/^(\d{1,6}-)?\d{2,10}\/\d{4}$/, { message: "invalidBankAccount" }),
  iban: z.preprocess((value) => (typeof value === "string" ? value.replace(/\s/g, "").toUpperCase() : value), z.union([z.literal(""), z.string().regex(/^CZ\d{22}$/, { message: "invalidIban" })])),
  vatPayer: checkbox,
  dueDays: z.coerce.number().int().min(0).max(365),
  footer: optionalText(300),
});

export const listInvoicesSchema = z.object({
  status: z.preprocess(blank, z.enum(INVOICE_STATUSES).optional()),
  q: z.preprocess(blank, z.string().trim().max(100).optional()),
  year: z.preprocess(blank, z.coerce.number().int().min(2000).max(9999).optional()),
  page: z.preprocess(blank, z.coerce.number().int().min(1).max(100_000).optional()),
});
