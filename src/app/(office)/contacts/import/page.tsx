import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/page-header";
import { ImportContacts } from "@/features/media-contacts/components/import-contacts";
import { requirePageActor } from "@/server/auth/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contacts.import"))("title") };
}

export default async function ImportContactsPage() {
  await requirePageActor("contact.manage");
  const t = await getTranslations("contacts");
  return (
    <>
      <PageHeader title={t("import.title")} subtitle={t("import.subtitle")} actions={<LinkButton href="/contacts" variant="secondary">{t("backToList")}</LinkButton>} />
      <Card>
        <ImportContacts templateHref="/templates/kontakty-vzor.csv" />
      </Card>
    </>
  );
}
