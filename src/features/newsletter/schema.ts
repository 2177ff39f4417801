// Input schemas of the e-mail edition (subscribers and editions); client-safe.
import { z } from "zod";

/**
 * The version of the consent text shown on the subscribe form (newsletterMail.subscribe.consentText).
 * Recorded with every subscription; change it whenever the text changes.
 */
export const NEWSLETTER_CONSENT_VERSION = "2026-11";
/** How long a confirmation link is valid. */
export const CONFIRM_LINK_DAYS = 7;
/** A second subscribe of a pending address sends a new confirmation only after this long. */
export const CONFIRMATION_RESEND_MINUTES = 15;

export const SUBSCRIBER_STATUSES = ["PENDING", "CONFIRMED", "UNSUBSCRIBED"] as const;
export type SubscriberStatus = (typeof SUBSCRIBER_STATUSES)[number];
export const CONSENT_SOURCES = ["PUBLIC_FORM", "STAFF", "PAPER", "IMPORT"] as const;
export const STAFF_SOURCES = ["STAFF", "PAPER"] as const;

const idSchema = z.uuid();
const versionSchema = z.coerce.number().int().min(0);
const blank = (value: unknown) => (value === "" || value === null ? undefined : value);
const optionalText = (max: number) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), z.string().trim().max(max).optional());
const emailSchema = z
  .string()
  .trim()
  .min(1, { message: "required" })
  .max(254)
  .pipe(z.email())
  .transform((value) => value.toLowerCase());
const checkbox = z.preprocess((value) => {
  if (value === undefined || value === "false" || value === "off") return false;
  if (value === "on" || value === "true") return true;
  return value;
}, z.boolean());
/** A link's token: base64url, as made by the service (32 characters). */
export const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);

// --- the public side --------------------------------------------------------------------------------

export const subscribeSchema = z.strictObject({
  email: emailSchema,
  name: optionalText(120),
  /** The reader agreed to the consent text (NEWSLETTER_CONSENT_VERSION). */
  consent: checkbox.refine((value) => value === true, { message: "newsletterConsentRequired" }),
  submissionKey: z.string().min(8).max(100).optional(),
  /** A field hidden from people: a robot fills it in (the request is then answered but ignored). */
  website: z.string().max(200).optional(),
});

export const tokenInputSchema = z.strictObject({ token: tokenSchema });

// --- staff ------------------------------------------------------------------------------------------

export const addSubscriberSchema = z.strictObject({
  email: emailSchema,
  name: optionalText(120),
  /** STAFF: the office enters the address, the reader confirms by e-mail; PAPER: consent signed on paper. */
  source: z.enum(STAFF_SOURCES),
  consentOnPaperAt: z.preprocess(blank, z.iso.date({ message: "invalidDate" }).optional()),
  idempotencyKey: z.string().max(100).optional(),
});

export const listSubscribersSchema = z.object({
  status: z.preprocess(blank, z.enum(SUBSCRIBER_STATUSES).optional()),
  q: optionalText(200),
  page: z.preprocess(blank, z.coerce.number().int().min(1).max(100_000).optional()),
});

export const subscriberIdSchema = z.strictObject({ id: idSchema, version: versionSchema });

export const eraseSubscriberSchema = z.strictObject({
  id: idSchema,
  confirm: checkbox.refine((value) => value, { message: "confirmRequired" }),
});

export const importSubscribersSchema = z.strictObject({
  file: z.instanceof(Blob).optional(),
  csv: z.string().max(3_000_000).optional(),
});

/** The import's columns and the header names accepted for them (normalised: no case, accents or spaces). */
export const SUBSCRIBER_CSV_COLUMNS = {
  aliases: { email: "email", mail: "email", emailovaadresa: "email", name: "name", jmeno: "name", jmenoaprijmeni: "name" },
  required: ["email"],
  names: { email: "email", name: "jméno / name" },
} as const;

// --- e-mail editions ----------------------------------------------------------------------------------

export const EDITION_STATUSES = ["DRAFT", "AWAITING_APPROVAL", "APPROVED", "SENDING", "SENT"] as const;
export type EditionStatus = (typeof EDITION_STATUSES)[number];

export const buildEditionSchema = z.strictObject({ issueId: idSchema, idempotencyKey: z.string().max(100).optional() });
export const updateEditionSchema = z.strictObject({
  id: idSchema,
  version: versionSchema,
  subject: z.string().trim().min(1, { message: "required" }).max(200),
  intro: z.preprocess((value) => (value === undefined || value === null ? "" : typeof value === "string" ? value.replace(/\r\n?/g, "\n") : value), z.string().trim().max(5000)),
});
export const editionStepSchema = z.strictObject({ id: idSchema, version: versionSchema });

/** One article of an edition, as sent (a snapshot taken when the edition is built or refreshed). */
export interface EditionArticle {
  articleId: string;
  title: string;
  summary: string;
  page: number | null;
}
