import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/shell/language-switcher";
import { config } from "@/server/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("newsroom"))("title") };
}

// The public newsroom: no session needed. The press-release module fills it.
export default async function NewsroomPage() {
  const t = await getTranslations("newsroom");
  const city = config().CITY_NAME;
  return (
    <div className="min-h-screen bg-white">
      <header className="border-b border-slate-200">
        <div className="mx-auto flex max-w-5xl items-center justify-between px-4 py-4">
          <div>
            <p className="text-sm font-medium text-brand-700">{city}</p>
            <p className="text-xl font-semibold tracking-tight">{t("title")}</p>
          </div>
          <LanguageSwitcher />
        </div>
      </header>
      <main className="mx-auto max-w-5xl px-4 py-10">
        <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="mt-2 text-slate-600">{t("subtitle", { city })}</p>
        <p className="mt-10 rounded-lg border border-dashed border-slate-300 p-8 text-center text-slate-600">{t("empty")}</p>
      </main>
      <footer className="border-t border-slate-200">
        <div className="mx-auto max-w-5xl px-4 py-6 text-sm">
          <Link href="/login" className="text-slate-600 hover:underline">
            {t("staffLogin")}
          </Link>
        </div>
      </footer>
    </div>
  );
}
