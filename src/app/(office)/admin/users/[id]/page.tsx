import { getTranslations } from "next-intl/server";
import { EditUserForm } from "@/features/users/components/edit-user-form";
import { UserSecurityPanel } from "@/features/users/components/user-security-panel";
import { getUser } from "@/features/users/queries";
import { Notice } from "@/components/ui/notice";
import { Card, PageHeader } from "@/components/ui/page-header";
import { orPageError, requirePageActor } from "@/server/auth/page-guard";

export default async function UserPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const actor = await requirePageActor("user.manage");
  const { id } = await params;
  const { created } = await searchParams;
  const t = await getTranslations("users");
  const user = await orPageError(getUser(actor, id));
  return (
    <>
      <PageHeader title={t("editTitle", { name: user.name })} subtitle={user.email} />
      {created && <Notice tone="success" className="mb-4">{t("created")}</Notice>}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <Card>
          <EditUserForm user={user} />
        </Card>
        <Card>
          <h2 className="mb-4 text-base font-semibold text-slate-900">{t("security")}</h2>
          <UserSecurityPanel
            user={{ id: user.id, version: user.version, isActive: user.isActive, isLocked: Boolean(user.lockedUntil) }}
            isSelf={user.id === actor.id}
          />
        </Card>
      </div>
    </>
  );
}
