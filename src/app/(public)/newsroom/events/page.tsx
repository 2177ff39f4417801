import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { venueLines } from "@/features/events/schema";
import { cachedNewsroom } from "@/features/newsroom/cached-reads";
import { publicOrigin } from "@/features/newsroom/public-url";

// The public calendar of the city's events (public ones only, not over, not mere ideas), from the newsroom
// cache; per request for the visitor's language.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const [t, origin] = await Promise.all([getTranslations("events.public"), publicOrigin()]);
  return {
    title: t("title"),
    description: t("subtitle"),
    alternates: { canonical: `${origin}/newsroom/events`, types: { "text/calendar": `${origin}/newsroom/events.ics` } },
  };
}

export default async function PublicEventsPage() {
  const [t, types, format, events] = await Promise.all([getTranslations("events.public"), getTranslations("events.type"), getFormatter(), cachedNewsroom.events()]);
  const day = (value: string) => format.dateTime(new Date(`${value}T12:00:00Z`), { weekday: "short", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  return (
    <div>
      <h1 className="text-3xl font-semibold tracking-tight text-slate-900 sm:text-4xl">{t("title")}</h1>
      <p className="mt-2 text-lg text-slate-600">{t("subtitle")}</p>
      <p className="no-print mt-4 text-sm">
        <a href="/newsroom/events.ics" className="inline-flex items-center gap-2 text-brand-700 hover:underline" data-testid="events-ics-link">
          {t("ics")}
        </a>
      </p>
      {events.length === 0 ? (
        <div className="mt-8 rounded-lg border border-dashed border-slate-300 p-8 text-center text-slate-600" data-testid="events-empty">
          {t("empty")}
        </div>
      ) : (
        <ol className="mt-8 divide-y divide-slate-200" data-testid="public-events">
          {events.map((event) => (
            <li key={event.id} className="py-6">
              <p className="text-sm font-medium text-brand-700">
                {day(event.startDate)}
                {event.endDate !== event.startDate && ` – ${day(event.endDate)}`} · {types(event.type)}
              </p>
              <h2 className="mt-1 text-xl font-semibold tracking-tight text-slate-900">{event.title}</h2>
              {venueLines(event.venues).length > 0 && (
                <p className="mt-1 text-slate-700">
                  <span className="text-slate-500">{t("venue")}:</span> {venueLines(event.venues).join(", ")}
                </p>
              )}
              {event.organiser === "PARTNER" && event.partnerName && (
                <p className="mt-1 text-slate-700">
                  <span className="text-slate-500">{t("organiser")}:</span> {event.partnerName}
                </p>
              )}
              {event.publicDescription && <p className="mt-2 whitespace-pre-line text-slate-700">{event.publicDescription}</p>}
              {event.programme.length > 0 && (
                <ul className="mt-2 list-disc pl-5 text-sm text-slate-600">
                  {event.programme.map((item, index) => (
                    <li key={index}>
                      {format.dateTime(item.startsAt, { day: "numeric", month: "numeric", hour: "2-digit", minute: "2-digit" })} {item.title}
                      {item.venue && ` (${item.venue})`}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
