// Input schemas of media contacts, outlets and distribution lists; client-safe (forms use the limits).
import { z } from "zod";
import { CSV_IMPORT_LIMITS } from "@/lib/csv";
import { DEADLINE_TIME_PATTERN } from "./edition";

export const OUTLET_KINDS = ["PRINT", "TV", "RADIO", "ONLINE", "AGENCY", "SOCIAL"] as const;
export type OutletKind = (typeof OUTLET_KINDS)[number];
export const LIST_KINDS = ["STATIC", "SMART"] as const;
/** ISO 639-1 codes the office meets; others are accepted if they look like a code. */
export const COMMON_LANGUAGES = ["cs", "sk", "en", "de", "pl"] as const;

export const CONTACT_LIMITS = { name: 200, email: 254, text: 200, notes: 5_000, beats: 30, beat: 60, phone: 40, url: 2_000 } as const;
export const CONTACTS_PAGE_SIZE = 50;
/** GDPR Art. 14(3)(a): inform the person within a month of getting their data. */
export const INFORM_WITHIN_DAYS = 30;
export const ERASED_NAME = "Vymazaný kontakt";
export const erasedEmail = (id: string) => `erased-${id}@invalid`;

export const CONTACT_SORTS = ["name", "outlet", "createdAt", "informedAt"] as const;
export type ContactSort = (typeof CONTACT_SORTS)[number];

const idSchema = z.uuid();
const versionSchema = z.coerce.number().int().min(0);
const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const checkboxSchema = z.preprocess((value) => {
  if (value === undefined || value === "" || value === "false" || value === "off") return false;
  if (value === "on" || value === "true" || value === "1") return true;
  return value;
}, z.boolean());

const optionalText = (max: number) => z.preprocess(emptyToUndefined, z.string().trim().max(max).optional());
const multiline = (max: number) =>
  z.preprocess(
    emptyToUndefined,
    z
      .string()
      .transform((value) => value.replace(/\r\n?/g, "\n"))
      .pipe(z.string().trim().max(max))
      .optional(),
  );

export const emailSchema = z
  .string()
  .trim()
  .max(CONTACT_LIMITS.email)
  .toLowerCase()
  .pipe(z.email({ message: "invalidEmail" }))
  .refine((value) => !value.endsWith("@invalid"), { message: "invalidEmail" });

const httpUrl = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .trim()
    .max(CONTACT_LIMITS.url)
    .refine((value) => URL.canParse(value) && /^https?:\/\//i.test(value), { message: "urlNotHttp" })
    .optional(),
);

/** "doprava | kultura, sport" or a list → ["doprava", "kultura", "sport"] (trimmed, no duplicates, no empties). */
export function splitList(value: unknown): string[] {
  const items = Array.isArray(value) ? value.flatMap((item) => (typeof item === "string" ? item.split(/[|,;]/) : [item])) : typeof value === "string" ? value.split(/[|,;]/) : [];
  const seen = new Set<string>();
  const result: string[] = [];
  for (const item of items) {
    if (typeof item !== "string") return value as string[]; // let zod report the wrong type
    const trimmed = item.trim().replace(/\s+/g, " ");
    const key = trimmed.toLowerCase();
    if (trimmed && !seen.has(key)) {
      seen.add(key);
      result.push(trimmed);
    }
  }
  return result;
}

// Beats are compared as typed by smart lists and filters: kept in lower case ("doprava", "kultura").
const beatsSchema = z.preprocess(
  (value) => (value === undefined ? [] : splitList(value).map((item) => (typeof item === "string" ? item.toLowerCase() : item))),
  z.array(z.string().max(CONTACT_LIMITS.beat)).max(CONTACT_LIMITS.beats),
);
const languagesSchema = z.preprocess(
  (value) => (value === undefined ? [] : splitList(value).map((item) => item.toLowerCase())),
  z.array(z.string().regex(/^[a-z]{2}$/, { message: "languageCode" })).max(10),
);
const phoneSchema = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .trim()
    .max(CONTACT_LIMITS.phone)
    .regex(/^\+?[0-9 ()/-]{6,}$/, { message: "invalidPhone" })
    .optional(),
);
const dateSchema = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .trim()
    .transform((value, context) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12)) : null;
      if (!date || Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(match![3])) {
        context.addIssue({ code: "custom", message: "invalidDate" });
        return z.NEVER;
      }
      if (date.getTime() > Date.now() + 24 * 3600 * 1000) {
        context.addIssue({ code: "custom", message: "dateInFuture" });
        return z.NEVER;
      }
      return date;
    })
    .optional(),
);

/** Further outlets a journalist writes for, besides the primary one (rows the form offers = the limit). */
export const MAX_AFFILIATIONS = 5;

const asList = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);

/**
 * The form sends further outlets as parallel fields (affiliationOutletId[], affiliationRole[], one per
 * row); scripts and tests send `affiliations: [{ outletId, role? }]`. Rows left empty are dropped.
 */
function affiliationsFromForm(raw: unknown): unknown {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return raw;
  const input = { ...(raw as Record<string, unknown>) };
  if (!("affiliationOutletId" in input || "affiliationRole" in input)) return input;
  const outletIds = asList(input.affiliationOutletId);
  const roles = asList(input.affiliationRole);
  delete input.affiliationOutletId;
  delete input.affiliationRole;
  const rows: unknown[] = [];
  for (let i = 0; i < Math.max(outletIds.length, roles.length); i++) {
    const row = { outletId: outletIds[i] ?? "", role: roles[i] ?? "" };
    if ([row.outletId, row.role].every((value) => typeof value === "string" && value.trim() === "")) continue;
    rows.push(row);
  }
  input.affiliations = [...asList(input.affiliations), ...rows];
  return input;
}

const affiliationSchema = z.strictObject({
  outletId: z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), z.uuid({ message: "invalidChoice" })),
  role: optionalText(CONTACT_LIMITS.text),
});
export type AffiliationInput = z.output<typeof affiliationSchema>;

/** One journalist's fields: the form's and (mostly) one CSV row's. */
const contactFieldsObject = z
  .strictObject({
    name: z.string().trim().min(1).max(CONTACT_LIMITS.name),
    email: emailSchema,
    outletId: z.preprocess(emptyToUndefined, idSchema.optional()),
    role: optionalText(CONTACT_LIMITS.text),
    beats: beatsSchema,
    languages: languagesSchema,
    phone: phoneSchema,
    mobile: phoneSchema,
    notes: multiline(CONTACT_LIMITS.notes),
    legalBasis: z.string().trim().min(1).max(CONTACT_LIMITS.text),
    source: z.string().trim().min(1).max(CONTACT_LIMITS.text),
    informedAt: dateSchema,
    doNotContact: checkboxSchema,
    doNotContactReason: optionalText(CONTACT_LIMITS.text),
    affiliations: z.array(affiliationSchema).max(MAX_AFFILIATIONS).default([]),
  })
  .superRefine((value, context) => {
    if (value.doNotContact && !value.doNotContactReason) {
      context.addIssue({ code: "custom", path: ["doNotContactReason"], message: "doNotContactReasonRequired" });
    }
    // The primary outlet is not a further one, and each further outlet is listed once.
    const seen = new Set<string>();
    value.affiliations.forEach((affiliation, index) => {
      if (affiliation.outletId === value.outletId) {
        context.addIssue({ code: "custom", path: ["affiliations", index, "outletId"], message: "affiliationIsPrimary" });
      } else if (seen.has(affiliation.outletId)) {
        context.addIssue({ code: "custom", path: ["affiliations", index, "outletId"], message: "affiliationDuplicate" });
      }
      seen.add(affiliation.outletId);
    });
  });
export const contactFieldsSchema = z.preprocess(affiliationsFromForm, contactFieldsObject);
export type ContactFields = z.output<typeof contactFieldsSchema>;

const idempotency = { idempotencyKey: z.string().max(100).optional() };

export const contactRefSchema = z.strictObject({ id: idSchema, version: versionSchema });
export const contactIdSchema = z.strictObject({ id: idSchema });
export const markInformedSchema = z.strictObject({ id: idSchema, version: versionSchema, informedAt: dateSchema });
export const eraseContactSchema = z.strictObject({ id: idSchema, version: versionSchema, confirm: z.literal("on", { message: "confirmRequired" }) });
export const mergeContactsSchema = z
  .strictObject({ keepId: idSchema, removeId: idSchema })
  .refine((value) => value.keepId !== value.removeId, { message: "mergeSameContact", path: ["removeId"] });

/** The non-field parts of a create/update payload (the fields are checked by contactFieldsSchema). */
export const createContactMeta = z.strictObject(idempotency);
export const updateContactMeta = z.strictObject({ id: idSchema, version: versionSchema });

const outletFields = z.strictObject({
  name: z.string().trim().min(1).max(CONTACT_LIMITS.name),
  kind: z.enum(OUTLET_KINDS),
  region: optionalText(CONTACT_LIMITS.text),
  website: httpUrl,
  rssUrl: httpUrl,
  notes: multiline(CONTACT_LIMITS.notes),
  /** The editorial deadline: ticked weekdays ("1"–"7", a checkbox each) and the time "HH:MM". */
  deadlineDays: z.preprocess(
    (value) => (value === undefined || value === "" ? [] : typeof value === "string" ? [value] : value),
    z.array(z.coerce.number().int().min(1).max(7)).max(7).transform((days) => [...new Set(days)].sort()),
  ),
  deadlineTime: z.preprocess(emptyToUndefined, z.string().trim().regex(DEADLINE_TIME_PATTERN).optional()),
});

/** Days without a time, or a time without days, would silently mean "no deadline". */
function requireWholeDeadline(outlet: { deadlineDays: number[]; deadlineTime?: string }, context: z.RefinementCtx) {
  if (outlet.deadlineDays.length > 0 && !outlet.deadlineTime) context.addIssue({ code: "custom", path: ["deadlineTime"], message: "deadlineTimeRequired" });
  if (outlet.deadlineTime && outlet.deadlineDays.length === 0) context.addIssue({ code: "custom", path: ["deadlineDays"], message: "deadlineDaysRequired" });
}

export const outletFieldsSchema = outletFields.superRefine(requireWholeDeadline);
export type OutletFields = z.output<typeof outletFieldsSchema>;
export const createOutletSchema = outletFields.extend(idempotency).superRefine(requireWholeDeadline);
export const updateOutletSchema = outletFields.extend({ id: idSchema, version: versionSchema }).superRefine(requireWholeDeadline);

export const smartCriteriaSchema = z.strictObject({
  beats: beatsSchema,
  regions: z.preprocess((value) => (value === undefined ? [] : splitList(value)), z.array(z.string().max(CONTACT_LIMITS.text)).max(30)),
  outletKinds: z.preprocess((value) => (value === undefined ? [] : typeof value === "string" ? [value] : value), z.array(z.enum(OUTLET_KINDS)).max(OUTLET_KINDS.length)),
  languages: languagesSchema,
});
export type SmartCriteria = z.output<typeof smartCriteriaSchema>;

const listBase = {
  name: z.string().trim().min(1).max(CONTACT_LIMITS.text),
  description: optionalText(500),
  kind: z.enum(LIST_KINDS).default("STATIC"),
  beats: z.unknown().optional(),
  regions: z.unknown().optional(),
  outletKinds: z.unknown().optional(),
  languages: z.unknown().optional(),
};
export const createListSchema = z.strictObject({ ...listBase, ...idempotency });
export const updateListSchema = z.strictObject({ ...listBase, id: idSchema, version: versionSchema });
export const listMemberSchema = z.strictObject({ listId: idSchema, contactId: idSchema });

export const contactFilterSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  outletId: z.uuid().optional().catch(undefined),
  kind: z.enum(OUTLET_KINDS).optional().catch(undefined),
  beat: z.string().trim().max(CONTACT_LIMITS.beat).optional().catch(undefined),
  language: z.string().trim().max(5).optional().catch(undefined),
  region: z.string().trim().max(CONTACT_LIMITS.text).optional().catch(undefined),
  dnc: z.enum(["1"]).optional().catch(undefined),
  filter: z.enum(["informOverdue"]).optional().catch(undefined),
  sort: z.enum(CONTACT_SORTS).optional().catch(undefined),
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type ContactFilter = z.output<typeof contactFilterSchema>;

export const importContactsSchema = z.strictObject({
  file: z.custom<Blob>((value) => typeof Blob !== "undefined" && value instanceof Blob, { message: "fileRequired" }).optional(),
  csv: z.string().max(CSV_IMPORT_LIMITS.bytes).optional(),
});
