"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { startTransition, useEffect, useState } from "react";

// Unexpected errors: a friendly page with the error's digest (the server logged the details under it;
// no stack trace or SQL reaches the browser). Production hides the error's message from the browser,
// so the page asks /api/health whether the database is the cause, and says so in plain words.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("error");
  const router = useRouter();
  const [isDatabaseDown, setDatabaseDown] = useState(false);
  useEffect(() => {
    fetch("/api/health", { cache: "no-store" })
      .then((response) => setDatabaseDown(response.status === 503))
      .catch(() => setDatabaseDown(false));
  }, [error]);
  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <p className="text-sm font-semibold text-brand-600">{isDatabaseDown ? "503" : "500"}</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight text-slate-900">{isDatabaseDown ? t("databaseTitle") : t("title")}</h1>
      <p className="mt-3 text-sm text-slate-600">{isDatabaseDown ? t("databaseBody") : t("body")}</p>
      {error.digest && <p className="mt-3 font-mono text-xs text-slate-500">{t("reference", { id: error.digest })}</p>}
      <button type="button" onClick={retry} className="mt-6 rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
        {t("retry")}
      </button>
    </div>
  );
}
