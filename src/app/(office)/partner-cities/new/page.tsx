import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/page-header";
import { PartnerCityForm } from "@/features/partner-cities/components/city-form";
import { partnerFormOptions } from "@/features/partner-cities/queries";
import { requirePageActor } from "@/server/auth/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("partnerCities"))("newTitle") };
}

export default async function NewPartnerCityPage() {
  const actor = await requirePageActor("partnerCity.manage");
  const t = await getTranslations("partnerCities");
  const options = await partnerFormOptions(actor);
  return (
    <>
      <PageHeader
        title={t("newTitle")}
        subtitle={t("newSubtitle")}
        actions={
          <Link href="/partner-cities" className="text-sm text-brand-700 hover:underline">
            ← {t("backToList")}
          </Link>
        }
      />
      <Card className="max-w-4xl">
        <PartnerCityForm options={{ resolutions: options.resolutions }} idempotencyKey={crypto.randomUUID()} />
      </Card>
    </>
  );
}
