import "server-only";
import type { Prisma } from "@/generated/prisma/client";

type Reader = Pick<Prisma.TransactionClient, "pressConferenceSpeaker" | "programmeItem">;

/** A speaker of this conference who is on another one at an overlapping time. */
export interface SpeakerConflict {
  speakerName: string;
  conferenceId: string;
  topic: string;
  /** Set when the other commitment is a protocol visit's programme item (conferenceId is then empty). */
  visitId?: string;
  /** ISO instants (the result travels as JSON through the idempotency store). */
  startsAt: string;
  endsAt: string;
}

/**
 * Speakers already booked at the time: a staff speaker by account, a guest by the same name (case and
 * surrounding spaces ignored), on another conference that is not cancelled and overlaps [startsAt, endsAt).
 * A warning for the office, never a refusal. Also the other way round from visits/commitments.ts: a
 * speaker who is one of the city's people in a protocol visit's programme item at that time (staff by
 * account, others by name), unless the visit is cancelled. (Events will join here when they are built.)
 */
export async function findSpeakerConflicts(
  tx: Reader,
  conference: { id: string; startsAt: Date; endsAt: Date; speakers: Array<{ userId: string | null; name: string }> },
): Promise<SpeakerConflict[]> {
  if (conference.speakers.length === 0) return [];
  const userIds = conference.speakers.flatMap((speaker) => (speaker.userId ? [speaker.userId] : []));
  const guestNames = new Set(conference.speakers.filter((speaker) => !speaker.userId).map((speaker) => normalize(speaker.name)));
  const overlapping = { id: { not: conference.id }, status: { not: "CANCELLED" as const }, startsAt: { lt: conference.endsAt }, endsAt: { gt: conference.startsAt } };
  const candidates = await tx.pressConferenceSpeaker.findMany({
    where: { conference: overlapping, OR: [{ userId: { in: userIds } }, { userId: null }] },
    select: { name: true, userId: true, conference: { select: { id: true, topic: true, startsAt: true, endsAt: true } } },
    orderBy: [{ conference: { startsAt: "asc" } }, { position: "asc" }],
    take: 200,
  });
  const conferenceConflicts = candidates
    .filter((candidate) => (candidate.userId ? userIds.includes(candidate.userId) : guestNames.has(normalize(candidate.name))))
    .map((candidate) => ({
      speakerName: candidate.name,
      conferenceId: candidate.conference.id,
      topic: candidate.conference.topic,
      startsAt: candidate.conference.startsAt.toISOString(),
      endsAt: candidate.conference.endsAt.toISOString(),
    }));
  const visitItems = await tx.programmeItem.findMany({
    where: { visit: { status: { not: "CANCELLED" } }, startsAt: { lt: conference.endsAt }, endsAt: { gt: conference.startsAt } },
    select: {
      startsAt: true,
      endsAt: true,
      activity: true,
      visit: { select: { id: true, title: true } },
      participants: { where: { participant: { side: "CITY", OR: [{ userId: { in: userIds } }, { userId: null }] } }, select: { participant: { select: { userId: true, name: true } } } },
    },
    orderBy: { startsAt: "asc" },
    take: 200,
  });
  const visitConflicts = visitItems.flatMap((item) =>
    item.participants
      .filter(({ participant }) => (participant.userId ? userIds.includes(participant.userId) : guestNames.has(normalize(participant.name))))
      .map(({ participant }) => ({
        speakerName: participant.name,
        conferenceId: "",
        visitId: item.visit.id,
        topic: `${item.visit.title}: ${item.activity}`,
        startsAt: item.startsAt.toISOString(),
        endsAt: item.endsAt.toISOString(),
      })),
  );
  return [...conferenceConflicts, ...visitConflicts];
}

function normalize(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLocaleLowerCase("cs");
}
