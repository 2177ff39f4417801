import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/page-header";
import { ConferenceForm } from "@/features/press-conferences/components/conference-form";
import { listConferenceFormOptions } from "@/features/press-conferences/queries";
import { requirePageActor } from "@/server/auth/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pressConferences"))("newTitle") };
}

export default async function NewPressConferencePage() {
  const actor = await requirePageActor("pressConference.manage");
  const [t, options] = await Promise.all([getTranslations("pressConferences"), listConferenceFormOptions(actor)]);
  return (
    <>
      <PageHeader title={t("newTitle")} />
      <Card>
        <ConferenceForm
          mode="create"
          idempotencyKey={crypto.randomUUID()}
          options={options}
          initial={{ topic: "", startsAt: "", endsAt: "", venue: t("defaultVenue"), agenda: "", councilMeeting: "", followUpReleaseId: "", speakers: [] }}
        />
      </Card>
    </>
  );
}
