import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { ceremonyRsvpUrl } from "@/features/ceremonies/mail";
import { getLetters } from "@/features/ceremonies/queries";
import { PrintButton } from "@/features/press-conferences/components/print-button";
import { orPageError, requirePageActor } from "@/server/auth/page-guard";
import { config } from "@/server/config";
import { appBaseUrl } from "@/server/mail/send-mail";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ceremonies"))("letters.title") };
}

// The invitation letters (mail merge on the office's letterhead): one A4 letter per scheduled family, a
// page break between them. The browser prints it to PDF ("Save as PDF"); no PDF library is involved.
export default async function LettersPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("ceremony.view");
  const { id } = await params;
  const ceremony = await orPageError(getLetters(actor, id));
  const [t, format] = await Promise.all([getTranslations("ceremonies.letters"), getFormatter()]);
  const { CITY_NAME, CITY_TIME_ZONE } = config();
  const programme = ceremony.programme.split("\n").filter(Boolean);
  return (
    <div className="letters mx-auto max-w-[210mm]" data-testid="letters">
      <style>{`@page { size: A4; margin: 20mm 18mm; } @media print { body { background: white !important; } .letter { break-after: page; box-shadow: none !important; border: 0 !important; margin: 0 !important; } .letter:last-child { break-after: auto; } }`}</style>
      <div className="no-print mb-6 flex flex-wrap gap-2">
        <Link href={`/ceremonies/${ceremony.id}`} className={buttonClass("ghost")}>
          {t("back")}
        </Link>
        <PrintButton label={t("print")} />
        <span className="self-center text-sm text-slate-600">{t("count", { count: ceremony.registrations.length })}</span>
      </div>
      {ceremony.registrations.map((letter) => (
        <article key={letter.id} className="letter mb-8 border border-slate-200 bg-white p-[18mm] text-[12pt] leading-relaxed text-slate-900 shadow-sm" data-testid="letter">
          <header className="mb-10 flex items-start justify-between border-b-2 border-slate-800 pb-3">
            <div>
              <p className="text-lg font-semibold">{CITY_NAME}</p>
              <p className="text-sm text-slate-600">{t("office")}</p>
            </div>
            <p className="text-sm text-slate-600">{format.dateTime(new Date(), { day: "numeric", month: "long", year: "numeric" })}</p>
          </header>
          <address className="mb-10 whitespace-pre-line not-italic">
            {letter.names}
            {"\n"}
            {letter.address}
          </address>
          <p className="mb-4">{t("salutation")}</p>
          <p className="mb-4">
            {t("body", {
              city: CITY_NAME,
              title: ceremony.title,
              child: letter.childName ?? "",
            })}
          </p>
          <p className="mb-1">
            <strong>{t("when")}:</strong>{" "}
            {letter.slot && format.dateTime(letter.slot.startsAt, { weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: CITY_TIME_ZONE })}
          </p>
          <p className="mb-1">
            <strong>{t("where")}:</strong> {ceremony.venue}
          </p>
          <p className="mb-4">
            <strong>{t("guests")}:</strong> {letter.guests}
          </p>
          {programme.length > 0 && (
            <>
              <p className="mb-1 font-semibold">{t("programme")}</p>
              <ul className="mb-4 ml-5 list-disc">
                {programme.map((line, index) => (
                  <li key={index}>{line}</li>
                ))}
              </ul>
            </>
          )}
          <p className="mb-10">{t("rsvp", { url: ceremonyRsvpUrl(appBaseUrl(), letter.rsvpToken) })}</p>
          <p>{t("closing")}</p>
          <p className="mt-12">{ceremony.officiant}</p>
        </article>
      ))}
    </div>
  );
}
