import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/page-header";
import { cn } from "@/components/ui/cn";
import type { listMyNotifications } from "../queries";
import { MarkReadButton } from "./mark-read-button";

type Notification = Awaited<ReturnType<typeof listMyNotifications>>["items"][number];

/** Where a notification leads: the record it is about. */
function hrefOf(notification: Notification): string | null {
  if (notification.entityType === "PressRelease") return `/press-releases/${notification.entityId}`;
  if (notification.entityType === "Inquiry") return `/inquiries/${notification.entityId}`;
  return null;
}

export async function NotificationList({ items, unreadCount }: { items: Notification[]; unreadCount: number }) {
  const t = await getTranslations("notifications");
  const format = await getFormatter();
  if (items.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <Card className="p-0">
      {unreadCount > 0 && (
        <div className="flex justify-end border-b border-slate-200 px-4 py-2">
          <MarkReadButton all label={t("markAllRead")} />
        </div>
      )}
      <ul className="divide-y divide-slate-100">
        {items.map((item) => {
          const href = hrefOf(item);
          const message = t.has(`kinds.${item.kind}`) ? t(`kinds.${item.kind}`, item.values as Record<string, string>) : item.kind;
          return (
            <li key={item.id} className={cn("flex items-start justify-between gap-4 px-4 py-3", !item.readAt && "bg-brand-50/50")}>
              <div>
                {href ? (
                  <Link href={href} className="text-sm font-medium text-brand-800 hover:underline">
                    {message}
                  </Link>
                ) : (
                  <p className="text-sm text-slate-800">{message}</p>
                )}
                <time className="block text-xs text-slate-500" dateTime={item.createdAt.toISOString()}>
                  {format.relativeTime(item.createdAt)}
                </time>
              </div>
              {!item.readAt && <MarkReadButton id={item.id} label={t("markRead")} />}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
