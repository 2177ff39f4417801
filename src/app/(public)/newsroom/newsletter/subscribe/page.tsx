import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SubscribeForm } from "@/features/newsletter/components/subscribe-form";
import { config } from "@/server/config";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("newsletterMail.subscribe");
  return { title: t("title") };
}

// Public, no login: a reader subscribes to the e-mail edition of the city paper. Double opt-in: nothing
// is sent until the reader confirms the link in the confirmation e-mail.
export default async function SubscribePage() {
  const t = await getTranslations("newsletterMail.subscribe");
  return (
    <section className="mx-auto max-w-xl py-6">
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("intro", { city: config().CITY_NAME })}</p>
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-5">
        <SubscribeForm submissionKey={randomUUID()} />
      </div>
      <p className="mt-4 text-sm text-slate-600">{t("privacy")}</p>
    </section>
  );
}
