// Clashes inside one visit's programme: two items overlapping in time for the same participant. Pure
// (unit-tested); the leadership's other commitments (other visits, press conferences) are read by
// commitments.ts. A clash is a warning, never a refusal: the office decides.

export interface ClashItem {
  id: string;
  startsAt: Date;
  endsAt: Date;
  activity: string;
  participantIds: readonly string[];
}

export interface InternalClash {
  participantId: string;
  first: { id: string; activity: string; startsAt: string };
  second: { id: string; activity: string; startsAt: string };
}

/** Half-open intervals [start, end): 10:00–11:00 and 11:00–12:00 do not overlap. */
export function overlaps(a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

export function findInternalClashes(items: readonly ClashItem[]): InternalClash[] {
  const sorted = [...items].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id));
  const clashes: InternalClash[] = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const [a, b] = [sorted[i], sorted[j]];
      if (b.startsAt.getTime() >= a.endsAt.getTime()) break;
      if (!overlaps(a, b)) continue;
      for (const participantId of a.participantIds) {
        if (!b.participantIds.includes(participantId)) continue;
        clashes.push({
          participantId,
          first: { id: a.id, activity: a.activity, startsAt: a.startsAt.toISOString() },
          second: { id: b.id, activity: b.activity, startsAt: b.startsAt.toISOString() },
        });
      }
    }
  }
  return clashes;
}
