"use client";
import { useTranslations } from "next-intl";
import { useEffect } from "react";

// Unexpected errors: a friendly page with the error's digest (Next logs the details on the server
// under that digest; no stack trace or SQL reaches the browser in production).
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("error");
  useEffect(() => {
    // Visible in the browser console for support; the message is generic in production.
    console.error(error.digest ?? error.message);
  }, [error]);
  const isDatabase = /database|connect|ECONNREFUSED|timeout/i.test(error.message);
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <p className="text-sm font-semibold text-brand-600">500</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight text-slate-900">{isDatabase ? t("databaseTitle") : t("title")}</h1>
      <p className="mt-3 text-sm text-slate-600">{isDatabase ? t("databaseBody") : t("body")}</p>
      {error.digest && <p className="mt-3 font-mono text-xs text-slate-500">{t("reference", { id: error.digest })}</p>}
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
        {t("retry")}
      </button>
    </div>
  );
}
