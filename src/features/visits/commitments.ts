import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { overlaps } from "./clashes";
import { personKey } from "./precedence";

type Reader = Pick<Prisma.TransactionClient, "programmeItem" | "pressConferenceSpeaker" | "eventPerson">;

/** One of this visit's programme items at the same time as another commitment of one of the city's people. */
export interface CommitmentClash {
  participantName: string;
  itemId: string;
  activity: string;
  kind: "VISIT" | "CONFERENCE" | "EVENT";
  /** The other visit's or conference's id (for a link) and title. */
  otherId: string;
  otherTitle: string;
  /** ISO instants (results travel as JSON). */
  startsAt: string;
  endsAt: string;
}

interface Person {
  userId: string | null;
  name: string;
  side: string;
}

interface Item {
  id: string;
  startsAt: Date;
  endsAt: Date;
  activity: string;
  participants: Person[];
}

const samePerson = (a: { userId: string | null; name: string }, b: { userId: string | null; name: string }) =>
  a.userId && b.userId ? a.userId === b.userId : !a.userId && !b.userId && personKey(a.name) === personKey(b.name);

/**
 * The leadership's other commitments: for the city's people in this visit's programme (staff by account,
 * others — the mayor without an account — by name), programme items of other visits that are not
 * cancelled, and press conferences that are not cancelled where they speak, overlapping in time.
 * cancelled, press conferences that are not cancelled where they speak, and the leadership's attendance at
 * events that are not cancelled, overlapping in time. (Ceremonies will join here when they exist.)
 */
export async function findCommitmentClashes(tx: Reader, visitId: string, items: Item[]): Promise<CommitmentClash[]> {
  const cityItems = items.map((item) => ({ ...item, people: item.participants.filter((person) => person.side === "CITY") })).filter((item) => item.people.length > 0);
  if (cityItems.length === 0) return [];
  const from = new Date(Math.min(...cityItems.map((item) => item.startsAt.getTime())));
  const to = new Date(Math.max(...cityItems.map((item) => item.endsAt.getTime())));
  const userIds = [...new Set(cityItems.flatMap((item) => item.people.flatMap((person) => (person.userId ? [person.userId] : []))))];

  const [otherItems, speakers, attendances] = await Promise.all([
    tx.programmeItem.findMany({
      where: { visitId: { not: visitId }, visit: { status: { not: "CANCELLED" } }, startsAt: { lt: to }, endsAt: { gt: from } },
      select: {
        startsAt: true,
        endsAt: true,
        activity: true,
        visit: { select: { id: true, title: true } },
        participants: { where: { participant: { side: "CITY", OR: [{ userId: { in: userIds } }, { userId: null }] } }, select: { participant: { select: { userId: true, name: true } } } },
      },
      orderBy: { startsAt: "asc" },
      take: 500,
    }),
    tx.pressConferenceSpeaker.findMany({
      where: { conference: { status: { not: "CANCELLED" }, startsAt: { lt: to }, endsAt: { gt: from } }, OR: [{ userId: { in: userIds } }, { userId: null }] },
      select: { userId: true, name: true, conference: { select: { id: true, topic: true, startsAt: true, endsAt: true } } },
      take: 500,
    }),
    eventAttendances(tx, from, to, userIds),
  ]);

  const clashes: CommitmentClash[] = [];
  for (const item of cityItems) {
    for (const person of item.people) {
      for (const other of otherItems) {
        if (!overlaps(item, other)) continue;
        if (!other.participants.some(({ participant }) => samePerson(person, participant))) continue;
        clashes.push({ participantName: person.name, itemId: item.id, activity: item.activity, kind: "VISIT", otherId: other.visit.id, otherTitle: `${other.visit.title}: ${other.activity}`, startsAt: other.startsAt.toISOString(), endsAt: other.endsAt.toISOString() });
      }
      for (const speaker of speakers) {
        if (!overlaps(item, speaker.conference) || !samePerson(person, speaker)) continue;
        clashes.push({ participantName: person.name, itemId: item.id, activity: item.activity, kind: "CONFERENCE", otherId: speaker.conference.id, otherTitle: speaker.conference.topic, startsAt: speaker.conference.startsAt.toISOString(), endsAt: speaker.conference.endsAt.toISOString() });
      }
      for (const attendance of attendances) {
        if (!overlaps(item, attendance) || !samePerson(person, attendance)) continue;
        clashes.push({ participantName: person.name, itemId: item.id, activity: item.activity, kind: "EVENT", otherId: attendance.event.id, otherTitle: attendance.event.title, startsAt: attendance.startsAt.toISOString(), endsAt: attendance.endsAt.toISOString() });
      }
    }
  }
  return clashes;
}

/** The leadership's attendance at events that are not cancelled, overlapping [from, to). */
async function eventAttendances(tx: Pick<Reader, "eventPerson">, from: Date, to: Date, userIds: string[], excludeEventId?: string) {
  const rows = await tx.eventPerson.findMany({
    where: {
      role: "LEADERSHIP",
      startsAt: { lt: to },
      endsAt: { gt: from },
      event: { status: { not: "CANCELLED" }, ...(excludeEventId ? { id: { not: excludeEventId } } : {}) },
      OR: [{ userId: { in: userIds } }, { userId: null }],
    },
    select: { id: true, userId: true, name: true, startsAt: true, endsAt: true, event: { select: { id: true, title: true } } },
    take: 500,
  });
  return rows.flatMap((row) => (row.startsAt && row.endsAt ? [{ ...row, startsAt: row.startsAt, endsAt: row.endsAt }] : []));
}

/** An event leader's attendance at the same time as another commitment of theirs. */
export interface EventClash {
  personId: string;
  personName: string;
  kind: "VISIT" | "CONFERENCE" | "EVENT";
  otherId: string;
  otherTitle: string;
  startsAt: string;
  endsAt: string;
}

/**
 * The same check seen from an event: for each leadership attendance (staff by account, others by name),
 * the city's people in programme items of visits that are not cancelled, speakers of press conferences that
 * are not cancelled, and the leadership's attendance at other events that are not cancelled.
 */
export async function findEventClashes(
  tx: Reader,
  eventId: string,
  people: Array<{ id: string; userId: string | null; name: string; startsAt: Date | null; endsAt: Date | null }>,
): Promise<EventClash[]> {
  const timed = people.flatMap((person) => (person.startsAt && person.endsAt ? [{ ...person, startsAt: person.startsAt, endsAt: person.endsAt }] : []));
  if (timed.length === 0) return [];
  const from = new Date(Math.min(...timed.map((person) => person.startsAt.getTime())));
  const to = new Date(Math.max(...timed.map((person) => person.endsAt.getTime())));
  const userIds = [...new Set(timed.flatMap((person) => (person.userId ? [person.userId] : [])))];
  const [items, speakers, attendances] = await Promise.all([
    tx.programmeItem.findMany({
      where: { visit: { status: { not: "CANCELLED" } }, startsAt: { lt: to }, endsAt: { gt: from } },
      select: {
        startsAt: true,
        endsAt: true,
        activity: true,
        visit: { select: { id: true, title: true } },
        participants: { where: { participant: { side: "CITY", OR: [{ userId: { in: userIds } }, { userId: null }] } }, select: { participant: { select: { userId: true, name: true } } } },
      },
      take: 500,
    }),
    tx.pressConferenceSpeaker.findMany({
      where: { conference: { status: { not: "CANCELLED" }, startsAt: { lt: to }, endsAt: { gt: from } }, OR: [{ userId: { in: userIds } }, { userId: null }] },
      select: { userId: true, name: true, conference: { select: { id: true, topic: true, startsAt: true, endsAt: true } } },
      take: 500,
    }),
    eventAttendances(tx, from, to, userIds, eventId),
  ]);
  const clashes: EventClash[] = [];
  for (const person of timed) {
    for (const item of items) {
      if (!overlaps(person, item) || !item.participants.some(({ participant }) => samePerson(person, participant))) continue;
      clashes.push({ personId: person.id, personName: person.name, kind: "VISIT", otherId: item.visit.id, otherTitle: `${item.visit.title}: ${item.activity}`, startsAt: item.startsAt.toISOString(), endsAt: item.endsAt.toISOString() });
    }
    for (const speaker of speakers) {
      if (!overlaps(person, speaker.conference) || !samePerson(person, speaker)) continue;
      clashes.push({ personId: person.id, personName: person.name, kind: "CONFERENCE", otherId: speaker.conference.id, otherTitle: speaker.conference.topic, startsAt: speaker.conference.startsAt.toISOString(), endsAt: speaker.conference.endsAt.toISOString() });
    }
    for (const other of attendances) {
      if (!overlaps(person, other) || !samePerson(person, other)) continue;
      clashes.push({ personId: person.id, personName: person.name, kind: "EVENT", otherId: other.event.id, otherTitle: other.event.title, startsAt: other.startsAt.toISOString(), endsAt: other.endsAt.toISOString() });
    }
  }
  return clashes;
}
