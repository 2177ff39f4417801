import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { RegistrationForm } from "@/features/ceremonies/components/registration-form";
import { requirePageActor } from "@/server/auth/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ceremonies"))("paper.title") };
}

export default async function PaperRegistrationPage() {
  await requirePageActor("ceremony.manage");
  const t = await getTranslations("ceremonies");
  return (
    <>
      <PageHeader title={t("paper.title")} subtitle={t("paper.subtitle")} />
      <div className="max-w-xl rounded-lg border border-slate-200 bg-white p-5">
        <RegistrationForm mode="paper" submissionKey={randomUUID()} />
      </div>
    </>
  );
}
