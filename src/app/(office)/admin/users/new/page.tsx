import { getTranslations } from "next-intl/server";
import { CreateUserForm } from "@/features/users/components/create-user-form";
import { Card, PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/server/auth/page-guard";

export default async function NewUserPage() {
  await requirePageActor("user.manage");
  const t = await getTranslations("users");
  return (
    <>
      <PageHeader title={t("new")} subtitle={t("subtitle")} />
      <Card>
        {/* A fresh key per rendered form: a double click or a retried request creates one user. */}
        <CreateUserForm idempotencyKey={crypto.randomUUID()} />
      </Card>
    </>
  );
}
