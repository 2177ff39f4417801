import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/page-header";
import { VisitForm } from "@/features/visits/components/visit-form";
import { visitFormOptions } from "@/features/visits/queries";
import { requirePageActor } from "@/server/auth/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("visits"))("newTitle") };
}

export default async function NewVisitPage() {
  const actor = await requirePageActor("visit.manage");
  const [t, options] = await Promise.all([getTranslations("visits"), visitFormOptions(actor)]);
  return (
    <>
      <PageHeader title={t("newTitle")} />
      <Card>
        <VisitForm
          mode="create"
          idempotencyKey={crypto.randomUUID()}
          staff={options.staff}
          partnerCities={options.partnerCities}
          initial={{ direction: "INCOMING", title: "", purpose: "", startDate: "", endDate: "", counterpart: "", partnerCityId: "", hostUserId: "", hostName: "", budget: "" }}
        />
      </Card>
    </>
  );
}
