import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { RsvpForm } from "@/features/press-conferences/components/rsvp-form";
import { listInviteeMaterials } from "@/features/press-conferences/materials";
import { getRsvpByToken } from "@/features/press-conferences/queries";
import { formatBytes } from "@/features/release-media/format";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pressConferences.rsvp");
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "same-origin" }; // same-origin: the token never leaves the site, and a no-JavaScript post keeps its Origin (see contribute/[token])
}

// Public, no session: the token in the invitation is the credential. The page shows the conference and
// this invitee's own answer, never anyone else's. Opening it changes nothing; only the form does.
export default async function RsvpPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, format, locale, invitation, materials] = await Promise.all([
    getTranslations("pressConferences.rsvp"),
    getFormatter(),
    getLocale(),
    getRsvpByToken(token),
    listInviteeMaterials(token),
  ]);
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
      {materials.length > 0 && (
        <section aria-labelledby="materials-heading" className="mt-8" data-testid="invitee-materials">
          <h2 id="materials-heading" className="text-lg font-semibold">
            {t("materials")}
          </h2>
          <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {materials.map((material) => (
              <li key={material.id} className="px-4 py-3 text-sm">
                <a href={`/newsroom/press-conferences/rsvp/${token}/files/${material.id}?download=1`} className="font-medium text-brand-700 hover:underline">
                  {material.fileName}
                </a>
                <span className="ml-2 text-slate-500">{formatBytes(material.byteSize, locale)}</span>
                {material.caption && <p className="text-slate-600">{material.caption}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
