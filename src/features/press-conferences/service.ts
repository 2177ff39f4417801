import "server-only";
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { resolveRecipients } from "@/features/media-contacts/recipients";
import { cityDateTimeToDate } from "@/features/press-releases/schema";
import { writeAudit } from "@/server/audit";
import { type Actor, requirePermission } from "@/server/authz/permissions";
import { config } from "@/server/config";
import { db } from "@/server/db";
import { ConflictError, NotFoundError, PreconditionError, ValidationError } from "@/server/errors";
import { once } from "@/server/idempotency";
import { enqueueJob } from "@/server/jobs/queue";
import { parseInput } from "@/server/validation";
import { findSpeakerConflicts, type SpeakerConflict } from "./conflicts";
import { conferenceRefSchema, createConferenceSchema, inviteSchema, rsvpSchema, updateConferenceSchema } from "./schema";

type Tx = Prisma.TransactionClient;

export const INVITATION_JOB = "pressConference.invite";
/** As the distribution job: about an hour of retries while the SMTP server cannot be reached. */
export const INVITATION_JOB_MAX_ATTEMPTS = 8;
const ENTITY = "PressConference";
const MAX_DURATION_MS = 24 * 60 * 60 * 1000;

const stateSelect = {
  id: true,
  topic: true,
  startsAt: true,
  endsAt: true,
  venue: true,
  agenda: true,
  status: true,
  councilMeeting: true,
  followUpReleaseId: true,
  cancelledAt: true,
  version: true,
} as const satisfies Prisma.PressConferenceSelect;
type ConferenceState = Prisma.PressConferenceGetPayload<{ select: typeof stateSelect }>;

type EditableInput = {
  topic: string;
  startsAt: string;
  endsAt: string;
  venue: string;
  agenda: string;
  councilMeeting?: string;
  followUpReleaseId?: string;
  speakers: Array<{ userId?: string; name?: string; function?: string }>;
};

/** The fields as stored: times as instants (wall-clock in the city), speakers resolved (staff names from their account). */
async function resolveFields(tx: Tx, input: EditableInput) {
  const timeZone = config().CITY_TIME_ZONE;
  const startsAt = cityDateTimeToDate(input.startsAt, timeZone);
  const endsAt = cityDateTimeToDate(input.endsAt, timeZone);
  if (Number.isNaN(startsAt.getTime())) throw new ValidationError({ startsAt: [{ key: "invalidDateTime" }] });
  if (Number.isNaN(endsAt.getTime())) throw new ValidationError({ endsAt: [{ key: "invalidDateTime" }] });
  if (endsAt.getTime() <= startsAt.getTime()) throw new ValidationError({ endsAt: [{ key: "endsBeforeStart" }] });
  if (endsAt.getTime() - startsAt.getTime() > MAX_DURATION_MS) throw new ValidationError({ endsAt: [{ key: "conferenceTooLong" }] });

  const userIds = [...new Set(input.speakers.flatMap((speaker) => (speaker.userId ? [speaker.userId] : [])))];
  const users = await tx.user.findMany({ where: { id: { in: userIds }, isActive: true }, select: { id: true, name: true } });
  if (users.length !== userIds.length) throw new ValidationError({ speakers: [{ key: "invalidChoice" }] });
  if (userIds.length !== input.speakers.filter((speaker) => speaker.userId).length) {
    throw new ValidationError({ speakers: [{ key: "speakerTwice" }] });
  }
  const names = new Map(users.map((user) => [user.id, user.name]));
  const speakers = input.speakers.map((speaker, position) => ({
    userId: speaker.userId ?? null,
    name: speaker.userId ? (names.get(speaker.userId) as string) : (speaker.name as string),
    function: speaker.function ?? null,
    position,
  }));

  if (input.followUpReleaseId) {
    const release = await tx.pressRelease.findUnique({ where: { id: input.followUpReleaseId }, select: { status: true } });
    if (!release || release.status === "WITHDRAWN") throw new ValidationError({ followUpReleaseId: [{ key: "invalidChoice" }] });
  }
  return {
    data: {
      topic: input.topic,
      startsAt,
      endsAt,
      venue: input.venue,
      agenda: input.agenda,
      councilMeeting: input.councilMeeting ?? null,
      followUpReleaseId: input.followUpReleaseId ?? null,
    },
    speakers,
  };
}

/**
 * A new conference (PLANNED). Speakers already booked elsewhere at that time are a warning in the
 * result, not an error: the office decides. An idempotency key makes a double click one conference.
 */
export async function createConference(actor: Actor | null, rawInput: unknown): Promise<{ id: string; version: number; status: string; conflicts: SpeakerConflict[] }> {
  requirePermission(actor, "pressConference.manage");
  const input = parseInput(createConferenceSchema, rawInput);
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "pressConference.create" }, async () => {
      const { data, speakers } = await resolveFields(tx, input);
      const conference = await tx.pressConference.create({
        data: { ...data, createdById: actor.id, speakers: { createMany: { data: speakers } } },
        select: stateSelect,
      });
      await writeAudit(tx, { actorId: actor.id, action: "pressConference.create", entityType: ENTITY, entityId: conference.id, after: { ...conference, speakers } });
      const conflicts = await findSpeakerConflicts(tx, { id: conference.id, startsAt: data.startsAt, endsAt: data.endsAt, speakers });
      return { id: conference.id, version: conference.version, status: conference.status, conflicts: toJson(conflicts) };
    }),
  ) as Promise<{ id: string; version: number; status: string; conflicts: SpeakerConflict[] }>;
}

/** Saves the details and the speakers; a cancelled conference stays as it was. */
export async function updateConference(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "pressConference.manage");
  const input = parseInput(updateConferenceSchema, rawInput);
  return step(input, async (tx, current) => {
    if (current.status === "CANCELLED") throw new PreconditionError("conferenceWrongStatus");
    const { data, speakers } = await resolveFields(tx, input);
    const after = await guardedUpdate(tx, current, data);
    await tx.pressConferenceSpeaker.deleteMany({ where: { conferenceId: current.id } });
    await tx.pressConferenceSpeaker.createMany({ data: speakers.map((speaker) => ({ ...speaker, conferenceId: current.id })) });
    await writeAudit(tx, { actorId: actor.id, action: "pressConference.update", entityType: ENTITY, entityId: current.id, before: current, after: { ...after, speakers } });
    const conflicts = await findSpeakerConflicts(tx, { id: current.id, startsAt: data.startsAt, endsAt: data.endsAt, speakers });
    return { id: current.id, version: after.version, status: after.status, conflicts };
  });
}

/** PLANNED/INVITED → HELD, only once the conference has begun. */
export async function markConferenceHeld(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, "pressConference.manage");
  const input = parseInput(conferenceRefSchema, rawInput);
  return step(input, async (tx, current) => {
    if (current.status !== "PLANNED" && current.status !== "INVITED") throw new PreconditionError("conferenceWrongStatus");
    if (current.startsAt.getTime() > now.getTime()) throw new PreconditionError("conferenceNotStarted");
    const after = await guardedUpdate(tx, current, { status: "HELD" });
    await writeAudit(tx, { actorId: actor.id, action: "pressConference.held", entityType: ENTITY, entityId: current.id, before: current, after });
    return { id: current.id, version: after.version, status: after.status };
  });
}

/** PLANNED/INVITED → CANCELLED. The public list and the ICS feed show it as cancelled (until it would have begun). */
export async function cancelConference(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, "pressConference.manage");
  const input = parseInput(conferenceRefSchema, rawInput);
  return step(input, async (tx, current) => {
    if (current.status !== "PLANNED" && current.status !== "INVITED") throw new PreconditionError("conferenceWrongStatus");
    const after = await guardedUpdate(tx, current, { status: "CANCELLED", cancelledAt: now });
    await writeAudit(tx, { actorId: actor.id, action: "pressConference.cancel", entityType: ENTITY, entityId: current.id, before: current, after });
    return { id: current.id, version: after.version, status: after.status };
  });
}

/**
 * Invites the members of the chosen lists and the chosen contacts: one invitation per contact and
 * conference, ever (a unique key; contacts invited before are left alone), each with its own random RSVP
 * token. Do-not-contact and unsubscribed contacts are skipped. A job sends them (jobs.ts); the first
 * invitation moves the conference PLANNED → INVITED. Only before the conference begins.
 */
export async function sendInvitations(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, "pressConference.invite");
  const input = parseInput(inviteSchema, rawInput);
  const listIds = [...new Set(input.listIds)];
  const contactIds = [...new Set(input.contactIds)];
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "pressConference.invite" }, async () => {
      const conference = await tx.pressConference.findUnique({ where: { id: input.conferenceId }, select: stateSelect });
      if (!conference) throw new NotFoundError();
      if (conference.status !== "PLANNED" && conference.status !== "INVITED") throw new PreconditionError("conferenceWrongStatus");
      if (conference.startsAt.getTime() <= now.getTime()) throw new PreconditionError("conferenceAlreadyStarted");

      const contacts = await resolveRecipients(tx, { listIds, contactIds });
      const deliverable = contacts.filter((contact) => !contact.doNotContact && !contact.unsubscribedAt);
      const created = await tx.pressConferenceInvitation.createMany({
        data: deliverable.map((contact) => ({
          conferenceId: conference.id,
          contactId: contact.id,
          email: contact.email,
          name: contact.name,
          rsvpToken: randomBytes(24).toString("base64url"),
        })),
        skipDuplicates: true,
      });
      const result = {
        id: conference.id,
        queued: created.count,
        skipped: contacts.length - deliverable.length,
        alreadyInvited: deliverable.length - created.count,
      };
      if (created.count === 0) throw new PreconditionError("noNewInvitees");
      let version = conference.version;
      if (conference.status === "PLANNED") version = (await guardedUpdate(tx, conference, { status: "INVITED" })).version;
      await enqueueJob(tx, {
        kind: INVITATION_JOB,
        payload: { conferenceId: conference.id },
        dedupeKey: `pressConference:${conference.id}:invite:${randomBytes(8).toString("hex")}`,
        maxAttempts: INVITATION_JOB_MAX_ATTEMPTS,
      });
      // Counts and ids only: the addresses are in the invitations, not in the log.
      await writeAudit(tx, { actorId: actor.id, action: "pressConference.invite", entityType: ENTITY, entityId: conference.id, after: { listIds, contactIds, ...result } });
      return { ...result, version };
    }),
  );
}

/**
 * A journalist answers through the link in the invitation (no session: the token is the credential).
 * The answer can be changed until the conference begins; a cancelled conference takes no answers.
 */
export async function respondToInvitation(rawInput: unknown, now = new Date()) {
  const input = parseInput(rsvpSchema, rawInput);
  return db.$transaction(async (tx) => {
    const invitation = await tx.pressConferenceInvitation.findUnique({
      where: { rsvpToken: input.token },
      select: { id: true, response: true, crewNames: true, conference: { select: { id: true, status: true, startsAt: true } } },
    });
    if (!invitation) throw new NotFoundError("rsvpLinkInvalid");
    if (invitation.conference.status === "CANCELLED") throw new PreconditionError("conferenceCancelled");
    if (invitation.conference.startsAt.getTime() <= now.getTime() || invitation.conference.status === "HELD") throw new PreconditionError("rsvpClosed");
    const crewNames = input.crewNames ?? null;
    await tx.pressConferenceInvitation.update({ where: { id: invitation.id }, data: { response: input.response, crewNames, respondedAt: now } });
    await writeAudit(tx, {
      actorId: null,
      action: "pressConference.rsvp",
      entityType: "PressConferenceInvitation",
      entityId: invitation.id,
      before: { response: invitation.response, crewNames: invitation.crewNames },
      after: { response: input.response, crewNames, conferenceId: invitation.conference.id },
    });
    return { response: input.response, crewNames };
  });
}

// ---------------------------------------------------------------------------------------------------

async function step<T>(input: { id: string; version: number }, run: (tx: Tx, current: ConferenceState) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    const current = await tx.pressConference.findUnique({ where: { id: input.id }, select: stateSelect });
    if (!current) throw new NotFoundError();
    if (current.version !== input.version) throw new ConflictError("staleVersion");
    return run(tx, current);
  });
}

async function guardedUpdate(tx: Tx, current: ConferenceState, data: Prisma.PressConferenceUpdateManyMutationInput) {
  const { count } = await tx.pressConference.updateMany({ where: { id: current.id, version: current.version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new ConflictError("staleVersion");
  return tx.pressConference.findUniqueOrThrow({ where: { id: current.id }, select: stateSelect });
}

function toJson<T>(value: T): T & Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as T & Prisma.InputJsonValue;
}
