import "server-only";
import { z } from "zod";
import { listContactsForPicker, listDistributionListsForPicker } from "@/features/media-contacts/queries";
import { type Actor, can, requirePermission } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { findSpeakerConflicts } from "./conflicts";
import { rsvpTokenSchema } from "./schema";

const listSelect = {
  id: true,
  topic: true,
  startsAt: true,
  endsAt: true,
  venue: true,
  status: true,
  councilMeeting: true,
  speakers: { select: { name: true }, orderBy: { position: "asc" as const } },
  _count: { select: { invitations: true } },
};

/** The staff list: upcoming first (soonest first), then past ones (most recent first). */
export async function listConferences(actor: Actor | null, now = new Date()) {
  requirePermission(actor, "pressConference.view");
  const [upcoming, past, attending] = await Promise.all([
    db.pressConference.findMany({ where: { endsAt: { gte: now } }, select: listSelect, orderBy: [{ startsAt: "asc" }, { id: "asc" }], take: 200 }),
    db.pressConference.findMany({ where: { endsAt: { lt: now } }, select: listSelect, orderBy: [{ startsAt: "desc" }, { id: "desc" }], take: 200 }),
    db.pressConferenceInvitation.groupBy({ by: ["conferenceId"], where: { response: "ATTENDING" }, _count: true }),
  ]);
  const attendingBy = new Map(attending.map((row) => [row.conferenceId, row._count]));
  const shape = ({ _count, speakers, ...conference }: (typeof upcoming)[number]) => ({
    ...conference,
    speakerNames: speakers.map((speaker) => speaker.name),
    invitationCount: _count.invitations,
    attendingCount: attendingBy.get(conference.id) ?? 0,
  });
  return { upcoming: upcoming.map(shape), past: past.map(shape) };
}

/** One conference with its speakers, follow-up release, invitations (for those who see contacts) and speaker conflicts. */
export async function getConference(actor: Actor | null, id: string) {
  requirePermission(actor, "pressConference.view");
  if (!z.uuid().safeParse(id).success) throw new NotFoundError();
  const conference = await db.pressConference.findUnique({
    where: { id },
    select: {
      id: true,
      topic: true,
      startsAt: true,
      endsAt: true,
      venue: true,
      agenda: true,
      status: true,
      councilMeeting: true,
      cancelledAt: true,
      materialsPublishedAt: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      createdBy: { select: { name: true } },
      followUpRelease: { select: { id: true, title: true, status: true, slug: true } },
      speakers: { select: { userId: true, name: true, function: true, position: true }, orderBy: { position: "asc" } },
    },
  });
  if (!conference) throw new NotFoundError();
  const seesContacts = can(actor, "contact.view");
  const invitations = seesContacts
    ? await db.pressConferenceInvitation.findMany({
        where: { conferenceId: id },
        select: {
          id: true,
          name: true,
          email: true,
          status: true,
          error: true,
          messageId: true,
          sentAt: true,
          response: true,
          crewNames: true,
          respondedAt: true,
          contact: { select: { outlet: { select: { name: true } } } },
        },
        orderBy: [{ name: "asc" }, { email: "asc" }],
      })
    : [];
  const conflicts = conference.status === "CANCELLED" ? [] : await findSpeakerConflicts(db, conference);
  return {
    ...conference,
    conflicts,
    seesContacts,
    invitations: invitations.map(({ contact, messageId, ...invitation }) => ({
      ...invitation,
      // "QUEUED with a Message-ID" = being sent right now (see jobs.ts).
      status: invitation.status === "QUEUED" && messageId !== null ? ("SENDING" as const) : invitation.status,
      outletName: contact.outlet?.name ?? null,
    })),
  };
}

/** The accreditation list: those who said they come, with outlet and crew, for printing. */
export async function getAccreditationList(actor: Actor | null, id: string) {
  requirePermission(actor, "pressConference.view");
  requirePermission(actor, "contact.view");
  if (!z.uuid().safeParse(id).success) throw new NotFoundError();
  const conference = await db.pressConference.findUnique({
    where: { id },
    select: { id: true, topic: true, startsAt: true, endsAt: true, venue: true, status: true },
  });
  if (!conference) throw new NotFoundError();
  const attendees = await db.pressConferenceInvitation.findMany({
    where: { conferenceId: id, response: "ATTENDING" },
    select: { id: true, name: true, crewNames: true, respondedAt: true, contact: { select: { outlet: { select: { name: true } } } } },
    orderBy: [{ contact: { outlet: { name: "asc" } } }, { name: "asc" }],
  });
  return {
    conference,
    attendees: attendees.map(({ contact, ...attendee }) => ({ ...attendee, outletName: contact.outlet?.name ?? null })),
  };
}

/** What the conference form offers: active staff as speakers, and releases to link as the follow-up. */
export async function listConferenceFormOptions(actor: Actor | null) {
  requirePermission(actor, "pressConference.manage");
  const [staff, releases] = await Promise.all([
    db.user.findMany({ where: { isActive: true, NOT: { roles: { equals: ["ADMIN"] } } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.pressRelease.findMany({
      where: { status: { not: "WITHDRAWN" } },
      select: { id: true, title: true, status: true },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: 200,
    }),
  ]);
  return { staff, releases };
}

/** Lists and contacts to invite (the spokesperson's picker). */
/** Who is invited to a conference already (the invite form greys them out). */
export async function listInvitedContactIds(actor: Actor | null, conferenceId: string): Promise<string[]> {
  requirePermission(actor, "pressConference.invite");
  if (!z.uuid().safeParse(conferenceId).success) throw new NotFoundError();
  const rows = await db.pressConferenceInvitation.findMany({ where: { conferenceId }, select: { contactId: true } });
  return rows.map((row) => row.contactId);
}

export async function listInvitationTargets(actor: Actor | null) {
  requirePermission(actor, "pressConference.invite");
  const [lists, contacts] = await Promise.all([listDistributionListsForPicker(actor), listContactsForPicker(actor)]);
  return { lists, contacts };
}

// ---------------------------------------------------------------------------------------------------
// Public (no session): the newsroom's list and ICS feed, and the RSVP page.

/**
 * Conferences the public sees: not yet over, not cancelled — plus, for the ICS feed, cancelled ones not
 * yet over (so that calendars that subscribed remove them). Speakers by name and function only.
 */
export async function listPublicConferences(now: Date, options: { includeCancelled?: boolean } = {}) {
  const rows = await db.pressConference.findMany({
    where: { endsAt: { gt: now }, status: options.includeCancelled ? { in: ["PLANNED", "INVITED", "CANCELLED"] } : { in: ["PLANNED", "INVITED"] } },
    select: {
      id: true,
      topic: true,
      startsAt: true,
      endsAt: true,
      venue: true,
      agenda: true,
      status: true,
      version: true,
      updatedAt: true,
      speakers: { select: { name: true, function: true }, orderBy: { position: "asc" } },
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: 100,
  });
  return rows;
}

/**
 * The RSVP page (the token is the credential): the conference's public details and this invitee's own
 * answer — never anyone else's. Reading changes nothing (mail scanners open links).
 */
export async function getRsvpByToken(token: string, now = new Date()) {
  if (!rsvpTokenSchema.safeParse(token).success) return null;
  const invitation = await db.pressConferenceInvitation.findUnique({
    where: { rsvpToken: token },
    select: {
      name: true,
      response: true,
      crewNames: true,
      respondedAt: true,
      conference: { select: { topic: true, startsAt: true, endsAt: true, venue: true, status: true, speakers: { select: { name: true, function: true }, orderBy: { position: "asc" } } } },
    },
  });
  if (!invitation) return null;
  const { conference } = invitation;
  const open = conference.status !== "CANCELLED" && conference.status !== "HELD" && conference.startsAt.getTime() > now.getTime();
  return { ...invitation, open };
}
