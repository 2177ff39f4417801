// Demo for the office calendar's clash marks: a planned press conference booked into the same room at the
// same time as the next visit's programme item there (the office double-booked the room; the calendar and
// the dashboard's "next 14 days" mark both). No feed token is seeded: each person makes their own secret.
// Idempotent: matched by topic.
import type { Db } from "../../src/server/db-client";

export const DEMO_CLASH_TOPIC = "Briefing pro média v místě návštěvy";

export async function seedOverview(db: Db, now: Date): Promise<void> {
  if (await db.pressConference.findFirst({ where: { topic: DEMO_CLASH_TOPIC }, select: { id: true } })) return;
  const item = await db.programmeItem.findFirst({
    where: { startsAt: { gt: now }, visit: { status: { in: ["PLANNED", "CONFIRMED"] } } },
    orderBy: { startsAt: "asc" },
    select: { startsAt: true, place: true },
  });
  const spokesperson = await db.user.findUnique({ where: { email: "spokesperson@herald.example" }, select: { id: true, name: true } });
  if (!item || !spokesperson) return;
  const startsAt = new Date(item.startsAt.getTime() + 30 * 60_000);
  await db.pressConference.create({
    data: {
      topic: DEMO_CLASH_TOPIC,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 60 * 60_000),
      venue: item.place,
      agenda: "Program návštěvy\nDotazy novinářů",
      status: "PLANNED",
      createdById: spokesperson.id,
      speakers: { create: [{ userId: spokesperson.id, name: spokesperson.name, function: "tiskový mluvčí", position: 0 }] },
    },
  });
}
