import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { getAccreditationList } from "@/features/press-conferences/queries";
import { PrintButton } from "@/features/press-conferences/components/print-button";
import { orPageError, requirePageActor } from "@/server/auth/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pressConferences"))("accreditation.title") };
}

// A print-friendly list for the door: name, outlet, crew and a column to sign. The staff shell's
// navigation carries `no-print`; the print stylesheet (globals.css) hides it.
export default async function AccreditationPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("pressConference.view");
  const { id } = await params;
  const { conference, attendees } = await orPageError(getAccreditationList(actor, id));
  const [t, format] = await Promise.all([getTranslations("pressConferences"), getFormatter()]);
  const when = `${format.dateTime(conference.startsAt, { weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" })}–${format.dateTime(conference.endsAt, { hour: "2-digit", minute: "2-digit" })}`;
  return (
    <article className="accreditation mx-auto max-w-4xl bg-white p-6 print:p-0 print:shadow-none">
      <div className="no-print mb-6 flex flex-wrap gap-2">
        <Link href={`/press-conferences/${conference.id}`} className={buttonClass("ghost")}>
          {t("accreditation.back")}
        </Link>
        <PrintButton label={t("accreditation.print")} />
      </div>
      <header className="mb-6 border-b border-slate-300 pb-4">
        <p className="text-sm uppercase tracking-wide text-slate-500">{t("accreditation.title")}</p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight">{conference.topic}</h1>
        <p className="mt-1 text-slate-700">
          {when} · {conference.venue}
        </p>
      </header>
      {attendees.length === 0 ? (
        <p className="text-slate-600">{t("accreditation.empty")}</p>
      ) : (
        <table className="w-full border-collapse text-sm" data-testid="accreditation-list">
          <thead>
            <tr className="border-b-2 border-slate-400 text-left">
              <th className="w-10 py-2 pr-2 font-semibold">#</th>
              <th className="py-2 pr-3 font-semibold">{t("accreditation.name")}</th>
              <th className="py-2 pr-3 font-semibold">{t("accreditation.outlet")}</th>
              <th className="py-2 pr-3 font-semibold">{t("accreditation.crew")}</th>
              <th className="w-48 py-2 font-semibold">{t("accreditation.signature")}</th>
            </tr>
          </thead>
          <tbody>
            {attendees.map((attendee, index) => (
              <tr key={attendee.id} className="break-inside-avoid border-b border-slate-300 align-top">
                <td className="py-3 pr-2 tabular-nums">{index + 1}.</td>
                <td className="py-3 pr-3 font-medium">{attendee.name}</td>
                <td className="py-3 pr-3">{attendee.outletName ?? "—"}</td>
                <td className="py-3 pr-3">{attendee.crewNames ?? "—"}</td>
                <td className="py-3" />
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="mt-6 text-xs text-slate-500">{t("accreditation.count", { count: attendees.length })}</p>
    </article>
  );
}
