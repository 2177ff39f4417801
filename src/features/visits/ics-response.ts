import "server-only";
import { buildIcs } from "@/features/press-conferences/ics";
import type { Actor } from "@/server/authz/permissions";
import { AppError } from "@/server/errors";
import { config } from "@/server/config";
import { getVisit } from "./queries";

/** The visit's programme as an iCalendar file (the press conferences' builder), for the staff's calendars. */
export async function programmeIcsResponse(actor: Actor | null, id: string, origin: string): Promise<Response> {
  let visit: Awaited<ReturnType<typeof getVisit>>;
  try {
    visit = await getVisit(actor, id);
  } catch (error) {
    if (error instanceof AppError) return new Response(error.messageKey, { status: error.status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    throw error;
  }
  const host = (() => {
    try {
      return new URL(origin).hostname || "herald";
    } catch {
      return "herald";
    }
  })();
  const body = buildIcs({
    prodId: "-//Herald//Protokolarni navstevy//CS",
    name: `${visit.title} – ${config().CITY_NAME}`,
    now: new Date(),
    events: visit.programme.map((item) => ({
      uid: `${item.id}@${host}`,
      startsAt: item.startsAt,
      endsAt: item.endsAt,
      summary: `${item.activity} – ${visit.title}`,
      location: item.place,
      description: [
        ...(item.participants.length ? ["Účastníci:", ...item.participants.map((person) => person.name)] : []),
        ...(item.responsible ? ["", `Odpovídá: ${item.responsible}`] : []),
        ...(item.pressInvited ? ["", "Za účasti médií"] : []),
        ...(item.notes ? ["", item.notes] : []),
      ].join("\n"),
      url: `${origin}/visits/${visit.id}`,
      cancelled: visit.status === "CANCELLED",
      updatedAt: visit.updatedAt,
      sequence: visit.version,
    })),
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="program-navstevy.ics"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
