import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { CeremonyRsvpForm } from "@/features/ceremonies/components/rsvp-form";
import { getRsvpByToken } from "@/features/ceremonies/queries";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ceremonies.rsvp");
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "same-origin" }; // same-origin: the token never leaves the site, and a no-JavaScript post keeps its Origin (see contribute/[token])
}

// Public, no session: the token in the invitation is the credential; only this family's own answer shows.
export default async function CeremonyRsvpPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, format, registration] = await Promise.all([getTranslations("ceremonies.rsvp"), getFormatter(), getRsvpByToken(token)]);
  if (!registration?.ceremony) {
    return (
      <section className="mx-auto max-w-xl py-6">
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <Notice tone="warning" className="mt-6">
          {t("invalid")}
        </Notice>
      </section>
    );
  }
  return (
    <section className="mx-auto max-w-xl py-6">
      <p className="text-sm font-medium text-brand-700">{t("title")}</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight">{registration.ceremony.title}</h1>
      <p className="mt-2 text-slate-700">
        {registration.slot && format.dateTime(registration.slot.startsAt, { weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" })} · {registration.ceremony.venue}
      </p>
      <p className="mt-4">{t("greeting", { names: registration.names })}</p>
      {registration.rsvp !== "PENDING" && <Notice className="mt-4">{t(registration.rsvp === "ATTENDING" ? "currentAttending" : "currentNotAttending")}</Notice>}
      {registration.ceremony.status === "PLANNED" ? (
        <div className="mt-4 rounded-lg border border-slate-200 bg-white p-5">
          <CeremonyRsvpForm token={token} />
        </div>
      ) : (
        <Notice tone="warning" className="mt-4">
          {t("closed")}
        </Notice>
      )}
    </section>
  );
}
