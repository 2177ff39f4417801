import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { navigationFor } from "@/components/shell/navigation";
import { Badge, Card, PageHeader } from "@/components/ui/page-header";
import { labelAuditAction } from "@/features/audit/action-label";
import { listAuditEntries } from "@/features/audit/queries";
import { listUsers } from "@/features/users/queries";
import { LowStockCard } from "@/features/promo-items/components/low-stock-card";
import { OverdueTasksCard } from "@/features/events/components/overdue-tasks-card";
import { Dashboard } from "@/features/overview/components/dashboard";
import { MyWork } from "@/features/overview/components/my-work";
import { type Actor, can } from "@/server/authz/permissions";

/** Each role's "my work": the modules of its roles; administrators also see accounts and recent changes. */
export async function HomePage({ actor }: { actor: Actor }) {
  const t = await getTranslations();
  const modules = navigationFor(actor)
    .flatMap((group) => group.items)
    .filter((item) => !["home", "users", "audit", "settings"].includes(item.key));
  return (
    <>
      <PageHeader
        title={t("home.title")}
        subtitle={t("home.subtitle", { name: actor.name, roles: actor.roles.map((role) => t(`roles.${role}`)).join(", ") })}
      />
      {/* The head of office's home is the dashboard (also at /dashboard); the other roles see their own work. */}
      {actor.roles.includes("HEAD_OF_OFFICE") && (
        <div className="mb-8">
          <Dashboard actor={actor} />
        </div>
      )}
      <MyWork actor={actor} />
      {can(actor, "user.view") && <AdminSummary actor={actor} />}
      {can(actor, "event.view") && <OverdueTasksCard actor={actor} />}
      {can(actor, "promoItem.view") && !actor.roles.includes("HEAD_OF_OFFICE") && <LowStockCard actor={actor} />}
      {modules.length > 0 && (
        <section aria-labelledby="modules-title">
          <h2 id="modules-title" className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500">
            {t("home.modulesTitle")}
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
            {modules.map((item) => (
              <li key={item.key}>
                <Link
                  href={item.href}
                  className="block h-full rounded-lg border border-slate-200 bg-white p-4 shadow-xs transition hover:border-brand-200 hover:shadow-sm"
                >
                  <span className="flex items-center justify-between gap-2">
                    <span className="font-medium text-slate-900">{t(`nav.${item.key}`)}</span>
                    {!item.isBuilt && <Badge>{t("common.comingSoon")}</Badge>}
                  </span>
                  <span className="mt-1 block text-sm text-slate-600">{t(`modules.${item.key}`)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

async function AdminSummary({ actor }: { actor: Actor }) {
  const t = await getTranslations();
  const format = await getFormatter();
  const actionLabels = await getTranslations("auditActions");
  const [users, audit] = await Promise.all([listUsers(actor), listAuditEntries(actor, {})]);
  const active = users.filter((user) => user.isActive).length;
  const locked = users.filter((user) => user.lockedUntil).length;
  return (
    <section aria-labelledby="admin-title" className="mb-8">
      <h2 id="admin-title" className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500">
        {t("home.adminTitle")}
      </h2>
      <div className="grid gap-3 md:grid-cols-3">
        <Card>
          <p className="text-sm text-slate-600">{t("home.activeUsers")}</p>
          <p className="mt-1 text-3xl font-semibold text-slate-900">{active}</p>
          <Link href="/admin/users" className="mt-2 inline-block text-sm text-brand-700 hover:underline">
            {t("home.openUsers")}
          </Link>
        </Card>
        <Card>
          <p className="text-sm text-slate-600">{t("home.lockedUsers")}</p>
          <p className={`mt-1 text-3xl font-semibold ${locked ? "text-amber-700" : "text-slate-900"}`}>{locked}</p>
        </Card>
        <Card>
          <p className="text-sm text-slate-600">{t("home.recentAudit")}</p>
          <ul className="mt-2 space-y-1 text-sm">
            {audit.entries.slice(0, 4).map((entry) => (
              <li key={entry.id} className="flex justify-between gap-2">
                <span className="truncate text-slate-800">
                  {labelAuditAction(actionLabels, entry.action)}
                  <span className="text-slate-500"> · {entry.actor?.name ?? t("audit.anonymous")}</span>
                </span>
                <time className="shrink-0 text-slate-500" dateTime={entry.at.toISOString()}>
                  {format.dateTime(entry.at, { hour: "2-digit", minute: "2-digit", day: "numeric", month: "numeric" })}
                </time>
              </li>
            ))}
          </ul>
          <Link href="/admin/audit" className="mt-2 inline-block text-sm text-brand-700 hover:underline">
            {t("home.openAudit")}
          </Link>
        </Card>
      </div>
    </section>
  );
}
