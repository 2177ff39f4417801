import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { createCeremonyAction } from "@/features/ceremonies/actions";
import { ActionForm } from "@/features/ceremonies/components/action-form";
import { CeremonyFields } from "@/features/ceremonies/components/ceremony-fields";
import { requirePageActor } from "@/server/auth/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ceremonies"))("new") };
}

export default async function NewCeremonyPage() {
  await requirePageActor("ceremony.manage");
  const t = await getTranslations("ceremonies");
  return (
    <>
      <PageHeader title={t("new")} />
      <ActionForm action={createCeremonyAction} className="max-w-2xl space-y-4 rounded-lg border border-slate-200 bg-white p-5">
        <input type="hidden" name="idempotencyKey" value={randomUUID()} />
        <CeremonyFields />
      </ActionForm>
    </>
  );
}
