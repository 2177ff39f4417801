// Input schemas and the length limits of the channel variants; client-safe (the editor shows the same limits).
import { z } from "zod";
import type { FieldIssue } from "@/server/errors";
import { normalizeVariantText, RADIO_MAX_CHARACTERS, SMS_MAX_SEGMENTS, smsSegments, SOCIAL_LIMIT, socialLength } from "./sms";

export const CHANNELS = ["SMS", "SOCIAL", "RADIO"] as const;
export type Channel = (typeof CHANNELS)[number];

/** "From an approved release": variants are written and approved only for a release in these states. */
export const VARIANT_RELEASE_STATUSES = ["APPROVED", "SCHEDULED", "PUBLISHED"] as const;

export function variantsAllowedFor(releaseStatus: string): boolean {
  return (VARIANT_RELEASE_STATUSES as readonly string[]).includes(releaseStatus);
}

const idSchema = z.uuid();
const versionSchema = z.coerce.number().int().min(0);
// A form sends "" for a variant not saved yet: that means "create".
const optionalVersionSchema = z.preprocess((value) => (value === "" || value === null ? undefined : value), versionSchema.optional());

/** CR LF → LF, NFC, trimmed: what the counters count is what is stored. */
const variantTextSchema = z.preprocess(
  (value) => (typeof value === "string" ? normalizeVariantText(value).trim() : value),
  // A generous outer bound; the channel's own limit is checked by `channelTextIssue`.
  z.string().min(1).max(10_000),
);

export const saveChannelVariantSchema = z.strictObject({
  pressReleaseId: idSchema,
  channel: z.enum(CHANNELS),
  text: variantTextSchema,
  /** The version the editor started from; absent when the variant does not exist yet. */
  version: optionalVersionSchema,
});
export type SaveChannelVariantInput = z.input<typeof saveChannelVariantSchema>;

export const approveChannelVariantSchema = z.strictObject({ id: idSchema, version: versionSchema });

export const listChannelVariantsSchema = z.strictObject({ pressReleaseId: idSchema });

/**
 * The channel's length limit, as a `validation.*` issue of the text field, or null when the text fits:
 * SMS at most 10 parts (1,530 GSM-7 characters, 670 UCS-2), social 500 code points, radio 3,000.
 */
export function channelTextIssue(channel: Channel, text: string): FieldIssue | null {
  switch (channel) {
    case "SMS":
      return smsSegments(text).segments > SMS_MAX_SEGMENTS ? { key: "smsTooManySegments", values: { max: SMS_MAX_SEGMENTS } } : null;
    case "SOCIAL":
      return socialLength(text) > SOCIAL_LIMIT ? { key: "tooLong", values: { max: SOCIAL_LIMIT } } : null;
    case "RADIO":
      return [...text].length > RADIO_MAX_CHARACTERS ? { key: "tooLong", values: { max: RADIO_MAX_CHARACTERS } } : null;
  }
}
