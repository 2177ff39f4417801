// Office-wide settings that staff change in the app; client-safe.
import { z } from "zod";
import { FOI_LAWS } from "@/features/inquiries/foi";

// A checkbox sends "on" when ticked and nothing when not; a JSON caller may send a boolean.
const checkboxSchema = z.preprocess((value) => {
  if (value === undefined || value === "false" || value === "off") return false;
  if (value === "on" || value === "true") return true;
  return value;
}, z.boolean());

// Optional values are stored as "" (never JSON null): an empty field means "none".
const blank = (value: unknown) => (value === undefined || value === null ? "" : typeof value === "string" ? value.trim() : value);
const optionalDate = z.preprocess(blank, z.union([z.literal(""), z.iso.date()]));
const optionalUserId = z.preprocess(blank, z.union([z.literal(""), z.uuid()]));

export const officeSettingsSchema = z.strictObject({
  /** The spokesperson may approve (and so publish) their own release without a second pair of eyes. */
  spokespersonMayPublishOwn: checkboxSchema,
  /** The spokesperson is away (between the optional dates): inquiries go to the stand-in (seed 000). */
  spokespersonAway: checkboxSchema,
  awayFrom: optionalDate,
  awayUntil: optionalDate,
  /** Who answers journalists while the spokesperson is away; "" = the head of office. */
  inquiryStandInId: optionalUserId,
  /** Which country's freedom-of-information law sets the deadline of formal requests. */
  foiLaw: z.preprocess((value) => (value === undefined || value === "" ? "CZ" : value), z.enum(FOI_LAWS)),
  /** Media contacts with no activity (no sending, no edit) for this many years are erased by the purge job. */
  contactRetentionYears: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.coerce.number().int().min(1).max(20).optional(),
  ),
  /** Ceremony participants' personal data is erased this many months after their ceremony. */
  ceremonyRetentionMonths: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.coerce.number().int().min(1).max(120).optional(),
  ),
  /** An event whose planned budget is above this (CZK) needs the head of office's approval. */
  eventBudgetApprovalLimit: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.coerce.number().int().min(0).max(100_000_000).optional(),
  ),
});

export type OfficeSettings = Required<z.output<typeof officeSettingsSchema>>;

export const OFFICE_SETTING_DEFAULTS: OfficeSettings = {
  spokespersonMayPublishOwn: true,
  spokespersonAway: false,
  awayFrom: "",
  awayUntil: "",
  inquiryStandInId: "",
  foiLaw: "CZ",
  contactRetentionYears: 3,
  ceremonyRetentionMonths: 12,
  eventBudgetApprovalLimit: 100_000,
};
