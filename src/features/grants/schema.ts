// Input schemas of the cultural grants; client-safe (the forms use the lists and limits too).
import { z } from "zod";
import { fileSchema } from "@/features/release-media/schema";
import { parseMoney } from "@/features/visits/budget";
import { GRANT_STATUSES } from "./policy";

export { GRANT_STATUSES };

const idSchema = z.uuid();
const versionSchema = z.coerce.number().int().min(0);
const blank = (value: unknown) => value === "" || value === null || (typeof value === "string" && value.trim() === "");
const blankToUndefined = (value: unknown) => (blank(value) ? undefined : value);
const optionalId = z.preprocess(blankToUndefined, idSchema.optional());
const optionalText = (max: number) => z.preprocess(blankToUndefined, z.string().trim().max(max).optional());
const requiredText = (max: number) => z.string().trim().min(1).max(max);
const keySchema = z.string().max(100).optional();

/** `<input type="date">`: "2026-03-14", a real calendar day. */
export const dateSchema = z
  .string()
  .trim()
  .refine((value) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && date.getUTCFullYear() >= 2000 && date.getUTCFullYear() <= 2100;
  }, { message: "invalidDate" });
const optionalDate = z.preprocess(blankToUndefined, dateSchema.optional());

/** Koruny as typed ("12 500", "12500,50") → haléře; a number is taken as haléře already. */
const MAX_MONEY = 2_000_000_000; // fits PostgreSQL's integer: 20 million CZK
const money = z.preprocess(
  (value) => (typeof value === "number" ? value : typeof value === "string" && !blank(value) ? (parseMoney(value) ?? "invalid") : value),
  z.number({ message: "invalidAmount" }).int().min(0).max(MAX_MONEY),
);
const positiveMoney = money.refine((value) => value > 0, { message: "invalidAmount" });

export const callFields = {
  year: z.coerce.number().int().min(2000).max(2100),
  title: requiredText(200),
  budget: positiveMoney,
  rules: optionalText(10000),
  deadline: optionalDate,
};
export const createCallSchema = z.strictObject({ ...callFields, idempotencyKey: keySchema });
export const updateCallSchema = z.strictObject({ id: idSchema, version: versionSchema, ...callFields });

export const createApplicationSchema = z.strictObject({
  callId: idSchema,
  organisation: requiredText(200),
  organisationIco: z.preprocess(blankToUndefined, z.string().trim().regex(/^\d{8}$/, { message: "invalidIco" }).optional()),
  contactEmail: z.preprocess(blankToUndefined, z.email().trim().toLowerCase().max(254).optional()),
  project: requiredText(300),
  description: optionalText(10000),
  amountRequested: positiveMoney,
  submittedOn: dateSchema,
  idempotencyKey: keySchema,
});

const step = { id: idSchema, version: versionSchema };

export const evaluateSchema = z.strictObject({ ...step, score: z.coerce.number().int().min(0).max(100), evaluation: requiredText(10000) });

export const decideSchema = z
  .strictObject({
    ...step,
    outcome: z.enum(["GRANTED", "REJECTED"]),
    amountGranted: z.preprocess(blankToUndefined, money.optional()),
    conditions: optionalText(10000),
    resolutionId: optionalId,
  })
  .refine((input) => input.outcome === "REJECTED" || (input.amountGranted !== undefined && input.amountGranted > 0), { path: ["amountGranted"], message: "grantAmountRequired" });

export const paySchema = z.strictObject({ ...step, amountPaid: money, paidOn: dateSchema, reportDue: dateSchema }).refine((input) => input.reportDue >= input.paidOn, {
  path: ["reportDue"],
  message: "reportBeforePayment",
});

export const receiveReportSchema = z.strictObject({ ...step, reportReceivedOn: dateSchema, amountUsed: money, reportNote: optionalText(10000) });

export const checkReportSchema = z
  .strictObject({
    ...step,
    outcome: z.enum(["ACCEPTED", "RETURN_REQUIRED"]),
    checkNote: optionalText(10000),
    amountToReturn: z.preprocess(blankToUndefined, money.optional()),
  })
  .refine((input) => input.outcome === "ACCEPTED" || (input.amountToReturn !== undefined && input.amountToReturn > 0), { path: ["amountToReturn"], message: "grantAmountRequired" });

export const uploadDocumentSchema = z.strictObject({ grantApplicationId: idSchema, file: fileSchema });
export const removeDocumentSchema = z.strictObject({ id: idSchema });

export const overviewSchema = z.strictObject({ year: z.preprocess(blankToUndefined, z.coerce.number().int().min(2000).max(2100).optional()) });

/** Haléře → "12 500,50 Kč" style input text ("12500.50"), for editing forms. */
export function toInput(minor: number | null | undefined): string {
  if (minor === null || minor === undefined) return "";
  return minor % 100 === 0 ? String(minor / 100) : (minor / 100).toFixed(2);
}
