"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { describedBy, Field, Select, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome, valueOf } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { registerOnPaperAction, signUpAction } from "../actions";
import { CONSENT_VERSION, MAX_GUESTS, SIGN_UP_TYPES } from "../schema";

/**
 * The registration form: public (/ceremonies/sign-up, no login) or staff entering a paper form. Minimal
 * fields; the consent (its version is recorded with the time and the source) is required.
 */
export function RegistrationForm({ mode, submissionKey }: { mode: "public" | "paper"; submissionKey: string }) {
  const t = useTranslations("ceremonies.signUp");
  const tType = useTranslations("ceremonies.type");
  const [state, action] = useActionState(mode === "public" ? signUpAction : registerOnPaperAction, null);
  const [type, setType] = useState(valueOf(state, "type", "WELCOMING"));
  const done = state?.ok;
  if (done && mode === "public") {
    return (
      <div aria-live="polite" data-testid="sign-up-done" className="rounded-lg border border-green-200 bg-green-50 p-5 text-green-900">
        {t("thanks")}
      </div>
    );
  }
  const field = (name: string, label: string, props: Record<string, unknown> = {}, hint?: string) => (
    <Field id={name} label={label} hint={hint} errors={errorsOf(state, name)}>
      <TextInput {...describedBy(name, errorsOf(state, name), Boolean(hint))} name={name} defaultValue={valueOf(state, name)} {...props} />
    </Field>
  );
  return (
    <form action={action} className="space-y-4" noValidate data-testid="registration-form">
      <input type="hidden" name={mode === "public" ? "submissionKey" : "idempotencyKey"} value={submissionKey} />
      <FormOutcome state={state} />
      <Field id="type" label={t("type")} errors={errorsOf(state, "type")}>
        <Select id="type" name="type" value={type} onChange={(event) => setType(event.target.value)}>
          {SIGN_UP_TYPES.map((value) => (
            <option key={value} value={value}>
              {tType(value)}
            </option>
          ))}
        </Select>
      </Field>
      {field("names", type === "WELCOMING" ? t("parents") : t("jubilants"), { maxLength: 300, required: true })}
      {type === "WELCOMING" ? (
        <>
          {field("childName", t("childName"), { maxLength: 200 })}
          {field("childBirthDate", t("childBirthDate"), { type: "date" })}
        </>
      ) : (
        field("jubileeDate", t("jubileeDate"), { type: "date" }, t("jubileeDateHint"))
      )}
      {field("address", t("address"), { maxLength: 400 }, t("addressHint"))}
      {field("email", t("email"), { type: "email", maxLength: 200 }, t("contactHint"))}
      {field("phone", t("phone"), { type: "tel", maxLength: 20 })}
      {field("guests", t("guests"), { type: "number", min: 0, max: MAX_GUESTS, defaultValue: valueOf(state, "guests", "0") })}
      {mode === "paper" && field("consentOnPaperAt", t("consentOnPaperAt"), { type: "date" })}
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="photoConsent" className="mt-1 accent-brand-600" defaultChecked={valueOf(state, "photoConsent") === "on"} />
        {t("photoConsent")}
      </label>
      <div>
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="consent" className="mt-1 accent-brand-600" aria-describedby="consent-text" />
          <span id="consent-text">
            {t("consentText")} <span className="text-slate-500">({t("consentVersion", { version: CONSENT_VERSION })})</span>
          </span>
        </label>
        {errorsOf(state, "consent")?.map((error) => (
          <p key={error} className="mt-1 text-sm text-red-700">
            {error}
          </p>
        ))}
      </div>
      <SubmitButton>{mode === "public" ? t("submit") : t("submitPaper")}</SubmitButton>
    </form>
  );
}
