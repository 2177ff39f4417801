"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { confirmSubscriptionAction, unsubscribeNewsletterAction } from "../actions";

/** The button of the confirmation page (opening the link changes nothing: mail scanners open links). */
export function ConfirmForm({ token }: { token: string }) {
  const t = useTranslations("newsletterMail.confirm");
  const [state, action] = useActionState(confirmSubscriptionAction, null);
  if (state?.ok) return <Notice tone="success">{t("done")}</Notice>;
  return (
    <form action={action} className="space-y-4" data-testid="confirm-form">
      <input type="hidden" name="token" value={token} />
      <p className="text-slate-700">{t("question")}</p>
      <div aria-live="polite">{state && !state.ok && <Notice tone="error">{state.message}</Notice>}</div>
      <SubmitButton pendingLabel={t("working")}>{t("button")}</SubmitButton>
    </form>
  );
}

/** The one button of the public unsubscribe page. */
export function UnsubscribeForm({ token }: { token: string }) {
  const t = useTranslations("newsletterMail.unsubscribe");
  const [state, action] = useActionState(unsubscribeNewsletterAction, null);
  if (state?.ok) return <Notice tone="success">{t("done")}</Notice>;
  return (
    <form action={action} className="space-y-4" data-testid="unsubscribe-form">
      <input type="hidden" name="token" value={token} />
      <p className="text-slate-700">{t("question")}</p>
      <div aria-live="polite">{state && !state.ok && <Notice tone="error">{state.message}</Notice>}</div>
      <SubmitButton pendingLabel={t("working")}>{t("button")}</SubmitButton>
    </form>
  );
}
