import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { cachedNewsroom } from "@/features/newsroom/cached-reads";
import { publicOrigin } from "@/features/newsroom/public-url";
import { agendaLines } from "@/features/press-conferences/schema";

// Upcoming press conferences (not cancelled, not over), from the newsroom cache; per request for the
// visitor's language. Times in the city's time zone (the request config's).
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const [t, origin] = await Promise.all([getTranslations("pressConferences.public"), publicOrigin()]);
  return {
    title: t("title"),
    description: t("subtitle"),
    alternates: { canonical: `${origin}/newsroom/press-conferences`, types: { "text/calendar": `${origin}/newsroom/press-conferences.ics` } },
  };
}

export default async function PublicPressConferencesPage() {
  const [t, format, conferences] = await Promise.all([getTranslations("pressConferences.public"), getFormatter(), cachedNewsroom.conferences()]);
  return (
    <div>
      <h1 className="text-3xl font-semibold tracking-tight text-slate-900 sm:text-4xl">{t("title")}</h1>
      <p className="mt-2 text-lg text-slate-600">{t("subtitle")}</p>
      <p className="no-print mt-4 text-sm">
        <a href="/newsroom/press-conferences.ics" className="inline-flex items-center gap-2 text-brand-700 hover:underline" data-testid="conferences-ics-link">
          <svg aria-hidden viewBox="0 0 16 16" className="h-4 w-4 fill-current">
            <path d="M4 1h1v2h6V1h1v2h2.5A1.5 1.5 0 0 1 16 4.5v9a1.5 1.5 0 0 1-1.5 1.5h-13A1.5 1.5 0 0 1 0 13.5v-9A1.5 1.5 0 0 1 1.5 3H4zm-3 5v7.5a.5.5 0 0 0 .5.5h13a.5.5 0 0 0 .5-.5V6z" />
          </svg>
          {t("ics")}
        </a>
      </p>
      {conferences.length === 0 ? (
        <div className="mt-8 rounded-lg border border-dashed border-slate-300 p-8 text-center text-slate-600" data-testid="conferences-empty">
          {t("empty")}
        </div>
      ) : (
        <ol className="mt-8 divide-y divide-slate-200" data-testid="public-conferences">
          {conferences.map((conference) => (
            <li key={conference.id} className="py-6">
              <p className="text-sm font-medium text-brand-700">
                <time dateTime={conference.startsAt.toISOString()}>
                  {format.dateTime(conference.startsAt, { weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" })}
                </time>
                {"–"}
                {format.dateTime(conference.endsAt, { hour: "2-digit", minute: "2-digit" })}
              </p>
              <h2 className="mt-1 text-xl font-semibold tracking-tight text-slate-900">{conference.topic}</h2>
              <p className="mt-1 text-slate-700">
                <span className="text-slate-500">{t("venue")}:</span> {conference.venue}
              </p>
              {conference.speakers.length > 0 && (
                <p className="mt-1 text-slate-700">
                  <span className="text-slate-500">{t("speakers")}:</span>{" "}
                  {conference.speakers.map((speaker) => (speaker.function ? `${speaker.name} (${speaker.function})` : speaker.name)).join(", ")}
                </p>
              )}
              {agendaLines(conference.agenda).length > 0 && (
                <ul className="mt-2 list-disc pl-5 text-sm text-slate-600">
                  {agendaLines(conference.agenda).map((line, index) => (
                    <li key={index}>{line}</li>
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
