import "server-only";
import { cachedNewsroom } from "@/features/newsroom/cached-reads";
import { publicOrigin } from "@/features/newsroom/public-url";
import { config } from "@/server/config";
import { buildIcs } from "./ics";
import { agendaLines } from "./schema";

/** The feed in Czech (the city's language), from the newsroom cache; cancelled conferences stay in it as CANCELLED until they would have ended. */
export async function conferencesIcsResponse(): Promise<Response> {
  const [origin, conferences] = await Promise.all([publicOrigin(), cachedNewsroom.conferences({ includeCancelled: true })]);
  const host = (() => {
    try {
      return new URL(origin).hostname || "herald";
    } catch {
      return "herald";
    }
  })();
  const body = buildIcs({
    prodId: "-//Herald//Tiskove konference//CS",
    name: `Tiskové konference – ${config().CITY_NAME}`,
    now: new Date(),
    events: conferences.map((conference) => ({
      uid: `${conference.id}@${host}`,
      startsAt: conference.startsAt,
      endsAt: conference.endsAt,
      summary: `Tisková konference: ${conference.topic}`,
      location: conference.venue,
      description: [
        ...(conference.speakers.length ? ["Vystoupí:", ...conference.speakers.map((speaker) => (speaker.function ? `${speaker.name}, ${speaker.function}` : speaker.name))] : []),
        ...(agendaLines(conference.agenda).length ? ["", "Program:", ...agendaLines(conference.agenda)] : []),
      ].join("\n"),
      url: `${origin}/newsroom/press-conferences`,
      cancelled: conference.status === "CANCELLED",
      updatedAt: conference.updatedAt,
      sequence: conference.version,
    })),
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="tiskove-konference.ics"',
      "Cache-Control": "public, max-age=300",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
