import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/page-header";
import { ContactForm } from "@/features/media-contacts/components/contact-form";
import { listOutletOptions } from "@/features/media-contacts/queries";
import { requirePageActor } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contacts"))("newTitle") };
}

export default async function NewContactPage() {
  const actor = await requirePageActor("contact.manage");
  const t = await getTranslations("contacts");
  const outlets = await listOutletOptions(actor);
  return (
    <>
      <PageHeader title={t("newTitle")} actions={<LinkButton href="/contacts" variant="secondary">{t("backToList")}</LinkButton>} />
      <Card className="max-w-4xl">
        <ContactForm
          mode="create"
          idempotencyKey={crypto.randomUUID()}
          outlets={outlets}
          showPrivate={can(actor, "contact.viewPrivate")}
          initial={{ name: "", email: "", outletId: "", role: "", beats: "", languages: "cs", phone: "", mobile: "", notes: "", legalBasis: t("defaultLegalBasis"), source: "", informedAt: "", doNotContact: false, doNotContactReason: "", affiliations: [] }}
        />
      </Card>
    </>
  );
}
