import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/page-header";
import { OfficeSettingsForm } from "@/features/settings/components/office-settings-form";
import { getOfficeSettings } from "@/features/settings/queries";
import { listColleagues } from "@/features/users/queries";
import { requirePageActor } from "@/server/auth/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("title") };
}

export default async function SettingsPage() {
  const actor = await requirePageActor("settings.manage");
  const t = await getTranslations("settings");
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <Card className="max-w-2xl">
        <OfficeSettingsForm settings={await getOfficeSettings()} colleagues={await listColleagues(actor)} />
      </Card>
    </>
  );
}
