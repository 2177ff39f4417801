import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/page-header";
import type { UserRow } from "../queries";

export async function UsersTable({ users }: { users: UserRow[] }) {
  const t = await getTranslations();
  const format = await getFormatter();
  if (users.length === 0) return <p className="text-sm text-slate-600">{t("users.empty")}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-xs">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{t("users.count", { count: users.length })}</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-2.5">{t("users.name")}</th>
            <th scope="col" className="px-4 py-2.5">{t("users.roles")}</th>
            <th scope="col" className="px-4 py-2.5">{t("users.status")}</th>
            <th scope="col" className="px-4 py-2.5">{t("users.lastLogin")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {users.map((user) => (
            <tr key={user.id} className={user.isActive ? "" : "text-slate-500"}>
              <td className="px-4 py-3">
                <Link href={`/admin/users/${user.id}`} className="font-medium text-brand-700 hover:underline">
                  {user.name}
                </Link>
                <div className="text-xs text-slate-500">{user.email}</div>
              </td>
              <td className="px-4 py-3">
                <div className="flex flex-wrap gap-1">
                  {user.roles.map((role) => (
                    <Badge key={role} tone="blue">
                      {t(`roles.${role}`)}
                    </Badge>
                  ))}
                </div>
              </td>
              <td className="px-4 py-3">
                <div className="flex flex-wrap gap-1">
                  {user.isActive ? <Badge tone="green">{t("users.active")}</Badge> : <Badge>{t("users.inactive")}</Badge>}
                  {user.lockedUntil && (
                    <Badge tone="amber">{t("users.locked", { until: format.dateTime(user.lockedUntil, { hour: "2-digit", minute: "2-digit" }) })}</Badge>
                  )}
                </div>
              </td>
              <td className="px-4 py-3 text-slate-600">
                {user.lastLoginAt ? format.dateTime(user.lastLoginAt, { dateStyle: "medium", timeStyle: "short" }) : t("users.never")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
