// Input schemas of the distribution module; client-safe.
import { z } from "zod";

const idSchema = z.uuid();
// Checkboxes: an HTML form sends no field when none is ticked, one string for one, an array for more.
const idListSchema = z.preprocess(
  (value) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z.array(idSchema).max(1000),
);

export const startDistributionSchema = z
  .strictObject({
    pressReleaseId: idSchema,
    listIds: idListSchema,
    contactIds: idListSchema,
    idempotencyKey: z.string().max(100).optional(),
  })
  .refine((input) => input.listIds.length + input.contactIds.length > 0, { path: ["listIds"], message: "noRecipientsChosen" });
export type StartDistributionInput = z.input<typeof startDistributionSchema>;

export const retryFailedSchema = z.strictObject({ distributionId: idSchema });

/** The token in an unsubscribe link (made by the media-contacts module; URL-safe). */
export const unsubscribeTokenSchema = z.string().min(16).max(200).regex(/^[A-Za-z0-9_-]+$/);
export const unsubscribeSchema = z.strictObject({ token: unsubscribeTokenSchema });

export const outboxQuerySchema = z.strictObject({ limit: z.coerce.number().int().min(1).max(500).default(100) });

/** Why a recipient was skipped, or a send failed without an SMTP reply: keys under distribution.reason.* */
export const REASONS = {
  doNotContact: "doNotContact",
  unsubscribed: "unsubscribed",
  contactRemoved: "contactRemoved",
  releaseWithdrawn: "releaseWithdrawn",
  interrupted: "interrupted",
  smtpUnavailable: "smtpUnavailable",
} as const;
