import "server-only";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { cachedNewsroom } from "@/features/newsroom/cached-reads";
import { publicOrigin } from "@/features/newsroom/public-url";
import { config } from "@/server/config";
import { buildEventsIcs } from "./ics";
import { venueLines } from "./schema";

/** /newsroom/events.ics in Czech, from the newsroom cache: public events only; cancelled ones stay as CANCELLED until their last day. */
export async function eventsIcsResponse(): Promise<Response> {
  const [origin, events] = await Promise.all([publicOrigin(), cachedNewsroom.events({ includeCancelled: true })]);
  const host = (() => {
    try {
      return new URL(origin).hostname || "herald";
    } catch {
      return "herald";
    }
  })();
  const timeZone = config().CITY_TIME_ZONE;
  const body = buildEventsIcs({
    prodId: "-//Herald//Akce mesta//CS",
    name: `Akce – ${config().CITY_NAME}`,
    now: new Date(),
    events: events.map((event) => ({
      uid: `event-${event.id}@${host}`,
      startDate: event.startDate,
      endDate: event.endDate,
      summary: event.title,
      location: venueLines(event.venues).join(", ") || null,
      description: [
        event.publicDescription,
        ...(event.organiser === "PARTNER" && event.partnerName ? [`Pořadatel: ${event.partnerName}`] : []),
        ...(event.programme.length
          ? ["", "Program:", ...event.programme.map((item) => `${format(new TZDate(item.startsAt, timeZone), "d. M. HH:mm")}–${format(new TZDate(item.endsAt, timeZone), "HH:mm")} ${item.title}${item.venue ? ` (${item.venue})` : ""}`)]
          : []),
      ]
        .join("\n")
        .trim(),
      url: `${origin}/newsroom/events`,
      cancelled: event.status === "CANCELLED",
      updatedAt: event.updatedAt,
      sequence: event.version,
    })),
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="akce.ics"',
      "Cache-Control": "public, max-age=300",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
