"use client";
import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { setLocaleAction } from "@/features/users/actions";
import { LOCALES } from "@/i18n/locales";

/** Switches the interface language; saved on the user's account when signed in, else in a cookie. */
export function LanguageSwitcher() {
  const t = useTranslations("language");
  const current = useLocale();
  const [, action, pending] = useActionState(setLocaleAction, null);
  return (
    <form action={action} className="flex items-center gap-1" aria-label={t("label")}>
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          disabled={pending || locale === current}
          aria-pressed={locale === current}
          className="rounded px-2 py-1 text-xs font-medium text-slate-600 hover:bg-slate-100 aria-pressed:bg-brand-50 aria-pressed:text-brand-800"
        >
          {t(locale)}
        </button>
      ))}
    </form>
  );
}
