import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/page-header";
import { ListForm } from "@/features/media-contacts/components/list-forms";
import { requirePageActor } from "@/server/auth/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contacts.lists"))("newTitle") };
}

export default async function NewListPage() {
  await requirePageActor("contact.manage");
  const t = await getTranslations("contacts.lists");
  return (
    <>
      <PageHeader title={t("newTitle")} actions={<LinkButton href="/contacts/lists" variant="secondary">{t("back")}</LinkButton>} />
      <Card className="max-w-3xl">
        <ListForm mode="create" idempotencyKey={crypto.randomUUID()} initial={{ name: "", description: "", kind: "STATIC", beats: "", regions: "", outletKinds: [], languages: "" }} />
      </Card>
    </>
  );
}
