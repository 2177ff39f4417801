import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/page-header";
import { OutletForm } from "@/features/media-contacts/components/outlet-form";
import { requirePageActor } from "@/server/auth/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contacts.outlets"))("newTitle") };
}

export default async function NewOutletPage() {
  await requirePageActor("contact.manage");
  const t = await getTranslations("contacts.outlets");
  return (
    <>
      <PageHeader title={t("newTitle")} actions={<LinkButton href="/contacts/outlets" variant="secondary">{t("back")}</LinkButton>} />
      <Card className="max-w-3xl">
        <OutletForm mode="create" idempotencyKey={crypto.randomUUID()} initial={{ name: "", kind: "PRINT", region: "", website: "", rssUrl: "", notes: "", deadlineDays: [], deadlineTime: "" }} />
      </Card>
    </>
  );
}
