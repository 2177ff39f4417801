import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LanguageSwitcher } from "@/components/shell/language-switcher";
import { config } from "@/server/config";
import "./newsroom.css";

// The public site's frame (no session): a calm header with the city's name, the language switch, and a
// footer with the feed and the staff sign-in. Distinct from the staff shell on purpose. Pages render
// their own content inside <main>.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("newsroom");
  const site = t("siteTitle", { city: config().CITY_NAME });
  return { title: { default: site, template: `%s · ${site}` } };
}

export default async function PublicLayout({ children }: { children: ReactNode }) {
  const [t, tApp, tConferences] = await Promise.all([getTranslations("newsroom"), getTranslations("app"), getTranslations("pressConferences.public")]);
  const city = config().CITY_NAME;
  return (
    <div className="flex min-h-screen flex-col bg-white text-slate-900">
      <a
        href="#main"
        className="no-print sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded-md focus:bg-white focus:px-4 focus:py-2 focus:shadow"
      >
        {tApp("skipToContent")}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-4 sm:px-6">
          <Link href="/newsroom" className="group flex items-center gap-3" aria-label={t("homeLink")}>
            <span aria-hidden className="flex h-10 w-10 items-center justify-center rounded-md bg-brand-700 text-lg font-bold text-white">
              {city.replace(/^Město\s+/, "").charAt(0)}
            </span>
            <span>
              <span className="block text-sm font-medium text-brand-700">{city}</span>
              <span className="block text-lg font-semibold tracking-tight text-slate-900 group-hover:text-brand-800">{t("title")}</span>
            </span>
          </Link>
          <nav aria-label={t("mainNavigation")} className="no-print flex flex-wrap items-center justify-end gap-x-4 gap-y-1 text-sm">
            <Link href="/newsroom" className="text-slate-700 hover:text-brand-700 hover:underline">
              {t("releasesHeading")}
            </Link>
            <Link href="/newsroom/press-conferences" className="text-slate-700 hover:text-brand-700 hover:underline">
              {tConferences("navLink")}
            </Link>
            <Link href="/newsroom/events" className="text-slate-700 hover:text-brand-700 hover:underline">
              {t("navEvents")}
            </Link>
            <Link href="/newsroom/newsletter" className="text-slate-700 hover:text-brand-700 hover:underline">
              {t("navNewsletter")}
            </Link>
            <a href="/newsroom/feed.xml" className="text-slate-700 hover:text-brand-700 hover:underline">
              {t("feed.link")}
            </a>
            <LanguageSwitcher />
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:px-6 sm:py-10">
        {children}
      </main>
      <footer className="no-print border-t border-slate-200 bg-slate-50">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-6 text-sm text-slate-600 sm:px-6">
          <p>{city}</p>
          <div className="flex flex-wrap gap-4">
            <a href="/newsroom/feed.xml" className="hover:underline" data-testid="newsroom-feed-link">
              {t("feed.link")}
            </a>
            <a href="/newsroom/atom.xml" className="hover:underline">
              {t("feed.atomLink")}
            </a>
            <Link href="/login" className="hover:underline">
              {t("staffLogin")}
            </Link>
          </div>
        </div>
      </footer>
    </div>
  );
}
