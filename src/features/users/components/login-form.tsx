"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { LanguageSwitcher } from "@/components/shell/language-switcher";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

const NOTICES = ["expired", "passwordChanged", "loggedOut"] as const;

export function LoginForm({ city, notice, callbackUrl }: { city: string; notice?: string; callbackUrl: string }) {
  const t = useTranslations("login");
  const router = useRouter();
  const [error, setError] = useState<"invalid" | "throttled" | null>(null);
  const [pending, startTransition] = useTransition();
  const shownNotice = NOTICES.find((key) => key === notice);

  function submit(formData: FormData) {
    startTransition(async () => {
      const result = await signIn("credentials", {
        email: String(formData.get("email") ?? ""),
        password: String(formData.get("password") ?? ""),
        redirect: false,
      });
      if (result?.ok && !result.error) {
        router.replace(callbackUrl);
        router.refresh();
        return;
      }
      setError(result?.error === "TooManyAttempts" ? "throttled" : "invalid");
    });
  }

  return (
    <main className="flex min-h-screen items-center justify-center bg-slate-100 px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <p className="text-3xl font-semibold tracking-tight text-brand-800">Herald</p>
          <p className="mt-1 text-sm text-slate-600">{city}</p>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="text-lg font-semibold text-slate-900">{t("title")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
          {shownNotice && !error && (
            <Notice tone="info" className="mt-4">
              {t(shownNotice)}
            </Notice>
          )}
          <form
            className="mt-5 space-y-4"
            onSubmit={(event) => {
              event.preventDefault();
              submit(new FormData(event.currentTarget));
            }}
          >
            <Field id="email" label={t("email")}>
              <TextInput id="email" name="email" type="email" autoComplete="username" required autoFocus />
            </Field>
            <Field id="password" label={t("password")}>
              <TextInput id="password" name="password" type="password" autoComplete="current-password" required />
            </Field>
            <div aria-live="assertive">{error && <Notice tone="error">{t(error)}</Notice>}</div>
            <Button type="submit" className="w-full" disabled={pending}>
              {pending ? t("submitting") : t("submit")}
            </Button>
          </form>
        </div>
        <div className="mt-4 flex items-center justify-between text-sm">
          <Link href="/newsroom" className="text-brand-700 hover:underline">
            {t("publicLink")}
          </Link>
          <LanguageSwitcher />
        </div>
      </div>
    </main>
  );
}
