import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SearchBox } from "@/features/overview/components/search-box";
import { type Actor, can } from "@/server/authz/permissions";
import { countUnreadNotifications } from "@/features/notifications/queries";
import { config } from "@/server/config";
import { LanguageSwitcher } from "./language-switcher";
import { LogoutButton } from "./logout-button";
import { type NavLinkGroup, NavLinks } from "./nav-links";
import { navigationFor } from "./navigation";

/** The staff layout: a sidebar with the actor's modules (a menu on small screens) and the page. */
export async function AppShell({ actor, children }: { actor: Actor; children: ReactNode }) {
  const t = await getTranslations();
  const groups: NavLinkGroup[] = navigationFor(actor).map((group, index) => ({
    key: group.key ?? `group-${index}`,
    label: group.key ? t(`nav.${group.key}`) : null,
    items: group.items.map((item) => ({
      key: item.key,
      href: item.href,
      label: t(`nav.${item.key}`),
      isBuilt: item.isBuilt,
      comingLabel: t("common.comingSoon"),
    })),
  }));
  const roles = actor.roles.map((role) => t(`roles.${role}`)).join(", ");
  const unreadCount = await countUnreadNotifications(actor);

  const sidebar = (
    <>
      <NavLinks groups={groups} />
      <div className="mt-8 border-t border-slate-200 pt-4 text-sm">
        <p className="px-3 font-medium text-slate-900">{actor.name}</p>
        <p className="px-3 text-xs text-slate-500">{roles}</p>
        <div className="mt-3 flex flex-wrap items-center gap-1 px-1">
          <Link href="/account" className="rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900">
            {t("nav.account")}
          </Link>
          <Link
            href="/notifications"
            aria-label={t("notifications.bell", { count: unreadCount })}
            className="relative rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900"
          >
            <svg aria-hidden viewBox="0 0 20 20" className="inline size-4 fill-current align-[-2px]">
              <path d="M10 2a5 5 0 0 0-5 5v2.6L3.3 13a.75.75 0 0 0 .67 1.1h12.06a.75.75 0 0 0 .67-1.1L15 9.6V7a5 5 0 0 0-5-5Zm0 16a2.5 2.5 0 0 1-2.45-2h4.9A2.5 2.5 0 0 1 10 18Z" />
            </svg>
            {unreadCount > 0 && (
              <span aria-hidden className="ml-1 rounded-full bg-brand-600 px-1.5 text-xs font-semibold text-white">
                {unreadCount}
              </span>
            )}
          </Link>
          <LogoutButton />
        </div>
        <div className="mt-2 px-1">
          <LanguageSwitcher />
        </div>
      </div>
    </>
  );

  return (
    <div className="min-h-screen lg:flex">
      <a href="#content" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t("app.skipToContent")}
      </a>
      <aside className="no-print hidden w-64 shrink-0 border-r border-slate-200 bg-white px-3 py-5 lg:block">
        <Brand city={config().CITY_NAME} />
        <nav aria-label={t("nav.main")} className="mt-6">
          {sidebar}
        </nav>
      </aside>
      <details className="no-print border-b border-slate-200 bg-white lg:hidden">
        <summary className="flex cursor-pointer items-center justify-between px-4 py-3">
          <Brand city={config().CITY_NAME} />
          <span className="text-sm text-slate-600">{t("nav.menu")}</span>
        </summary>
        <nav aria-label={t("nav.main")} className="px-3 pb-4">
          {sidebar}
        </nav>
      </details>
      <main id="content" className="min-w-0 flex-1 px-4 py-6 sm:px-8 lg:py-8">
        <div className="mx-auto max-w-6xl">
          {can(actor, "search.use") && (
            <div className="mb-4 flex justify-end">
              <SearchBox label={t("search.label")} placeholder={t("search.placeholder")} />
            </div>
          )}
          {children}
        </div>
      </main>
    </div>
  );
}

function Brand({ city }: { city: string }) {
  return (
    <Link href="/" className="block px-3">
      <span className="text-lg font-semibold tracking-tight text-brand-800">Herald</span>
      <span className="block text-xs text-slate-500">{city}</span>
    </Link>
  );
}
