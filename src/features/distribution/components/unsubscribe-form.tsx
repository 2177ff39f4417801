"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { unsubscribeAction } from "../actions";

/** The one button of the public unsubscribe page. */
export function UnsubscribeForm({ token }: { token: string }) {
  const t = useTranslations("distribution");
  const [state, action] = useActionState(unsubscribeAction, null);
  if (state?.ok) return <Notice tone="success">{t("unsubscribe.done")}</Notice>;
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <p className="text-slate-700">{t("unsubscribe.question")}</p>
      <div aria-live="polite">{state && !state.ok && <Notice tone="error">{state.message}</Notice>}</div>
      <SubmitButton pendingLabel={t("unsubscribe.working")}>{t("unsubscribe.confirm")}</SubmitButton>
    </form>
  );
}
