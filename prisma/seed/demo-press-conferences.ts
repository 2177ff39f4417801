// Demo press conferences (fictional people; Czech): one held last month with its follow-up release, one
// next week with invitations and a few answers, one planned, one cancelled. Idempotent: matched by topic.
import { randomBytes } from "node:crypto";
import type { Db } from "../../src/server/db-client";

const DAY = 24 * 60 * 60 * 1000;

/** A whole hour in UTC on the day `days` from now (09:00 UTC is 10:00 or 11:00 in Prague: office hours). */
function at(now: Date, days: number, hourUtc = 9): Date {
  const date = new Date(now.getTime() + days * DAY);
  date.setUTCHours(hourUtc, 0, 0, 0);
  return date;
}

export const DEMO_CONFERENCE_TOPICS = {
  held: "Rozpočet města na rok 2027 po jednání rady",
  upcoming: "Rekonstrukce Masarykova náměstí: harmonogram a objížďky",
  planned: "Nové zóny placeného stání v centru města",
  cancelled: "Nový jízdní řád městské hromadné dopravy",
} as const;

export async function seedPressConferences(db: Db, now: Date): Promise<void> {
  const user = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, name: true } }));
  const spokesperson = await user("spokesperson@herald.example");
  const head = await user("head@herald.example");
  const followUp = await db.pressRelease.findFirst({ where: { status: "PUBLISHED", language: "cs" }, orderBy: { publishedAt: "desc" }, select: { id: true } });

  const conferences = [
    {
      topic: DEMO_CONFERENCE_TOPICS.held,
      startsAt: at(now, -30),
      hours: 1,
      venue: "Radnice, obřadní síň, Masarykovo náměstí 1",
      agenda: "Hlavní body rozpočtu\nInvestice do škol a dopravy\nDotazy novinářů",
      status: "HELD" as const,
      councilMeeting: `RM ${formatDay(at(now, -31))}`,
      followUpReleaseId: followUp?.id ?? null,
      speakers: [
        { name: "Mgr. Helena Vávrová", function: "starostka" },
        { name: "Ing. Roman Kučera", function: "místostarosta pro finance" },
        { userId: spokesperson.id, name: spokesperson.name, function: "tiskový mluvčí" },
      ],
      invite: true,
    },
    {
      topic: DEMO_CONFERENCE_TOPICS.upcoming,
      startsAt: at(now, 7),
      hours: 1,
      venue: "Radnice, zasedací místnost č. 2",
      agenda: "Představení projektu\nHarmonogram prací\nObjížďky a parkování\nDotazy",
      status: "INVITED" as const,
      councilMeeting: `RM ${formatDay(at(now, 5))}`,
      followUpReleaseId: null,
      speakers: [
        { name: "Mgr. Helena Vávrová", function: "starostka" },
        { name: "Ing. arch. Lenka Šimková", function: "městská architektka" },
        { name: "Pavel Doležal", function: "stavbyvedoucí, Stavby Podhůří s. r. o." },
      ],
      invite: true,
    },
    {
      topic: DEMO_CONFERENCE_TOPICS.planned,
      startsAt: at(now, 21, 8),
      hours: 1,
      venue: "Radnice, zasedací místnost č. 2",
      agenda: "Mapa nových zón\nCeny a parkovací karty pro rezidenty\nDotazy",
      status: "PLANNED" as const,
      councilMeeting: null,
      followUpReleaseId: null,
      speakers: [
        { name: "Ing. Roman Kučera", function: "místostarosta" },
        { userId: head.id, name: head.name, function: "vedoucí tiskového oddělení" },
      ],
      invite: false,
    },
    {
      topic: DEMO_CONFERENCE_TOPICS.cancelled,
      startsAt: at(now, 3),
      hours: 1,
      venue: "Radnice, zasedací místnost č. 2",
      agenda: "Změny linek\nNové spoje do průmyslové zóny",
      status: "CANCELLED" as const,
      councilMeeting: null,
      followUpReleaseId: null,
      speakers: [{ name: "Bc. Jitka Marková", function: "ředitelka Dopravního podniku Horní Lhota" }],
      invite: false,
    },
  ];

  const contacts = await db.mediaContact.findMany({
    where: { doNotContact: false, unsubscribedAt: null, lists: { some: { list: { name: "Regionální média" } } } },
    select: { id: true, name: true, email: true },
    orderBy: { email: "asc" },
  });

  for (const conference of conferences) {
    if (await db.pressConference.findFirst({ where: { topic: conference.topic }, select: { id: true } })) continue;
    const endsAt = new Date(conference.startsAt.getTime() + conference.hours * 60 * 60 * 1000);
    const created = await db.pressConference.create({
      data: {
        topic: conference.topic,
        startsAt: conference.startsAt,
        endsAt,
        venue: conference.venue,
        agenda: conference.agenda,
        status: conference.status,
        councilMeeting: conference.councilMeeting,
        followUpReleaseId: conference.followUpReleaseId,
        cancelledAt: conference.status === "CANCELLED" ? new Date(now.getTime() - DAY) : null,
        createdById: spokesperson.id,
        createdAt: new Date(conference.startsAt.getTime() - 10 * DAY),
        speakers: { create: conference.speakers.map((speaker, position) => ({ userId: "userId" in speaker ? speaker.userId : null, name: speaker.name, function: speaker.function, position })) },
        invitations: conference.invite
          ? {
              create: contacts.map((contact, index) => {
                // A few answers: the first three attend (one with a crew), the fourth does not.
                const response = index < 3 ? ("ATTENDING" as const) : index === 3 ? ("NOT_ATTENDING" as const) : null;
                return {
                  contactId: contact.id,
                  email: contact.email,
                  name: contact.name,
                  rsvpToken: randomBytes(24).toString("base64url"),
                  status: "SENT" as const,
                  attempts: 1,
                  sentAt: new Date(conference.startsAt.getTime() - 6 * DAY),
                  response,
                  crewNames: response === "ATTENDING" && index === 1 ? "Jan Kameraman, Eva Zvukařová" : null,
                  respondedAt: response ? new Date(conference.startsAt.getTime() - 4 * DAY) : null,
                };
              }),
            }
          : undefined,
      },
      select: { id: true },
    });
    void created;
  }
}

function formatDay(date: Date): string {
  return `${date.getUTCDate()}. ${date.getUTCMonth() + 1}. ${date.getUTCFullYear()}`;
}
