"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describedBy, Field, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome, valueOf } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { subscribeAction } from "../actions";
import { NEWSLETTER_CONSENT_VERSION } from "../schema";

/**
 * The public subscribe form (double opt-in): an address, an optional name and the consent, whose text
 * version is recorded. The answer is the same for every address (it never tells who subscribes).
 */
export function SubscribeForm({ submissionKey }: { submissionKey: string }) {
  const t = useTranslations("newsletterMail.subscribe");
  const [state, action] = useActionState(subscribeAction, null);
  if (state?.ok) {
    return (
      <div aria-live="polite" data-testid="subscribe-done" className="rounded-lg border border-green-200 bg-green-50 p-5 text-green-900">
        <p className="font-semibold">{t("doneTitle")}</p>
        <p className="mt-1">{t("doneText")}</p>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-4" noValidate data-testid="subscribe-form">
      <input type="hidden" name="submissionKey" value={submissionKey} />
      <FormOutcome state={state} />
      <Field id="email" label={t("email")} errors={errorsOf(state, "email")} required>
        <TextInput {...describedBy("email", errorsOf(state, "email"))} name="email" type="email" autoComplete="email" maxLength={254} defaultValue={valueOf(state, "email")} />
      </Field>
      <Field id="name" label={t("name")} hint={t("nameHint")} errors={errorsOf(state, "name")}>
        <TextInput {...describedBy("name", errorsOf(state, "name"), true)} name="name" autoComplete="name" maxLength={120} defaultValue={valueOf(state, "name")} />
      </Field>
      {/* A field people never see: robots fill it in. */}
      <div aria-hidden className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label>
          {t("website")}
          <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>
      <div>
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="consent" className="mt-1 accent-brand-600" aria-describedby="consent-text" />
          <span id="consent-text">
            {t("consentText")} <span className="text-slate-500">({t("consentVersion", { version: NEWSLETTER_CONSENT_VERSION })})</span>
          </span>
        </label>
        {errorsOf(state, "consent")?.map((error) => (
          <p key={error} className="mt-1 text-sm text-red-700">
            {error}
          </p>
        ))}
      </div>
      <SubmitButton pendingLabel={t("working")}>{t("submit")}</SubmitButton>
    </form>
  );
}
