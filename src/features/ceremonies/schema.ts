// Input schemas of the ceremonies module; client-safe (the forms use the lists and limits too).
import { z } from "zod";

export const CEREMONY_TYPES = ["WELCOMING", "JUBILEE_WEDDING", "LIFE_JUBILEE", "MEMORIAL", "OTHER"] as const;
export type CeremonyType = (typeof CEREMONY_TYPES)[number];
/** What the public form offers (memorial acts and "other" are not signed up for). */
export const SIGN_UP_TYPES = ["WELCOMING", "JUBILEE_WEDDING", "LIFE_JUBILEE"] as const;
export const CEREMONY_STATUSES = ["PLANNED", "HELD", "CANCELLED"] as const;
export const RSVP_ANSWERS = ["ATTENDING", "NOT_ATTENDING"] as const;
/** Wedding jubilees and life jubilee ages the office offers by default (free text is accepted too). */
export const WEDDING_JUBILEES = ["GOLDEN_50", "DIAMOND_60", "IRON_65", "PLATINUM_70"] as const;
export const LIFE_JUBILEE_AGES = [80, 85, 90, 95, 100] as const;

/** The consent text's version: recorded with every registration (time and source too). */
export const CONSENT_VERSION = "2026-01";
export const MAX_GUESTS = 20;

const idSchema = z.uuid();
const versionSchema = z.coerce.number().int().min(0);
const blank = (value: unknown) => (value === "" || value === null ? undefined : value);
const requiredText = (max: number) => z.string().trim().min(1, { message: "required" }).max(max);
const optionalText = (max: number) => z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), z.string().trim().max(max).optional());
const dateSchema = z.iso.date({ message: "invalidDate" });
const optionalDate = z.preprocess(blank, dateSchema.optional());
const checkbox = z.preprocess((value) => {
  if (value === undefined || value === "false" || value === "off") return false;
  if (value === "on" || value === "true") return true;
  return value;
}, z.boolean());
const asList = (value: unknown): unknown[] => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]);
const lines = (value: unknown) => asList(value).flatMap((item) => (typeof item === "string" ? item.split(/\r?\n/) : [item]));

// ---------------------------------------------------------------------------------------------------
// Ceremonies

const ceremonyFields = {
  type: z.enum(CEREMONY_TYPES),
  title: requiredText(200),
  occasion: optionalText(100),
  date: dateSchema,
  venue: requiredText(200),
  officiant: requiredText(200),
  programme: optionalText(4000),
  mediaInvited: optionalText(2000),
  /** Memorial acts: organisations laying wreaths, one per line, in order. */
  wreaths: z.preprocess((value) => lines(value).map((line) => (typeof line === "string" ? line.trim() : line)).filter((line) => line !== ""), z.array(z.string().max(200)).max(50)),
  /** Memorial acts: guests of honour, one per line "rank; name; function". */
  guests: z.preprocess(
    (value) =>
      lines(value)
        .filter((line) => typeof line !== "string" || line.trim() !== "")
        .map((line) => {
          if (typeof line !== "string") return line;
          const [rank, name, fn] = line.split(";").map((part) => part.trim());
          return { rank, name: name ?? "", function: fn ?? "" };
        }),
    z.array(z.strictObject({ rank: z.coerce.number().int().min(1).max(99), name: requiredText(200), function: z.string().max(200) })).max(50),
  ),
};

export const createCeremonySchema = z.strictObject({ ...ceremonyFields, idempotencyKey: z.string().max(100).optional() });
export const updateCeremonySchema = z.strictObject({ ...ceremonyFields, id: idSchema, version: versionSchema });
export const ceremonyRefSchema = z.strictObject({ id: idSchema, version: versionSchema });
export const setStatusSchema = z.strictObject({ id: idSchema, version: versionSchema, status: z.enum(CEREMONY_STATUSES) });

export const addSlotSchema = z.strictObject({
  ceremonyId: idSchema,
  /** hh:mm on the ceremony's day (city time). */
  time: z.string().regex(/^\d{2}:\d{2}$/, { message: "invalidFormat" }),
  capacity: z.coerce.number().int().min(1).max(100),
  idempotencyKey: z.string().max(100).optional(),
});

// ---------------------------------------------------------------------------------------------------
// Registrations

const registrationFields = {
  type: z.enum(SIGN_UP_TYPES),
  names: requiredText(300),
  childName: optionalText(200),
  childBirthDate: optionalDate,
  jubileeDate: optionalDate,
  address: requiredText(400),
  email: z.preprocess(blank, z.email({ message: "invalidEmail" }).max(200).optional()),
  phone: z.preprocess(blank, z.string().trim().regex(/^\+?[0-9 ]{9,20}$/, { message: "invalidPhone" }).optional()),
  guests: z.coerce.number().int().min(0).max(MAX_GUESTS),
  photoConsent: checkbox,
  /** The person agreed to the processing (the consent text of CONSENT_VERSION). Required. */
  consent: checkbox.refine((value) => value === true, { message: "consentRequired" }),
};

function registrationRules<T extends { type: string; childName?: string; childBirthDate?: string; jubileeDate?: string; email?: string; phone?: string }>(value: T, ctx: z.RefinementCtx) {
  if (value.type === "WELCOMING") {
    if (!value.childName) ctx.addIssue({ code: "custom", message: "required", path: ["childName"] });
    if (!value.childBirthDate) ctx.addIssue({ code: "custom", message: "required", path: ["childBirthDate"] });
  } else if (!value.jubileeDate) ctx.addIssue({ code: "custom", message: "required", path: ["jubileeDate"] });
  if (!value.email && !value.phone) ctx.addIssue({ code: "custom", message: "contactRequired", path: ["email"] });
}

export const signUpSchema = z.strictObject({ ...registrationFields, submissionKey: z.string().min(8).max(100).optional() }).superRefine(registrationRules);
export const paperRegistrationSchema = z
  .strictObject({ ...registrationFields, consentOnPaperAt: optionalDate, idempotencyKey: z.string().max(100).optional() })
  .superRefine(registrationRules);
export type SignUpInput = z.input<typeof signUpSchema>;

export const assignSlotSchema = z.strictObject({ registrationId: idSchema, slotId: idSchema, version: versionSchema });
export const registrationRefSchema = z.strictObject({ registrationId: idSchema, version: versionSchema });
export const attendanceSchema = z.strictObject({ registrationId: idSchema, version: versionSchema, attended: checkbox });
export const sendInvitationsSchema = z.strictObject({ ceremonyId: idSchema });
export const rsvpSchema = z.strictObject({ token: z.string().min(16).max(100), answer: z.enum(RSVP_ANSWERS) });
export const giftSchema = z.strictObject({
  registrationId: idSchema,
  itemId: idSchema,
  quantity: z.coerce.number().int().min(1).max(100),
  idempotencyKey: z.string().max(100).optional(),
});
export const eraseSchema = z.strictObject({ registrationId: idSchema, confirm: checkbox.refine((value) => value, { message: "confirmRequired" }) });
