import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { NotificationList } from "@/features/notifications/components/notification-list";
import { listMyNotifications } from "@/features/notifications/queries";
import { requirePageActor } from "@/server/auth/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

export default async function NotificationsPage() {
  const actor = await requirePageActor();
  const t = await getTranslations("notifications");
  const { items, unreadCount } = await listMyNotifications(actor);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <NotificationList items={items} unreadCount={unreadCount} />
    </>
  );
}
