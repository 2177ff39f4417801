import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { PrintButton } from "@/features/press-conferences/components/print-button";
import { formatMoney } from "@/features/visits/components/money";
import { cityTime, groupByDay, upperFirst } from "@/features/visits/days";
import { getVisit } from "@/features/visits/queries";
import { orPageError, requirePageActor } from "@/server/auth/page-guard";
import { config } from "@/server/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("visits"))("itinerary.title") };
}

// The itinerary for the leadership and the drivers: A4, one column, the staff shell's chrome hidden in
// print (`no-print`, globals.css) and page margins set here. Participants in order of precedence.
export default async function ItineraryPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("visit.view");
  const { id } = await params;
  const visit = await orPageError(getVisit(actor, id));
  const [t, format, locale] = await Promise.all([getTranslations("visits"), getFormatter(), getLocale()]);
  const timeZone = config().CITY_TIME_ZONE;
  const day = (value: string) => upperFirst(format.dateTime(new Date(`${value}T12:00:00Z`), { weekday: "long", day: "numeric", month: "long", year: "numeric" }));
  const sides = (["DELEGATION", "CITY"] as const).map((side) => ({ side, people: visit.participants.filter((person) => person.side === side) }));
  const bookings = visit.bookings.filter((booking) => booking.status !== "CANCELLED");
  return (
    <article className="itinerary mx-auto max-w-[210mm] bg-white p-8 text-[13px] leading-snug text-slate-900 print:max-w-none print:p-0" data-testid="itinerary">
      <style>{`@page { size: A4; margin: 15mm 14mm; } @media print { body { background: white !important; } .itinerary section { break-inside: auto; } .itinerary tr, .itinerary li { break-inside: avoid; } }`}</style>
      <div className="no-print mb-6 flex flex-wrap gap-2">
        <Link href={`/visits/${visit.id}`} className={buttonClass("ghost")}>
          {t("itinerary.back")}
        </Link>
        <PrintButton label={t("itinerary.print")} />
        <a href={`/visits/${visit.id}/programme.ics`} className={buttonClass("secondary")}>
          {t("ics")}
        </a>
      </div>
      <header className="mb-5 border-b-2 border-slate-800 pb-3">
        <p className="text-xs uppercase tracking-widest text-slate-600">
          {t("itinerary.title")} · {t(`direction.${visit.direction}`)} · {config().CITY_NAME}
        </p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight">{visit.title}</h1>
        <p className="mt-1 text-sm">
          {day(visit.startDate)}
          {visit.endDate !== visit.startDate && <> – {day(visit.endDate)}</>} · {visit.counterpart}
        </p>
        <p className="mt-0.5 text-sm">
          {t("fields.host")}: {visit.host ?? "—"} · {t(`status.${visit.status}`)}
        </p>
        {visit.purpose && <p className="mt-2 whitespace-pre-line text-sm text-slate-700">{visit.purpose}</p>}
      </header>

      <section className="mb-6">
        <h2 className="mb-2 border-b border-slate-300 pb-1 text-base font-semibold">{t("section.programme")}</h2>
        {groupByDay(visit.programme, timeZone).map((group) => (
          <div key={group.day} className="mb-3">
            <h3 className="mb-1 text-sm font-semibold">{day(group.day)}</h3>
            <table className="w-full border-collapse" data-testid="itinerary-programme">
              <tbody>
                {group.items.map((item) => (
                  <tr key={item.id} className="border-b border-slate-200 align-top">
                    <td className="w-28 whitespace-nowrap py-1.5 pr-3 font-semibold tabular-nums">
                      {cityTime(item.startsAt, timeZone)}–{cityTime(item.endsAt, timeZone)}
                    </td>
                    <td className="py-1.5 pr-3">
                      <span className="font-medium">{item.activity}</span>
                      {item.pressInvited && <span className="ml-1 text-xs">({t("programme.press")})</span>}
                      {item.participants.length > 0 && <span className="block text-xs text-slate-700">{item.participants.map((person) => person.name).join(", ")}</span>}
                      {item.notes && <span className="block text-xs italic text-slate-600">{item.notes}</span>}
                    </td>
                    <td className="w-52 py-1.5 pr-2 text-slate-800">{item.place}</td>
                    <td className="w-36 py-1.5 text-xs text-slate-700">{item.responsible ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
        {visit.programme.length === 0 && <p className="text-slate-600">{t("programme.none")}</p>}
      </section>

      <section className="mb-6">
        <h2 className="mb-2 border-b border-slate-300 pb-1 text-base font-semibold">{t("section.participants")}</h2>
        <div className="grid grid-cols-2 gap-6">
          {sides.map(({ side, people }) => (
            <div key={side}>
              <h3 className="mb-1 text-sm font-semibold">{t(`side.${side}`)}</h3>
              <ol className="space-y-1" data-testid={`itinerary-${side.toLowerCase()}`}>
                {people.map((person) => (
                  <li key={person.id}>
                    <span className="inline-block w-5 tabular-nums text-slate-500">{person.rank}.</span> <span className="font-medium">{person.name}</span>
                    <span className="block pl-5 text-xs text-slate-700">
                      {[person.function, person.organisation, t(`role.${person.role}`)].filter(Boolean).join(" · ")}
                      {visit.restricted && person.dietary ? ` · ${t("participants.dietary")}: ${person.dietary}` : ""}
                    </span>
                  </li>
                ))}
              </ol>
            </div>
          ))}
        </div>
      </section>

      <section className="mb-6">
        <h2 className="mb-2 border-b border-slate-300 pb-1 text-base font-semibold">{t("section.logistics")}</h2>
        {bookings.length === 0 ? (
          <p className="text-slate-600">{t("logistics.none")}</p>
        ) : (
          <table className="w-full border-collapse">
            <tbody>
              {bookings.map((booking) => (
                <tr key={booking.id} className="border-b border-slate-200 align-top">
                  <td className="w-32 py-1.5 pr-3 font-medium">{t(`bookingKind.${booking.kind}`)}</td>
                  <td className="py-1.5 pr-3">
                    {booking.supplier}
                    {booking.details && <span className="block whitespace-pre-line text-xs text-slate-700">{booking.details}</span>}
                  </td>
                  <td className="w-28 py-1.5 text-right text-xs">
                    {booking.status === "REQUESTED" ? <strong>{t("bookingStatus.REQUESTED")}</strong> : t("bookingStatus.CONFIRMED")}
                    {booking.costMinor !== null && <span className="block tabular-nums">{formatMoney(locale, booking.costMinor, booking.currency)}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {visit.restricted && visit.participants.some((person) => person.contact) && (
        <section className="mb-6">
          <h2 className="mb-2 border-b border-slate-300 pb-1 text-base font-semibold">{t("itinerary.contacts")}</h2>
          <ul className="grid grid-cols-2 gap-x-6 gap-y-1">
            {visit.participants
              .filter((person) => person.contact)
              .map((person) => (
                <li key={person.id}>
                  <span className="font-medium">{person.name}</span>: {person.contact}
                </li>
              ))}
          </ul>
        </section>
      )}
      <footer className="mt-8 border-t border-slate-300 pt-2 text-xs text-slate-500">
        {t("itinerary.printed", { when: format.dateTime(new Date(), { dateStyle: "medium", timeStyle: "short" }) })}
      </footer>
    </article>
  );
}
