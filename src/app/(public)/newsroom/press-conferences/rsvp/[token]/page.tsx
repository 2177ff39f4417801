import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { RsvpForm } from "@/features/press-conferences/components/rsvp-form";
import { getRsvpByToken } from "@/features/press-conferences/queries";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pressConferences.rsvp");
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

// Public, no session: the token in the invitation is the credential. The page shows the conference and
// this invitee's own answer, never anyone else's. Opening it changes nothing; only the form does.
export default async function RsvpPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, format, invitation] = await Promise.all([getTranslations("pressConferences.rsvp"), getFormatter(), getRsvpByToken(token)]);
  if (!invitation) {
    return (
      <section className="mx-auto max-w-xl py-6">
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <Notice tone="warning" className="mt-6">
          {t("invalid")}
        </Notice>
      </section>
    );
  }
  const { conference } = invitation;
  return (
    <section className="mx-auto max-w-xl py-6">
      <p className="text-sm font-medium text-brand-700">{t("title")}</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight">{conference.topic}</h1>
      <p className="mt-2 text-slate-700">
        {format.dateTime(conference.startsAt, { weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" })}–
        {format.dateTime(conference.endsAt, { hour: "2-digit", minute: "2-digit" })} · {conference.venue}
      </p>
      {conference.speakers.length > 0 && (
        <p className="mt-1 text-sm text-slate-600">{conference.speakers.map((speaker) => (speaker.function ? `${speaker.name} (${speaker.function})` : speaker.name)).join(", ")}</p>
      )}
      <p className="mt-6 text-slate-700">{t("greeting", { name: invitation.name })}</p>
      <div className="mt-4 space-y-4">
        {invitation.response && (
          <Notice>
            {invitation.response === "ATTENDING" ? t("currentAttending") : t("currentNotAttending")}
            {invitation.response === "ATTENDING" && invitation.crewNames ? ` ${t("currentCrew", { crew: invitation.crewNames })}` : ""}
          </Notice>
        )}
        {conference.status === "CANCELLED" ? (
          <Notice tone="warning">{t("cancelled")}</Notice>
        ) : invitation.open ? (
          <div className="rounded-lg border border-slate-200 bg-white p-5">
            <RsvpForm token={token} response={invitation.response} crewNames={invitation.crewNames} />
          </div>
        ) : (
          <Notice tone="warning">{t("closed")}</Notice>
        )}
      </div>
    </section>
  );
}
