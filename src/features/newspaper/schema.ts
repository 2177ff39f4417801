// Input schemas of the city paper; client-safe (the forms use the lists and limits too).
import { z } from "zod";
import { parseMoney } from "@/features/visits/budget";
import { AD_ORDER_STATUSES, ARTICLE_STATUSES, ISSUE_STATUSES, isValidIco } from "./policy";

export const FREQUENCIES = ["WEEKLY", "BIWEEKLY", "MONTHLY", "BIMONTHLY", "QUARTERLY", "IRREGULAR"] as const;
export const CONTRIBUTOR_KINDS = ["CLUB", "SCHOOL", "COUNCIL_MEMBER", "ORGANISATION", "CITIZEN"] as const;

export const TITLE_MAX = 300;
export const PEREX_MAX = 2_000;
export const BODY_MAX = 60_000;
export const REASON_MAX = 2_000;
export const MAX_IMAGES = 6;
/** Server actions take at most 21 MB (next.config.ts): the archive PDF is the web version of the print file. */
export const FINAL_PDF_MAX_BYTES = 20 * 1024 * 1024;
export const ARTWORK_MAX_BYTES = 20 * 1024 * 1024;

const idSchema = z.uuid();
const versionSchema = z.coerce.number().int().min(0);
const blank = (value: unknown) => value === undefined || value === null || (typeof value === "string" && value.trim() === "");
const optionalId = z.preprocess((value) => (blank(value) ? undefined : value), idSchema.optional());
const text = (max: number) => z.preprocess((value) => (value === undefined || value === null ? "" : value), z.string().trim().max(max));
const requiredText = (max: number) => z.string().trim().min(1).max(max);
const idempotencyKey = z.string().max(100).optional();
const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const daySchema = z
  .string()
  .trim()
  .refine((value) => DATE.test(value) && !Number.isNaN(new Date(`${value}T00:00:00Z`).getTime()), { message: "invalidDate" });
const optionalDay = z.preprocess((value) => (blank(value) ? undefined : value), daySchema.optional());
const intIn = (min: number, max: number) => z.coerce.number({ message: "invalidNumber" }).int().min(min).max(max);
const optionalInt = (min: number, max: number) => z.preprocess((value) => (blank(value) ? undefined : value), intIn(min, max).optional());
const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true" || value === "1", z.boolean());
const money = z.preprocess(
  (value) => (blank(value) ? undefined : typeof value === "number" ? value : (parseMoney(String(value)) ?? "invalid")),
  z.number({ message: "invalidAmount" }).int().min(0).max(100_000_000_000),
);
const optionalMoney = z.preprocess(
  (value) => (blank(value) ? undefined : typeof value === "number" ? value : (parseMoney(String(value)) ?? "invalid")),
  z.number({ message: "invalidAmount" }).int().min(0).max(100_000_000_000).optional(),
);
/** Plain text body: line endings normalised. */
const bodyText = (max: number) =>
  z.preprocess((value) => (typeof value === "string" ? value.replace(/\r\n?/g, "\n") : value === undefined || value === null ? "" : value), z.string().max(max));

// Publications and issues -------------------------------------------------------------------------

const publicationFields = {
  name: requiredText(200),
  frequency: z.enum(FREQUENCIES),
  printRun: intIn(0, 10_000_000),
  priceMinor: optionalMoney,
  toHouseholds: checkbox,
  pickUpPoints: text(5_000),
  pageCapacityChars: intIn(500, 50_000),
};
export const createPublicationSchema = z.strictObject({ ...publicationFields, idempotencyKey });
export const updatePublicationSchema = z.strictObject({ ...publicationFields, id: idSchema, version: versionSchema });

const issueFields = {
  number: intIn(1, 1000),
  year: intIn(2000, 2100),
  title: text(200),
  editorialDeadline: daySchema,
  adDeadline: daySchema,
  printDate: daySchema,
  distributionDate: daySchema,
  pageCount: intIn(1, 200),
};
const daysInOrder = (value: { editorialDeadline: string; adDeadline: string; printDate: string; distributionDate: string }) =>
  value.editorialDeadline <= value.printDate && value.adDeadline <= value.printDate && value.printDate <= value.distributionDate;
export const createIssueSchema = z
  .strictObject({ ...issueFields, publicationId: idSchema, idempotencyKey })
  .refine(daysInOrder, { path: ["printDate"], message: "newspaperDaysOrder" });
export const updateIssueSchema = z.strictObject({ ...issueFields, id: idSchema, version: versionSchema }).refine(daysInOrder, { path: ["printDate"], message: "newspaperDaysOrder" });
export const issueStatusSchema = z.strictObject({ id: idSchema, version: versionSchema, status: z.enum(ISSUE_STATUSES) });
export const refSchema = z.strictObject({ id: idSchema });

// Articles ----------------------------------------------------------------------------------------

export const createArticleSchema = z.strictObject({
  issueId: idSchema,
  title: requiredText(TITLE_MAX),
  perex: text(PEREX_MAX),
  body: bodyText(BODY_MAX),
  authorName: text(200),
  allottedChars: optionalInt(1, 100_000),
  councilClubId: optionalId,
  contributorId: optionalId,
  idempotencyKey,
});
export const updateArticleSchema = z.strictObject({
  id: idSchema,
  version: versionSchema,
  title: requiredText(TITLE_MAX),
  perex: text(PEREX_MAX),
  body: bodyText(BODY_MAX),
  authorName: text(200),
  allottedChars: optionalInt(1, 100_000),
  councilClubId: optionalId,
  note: text(300),
});
export const articleStatusSchema = z
  .strictObject({ id: idSchema, version: versionSchema, status: z.enum(ARTICLE_STATUSES), reason: text(REASON_MAX) })
  .refine((value) => value.status !== "REJECTED" || value.reason.length > 0, { path: ["reason"], message: "newspaperReasonRequired" });
export const assignEditorSchema = z.strictObject({ id: idSchema, version: versionSchema, editorId: optionalId });
export const commentSchema = z.strictObject({ articleId: idSchema, body: requiredText(5_000), idempotencyKey });
export const placeSchema = z.strictObject({
  kind: z.enum(["article", "ad"]),
  id: idSchema,
  /** Empty = take it off the page. */
  page: optionalInt(1, 200),
});
export const imageMetaSchema = z.strictObject({
  articleId: idSchema,
  caption: text(500),
  credit: requiredText(200),
  publicationConsent: checkbox.refine((value) => value, { message: "newspaperConsentRequired" }),
});

// Contributors and their links ---------------------------------------------------------------------

const contributorFields = {
  name: requiredText(200),
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  phone: text(50),
  organisation: text(200),
  kind: z.enum(CONTRIBUTOR_KINDS),
  councilClubId: optionalId,
  note: text(2_000),
};
const clubForCouncil = (value: { kind: string; councilClubId?: string }) => value.kind !== "COUNCIL_MEMBER" || Boolean(value.councilClubId);
export const createContributorSchema = z.strictObject({ ...contributorFields, idempotencyKey }).refine(clubForCouncil, { path: ["councilClubId"], message: "newspaperClubRequired" });
export const updateContributorSchema = z
  .strictObject({ ...contributorFields, id: idSchema, version: versionSchema, isActive: checkbox })
  .refine(clubForCouncil, { path: ["councilClubId"], message: "newspaperClubRequired" });
export const createInviteSchema = z.strictObject({
  issueId: idSchema,
  contributorId: idSchema,
  allottedChars: intIn(100, 100_000),
  brief: text(2_000),
  deadline: optionalDay,
  idempotencyKey,
});

/** The public form (no account). Images are File values checked separately (type, size, count). */
export const submissionSchema = z.strictObject({
  token: z.string().min(20).max(100),
  title: requiredText(TITLE_MAX),
  perex: text(PEREX_MAX),
  body: bodyText(BODY_MAX).refine((value) => value.trim().length > 0, { message: "required" }),
  authorName: requiredText(200),
  submissionKey: z.string().min(8).max(100),
  imageCredit: text(200),
  imageCaption: text(500),
  publicationConsent: checkbox,
  image: z.unknown().optional(),
});

// Council ------------------------------------------------------------------------------------------

export const councilClubSchema = z.strictObject({ name: requiredText(200), seats: intIn(0, 1_000), idempotencyKey });
export const updateCouncilClubSchema = z.strictObject({ id: idSchema, version: versionSchema, name: requiredText(200), seats: intIn(0, 1_000), isActive: checkbox });
export const councilReportSchema = z.strictObject({ year: intIn(2000, 2100), publicationId: optionalId });

// Advertising -------------------------------------------------------------------------------------

const advertiserFields = {
  company: requiredText(300),
  ico: z.preprocess((value) => (blank(value) ? undefined : String(value).replace(/\s/g, "")), z.string().refine(isValidIco, { message: "newspaperInvalidIco" }).optional()),
  vatId: z.preprocess(
    (value) => (blank(value) ? undefined : String(value).replace(/\s/g, "").toUpperCase()),
    z.string().regex(/^[A-Z]{2}[0-9A-Z]{2,13}$/, { message: "newspaperInvalidVatId" }).optional(),
  ),
  street: text(300),
  city: text(200),
  postalCode: z.preprocess((value) => (blank(value) ? "" : String(value).replace(/\s/g, "")), z.string().regex(/^(\d{5})?$/, { message: "newspaperInvalidPostalCode" })),
  contactPerson: text(200),
  email: z.preprocess((value) => (blank(value) ? "" : String(value).trim().toLowerCase()), z.union([z.literal(""), z.email()])),
  phone: text(50),
  note: text(2_000),
};
export const createAdvertiserSchema = z.strictObject({ ...advertiserFields, idempotencyKey });
export const updateAdvertiserSchema = z.strictObject({ ...advertiserFields, id: idSchema, version: versionSchema, isActive: checkbox });

export const AD_SIZE_CODES = ["1/1", "1/2", "1/3", "1/4", "1/8", "1/16"] as const;
export const SHARE_OF: Record<(typeof AD_SIZE_CODES)[number], number> = { "1/1": 10_000, "1/2": 5_000, "1/3": 3_333, "1/4": 2_500, "1/8": 1_250, "1/16": 625 };
export const adSizeSchema = z.strictObject({
  publicationId: idSchema,
  code: z.enum(AD_SIZE_CODES),
  label: text(200),
  priceMinor: money,
  vatPercent: intIn(0, 100),
  validFrom: daySchema,
});
export const createAdOrderSchema = z.strictObject({
  advertiserId: idSchema,
  issueId: idSchema,
  adSizeId: idSchema,
  /** A discount in whole percent off the rate card (0–100). */
  discountPercent: z.preprocess((value) => (blank(value) ? 0 : value), intIn(0, 100)),
  placement: text(300),
  note: text(2_000),
  idempotencyKey,
});
export const adOrderStatusSchema = z.strictObject({ id: idSchema, version: versionSchema, status: z.enum(AD_ORDER_STATUSES) });
export const artworkSchema = z.strictObject({ id: idSchema, version: versionSchema, file: z.unknown() });
export const finalPdfSchema = z.strictObject({ id: idSchema, version: versionSchema, file: z.unknown() });
