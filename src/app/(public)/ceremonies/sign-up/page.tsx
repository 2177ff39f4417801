import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RegistrationForm } from "@/features/ceremonies/components/registration-form";
import { config } from "@/server/config";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ceremonies.signUp");
  return { title: t("title") };
}

// Public, no login: parents sign up their child for a welcoming, jubilants (or their relatives) for a
// jubilee. Limited per client address; the consent is recorded with its version, time and source.
export default async function SignUpPage() {
  const t = await getTranslations("ceremonies.signUp");
  return (
    <section className="mx-auto max-w-xl py-6">
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("intro", { city: config().CITY_NAME })}</p>
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-5">
        <RegistrationForm mode="public" submissionKey={randomUUID()} />
      </div>
      <p className="mt-4 text-sm text-slate-600">{t("privacy")}</p>
    </section>
  );
}
