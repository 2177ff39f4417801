// Office-wide settings that staff change in the app; client-safe.
import { z } from "zod";

// A checkbox sends "on" when ticked and nothing when not; a JSON caller may send a boolean.
const checkboxSchema = z.preprocess((value) => {
  if (value === undefined || value === "false" || value === "off") return false;
  if (value === "on" || value === "true") return true;
  return value;
}, z.boolean());

export const officeSettingsSchema = z.strictObject({
  /** The spokesperson may approve (and so publish) their own release without a second pair of eyes. */
  spokespersonMayPublishOwn: checkboxSchema,
  /** Media contacts with no activity (no sending, no edit) for this many years are erased by the purge job. */
  contactRetentionYears: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.coerce.number().int().min(1).max(20).optional(),
  ),
});

export type OfficeSettings = Required<z.output<typeof officeSettingsSchema>>;

export const OFFICE_SETTING_DEFAULTS: OfficeSettings = { spokespersonMayPublishOwn: true, contactRetentionYears: 3 };
