import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/page-header";
import { NewspaperSectionLinks } from "@/features/newsletter/components/section-links";
import { BillingProfileForm } from "@/features/newspaper-invoices/components/invoice-forms";
import { getBillingProfile } from "@/features/newspaper-invoices/queries";
import { requirePageActor } from "@/server/auth/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("newspaperBilling.profile"))("title") };
}

// The supplier printed on every invoice (the city) and the due period; an invoice keeps its own copy.
export default async function BillingProfilePage() {
  const actor = await requirePageActor("newspaperInvoice.manage");
  const t = await getTranslations("newspaperBilling.profile");
  const profile = await getBillingProfile(actor);
  return (
    <>
      <NewspaperSectionLinks actor={actor} current="invoices" />
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <Card className="max-w-3xl">
        <BillingProfileForm profile={profile} />
      </Card>
    </>
  );
}
