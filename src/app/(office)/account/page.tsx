import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/shell/language-switcher";
import { Card, PageHeader } from "@/components/ui/page-header";
import { ChangePasswordForm } from "@/features/users/components/change-password-form";
import { requirePageActor } from "@/server/auth/page-guard";

export default async function AccountPage() {
  const actor = await requirePageActor();
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={t("account.title")} subtitle={`${actor.name} · ${actor.email}`} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-1 text-base font-semibold">{t("account.changePassword")}</h2>
          <p className="mb-4 text-sm text-slate-600">{t("account.note")}</p>
          <ChangePasswordForm />
        </Card>
        <Card>
          <h2 className="mb-3 text-base font-semibold">{t("language.label")}</h2>
          <LanguageSwitcher />
        </Card>
      </div>
    </>
  );
}
