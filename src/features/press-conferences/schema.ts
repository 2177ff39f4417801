// Input schemas of the press-conferences module; client-safe (the forms use the limits too).
import { z } from "zod";
import { ALT_MAX, CAPTION_MAX, fileSchema, MEDIA_KINDS } from "@/features/release-media/schema";

export const CONFERENCE_STATUSES = ["PLANNED", "INVITED", "HELD", "CANCELLED"] as const;
export type ConferenceStatus = (typeof CONFERENCE_STATUSES)[number];
export const RSVP_RESPONSES = ["ATTENDING", "NOT_ATTENDING"] as const;
export type RsvpResponse = (typeof RSVP_RESPONSES)[number];

/** Rows of speakers the form offers (empty rows are ignored). */
export const SPEAKER_ROWS = 6;
export const MAX_SPEAKERS = 20;

const idSchema = z.uuid();
const versionSchema = z.coerce.number().int().min(0);
const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const optionalIdSchema = z.preprocess(blankToUndefined, idSchema.optional());
const optionalText = (max: number) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), z.string().trim().max(max).optional());

// `<input type="datetime-local">` (the city's wall-clock time) or a full ISO string with a zone.
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/;
const dateTimeSchema = z
  .string()
  .trim()
  .refine((value) => LOCAL_DATE_TIME.test(value) || z.iso.datetime({ offset: true }).safeParse(value).success, { message: "invalidDateTime" });

const speakerSchema = z
  .strictObject({
    userId: optionalIdSchema,
    name: optionalText(200),
    function: optionalText(200),
  })
  .refine((speaker) => speaker.userId || speaker.name, { message: "speakerNameRequired", path: ["name"] });
export type SpeakerInput = z.input<typeof speakerSchema>;

const asList = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);

/**
 * The form sends speakers as parallel fields (speakerUserId[], speakerName[], speakerFunction[], one per
 * row); scripts and tests send `speakers: [{ userId?, name?, function? }]`. Rows left empty are dropped.
 */
function speakersFromForm(raw: unknown): unknown {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return raw;
  const input = { ...(raw as Record<string, unknown>) };
  if (!("speakerUserId" in input || "speakerName" in input || "speakerFunction" in input)) return input;
  const userIds = asList(input.speakerUserId);
  const names = asList(input.speakerName);
  const functions = asList(input.speakerFunction);
  delete input.speakerUserId;
  delete input.speakerName;
  delete input.speakerFunction;
  const rows = Math.max(userIds.length, names.length, functions.length);
  const speakers: unknown[] = [];
  for (let i = 0; i < rows; i++) {
    const row = { userId: userIds[i] ?? "", name: names[i] ?? "", function: functions[i] ?? "" };
    if ([row.userId, row.name, row.function].every((value) => typeof value === "string" && value.trim() === "")) continue;
    speakers.push(row);
  }
  input.speakers = [...asList(input.speakers), ...speakers];
  return input;
}

const editableFields = {
  topic: z.string().trim().min(1).max(250),
  startsAt: dateTimeSchema,
  endsAt: dateTimeSchema,
  venue: z.string().trim().min(1).max(300),
  agenda: z.preprocess((value) => (value === undefined || value === null ? "" : value), z.string().trim().max(5000)),
  councilMeeting: optionalText(100),
  followUpReleaseId: optionalIdSchema,
  speakers: z.array(speakerSchema).max(MAX_SPEAKERS).default([]),
};

export const createConferenceSchema = z.preprocess(
  speakersFromForm,
  z.strictObject({ ...editableFields, idempotencyKey: z.string().max(100).optional() }),
);
export type CreateConferenceInput = z.input<typeof createConferenceSchema>;

export const updateConferenceSchema = z.preprocess(speakersFromForm, z.strictObject({ id: idSchema, version: versionSchema, ...editableFields }));

export const conferenceRefSchema = z.strictObject({ id: idSchema, version: versionSchema });

// Checkboxes: none ticked sends nothing, one sends a string.
const idListSchema = z.preprocess((value) => (value === undefined || value === null || value === "" ? [] : asList(value)), z.array(idSchema).max(1000));

export const inviteSchema = z
  .strictObject({
    conferenceId: idSchema,
    listIds: idListSchema,
    contactIds: idListSchema,
    idempotencyKey: z.string().max(100).optional(),
  })
  .refine((input) => input.listIds.length + input.contactIds.length > 0, { path: ["listIds"], message: "noRecipientsChosen" });

/** The token in an RSVP link (URL-safe random). */
export const rsvpTokenSchema = z.string().min(16).max(200).regex(/^[A-Za-z0-9_-]+$/);

export const rsvpSchema = z
  .strictObject({
    token: rsvpTokenSchema,
    response: z.enum(RSVP_RESPONSES),
    crewNames: optionalText(500),
  })
  .transform((input) => ({ ...input, crewNames: input.response === "ATTENDING" ? input.crewNames : undefined }));

/** Plain-text agenda as lines (the form's one-item-a-line textarea). */
export function agendaLines(agenda: string): string[] {
  return agenda
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

// Materials for the journalists: PDFs and photos, checked like a release's files (release-media).
export const uploadMaterialSchema = z.strictObject({
  conferenceId: idSchema,
  kind: z.enum(MEDIA_KINDS),
  file: fileSchema,
  caption: optionalText(CAPTION_MAX),
  altText: optionalText(ALT_MAX),
});
export const removeMaterialSchema = z.strictObject({ id: idSchema });
export const publishMaterialsSchema = z.strictObject({
  conferenceId: idSchema,
  published: z.enum(["true", "false"]).transform((value) => value === "true"),
});
