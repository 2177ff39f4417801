import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { overlaps } from "./clashes";
import { personKey } from "./precedence";

type Reader = Pick<Prisma.TransactionClient, "programmeItem" | "pressConferenceSpeaker">;

/** One of this visit's programme items at the same time as another commitment of one of the city's people. */
export interface CommitmentClash {
  participantName: string;
  itemId: string;
  activity: string;
  kind: "VISIT" | "CONFERENCE";
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
 * (Events and ceremonies will join here when they exist.)
 */
export async function findCommitmentClashes(tx: Reader, visitId: string, items: Item[]): Promise<CommitmentClash[]> {
  const cityItems = items.map((item) => ({ ...item, people: item.participants.filter((person) => person.side === "CITY") })).filter((item) => item.people.length > 0);
  if (cityItems.length === 0) return [];
  const from = new Date(Math.min(...cityItems.map((item) => item.startsAt.getTime())));
  const to = new Date(Math.max(...cityItems.map((item) => item.endsAt.getTime())));
  const userIds = [...new Set(cityItems.flatMap((item) => item.people.flatMap((person) => (person.userId ? [person.userId] : []))))];

  const [otherItems, speakers] = await Promise.all([
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
    }
  }
  return clashes;
}
