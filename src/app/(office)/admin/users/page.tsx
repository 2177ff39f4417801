import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UsersTable } from "@/features/users/components/users-table";
import { listUsers } from "@/features/users/queries";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/server/auth/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("title") };
}

export default async function UsersPage() {
  const actor = await requirePageActor("user.view");
  const t = await getTranslations("users");
  const users = await listUsers(actor);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} actions={<LinkButton href="/admin/users/new">{t("new")}</LinkButton>} />
      <UsersTable users={users} />
    </>
  );
}
