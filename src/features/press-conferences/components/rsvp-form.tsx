"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { describedBy, Field, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome, valueOf } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { respondToInvitationAction } from "../actions";

/** The journalist's answer: attending (with the crew's names) or not. Can be changed until the start. */
export function RsvpForm({ token, response, crewNames }: { token: string; response: "ATTENDING" | "NOT_ATTENDING" | null; crewNames: string | null }) {
  const t = useTranslations("pressConferences.rsvp");
  const [state, action] = useActionState(respondToInvitationAction, null);
  const saved = state?.ok ? (state.data as { response: string }) : null;
  const [choice, setChoice] = useState<string>(valueOf(state, "response", response ?? "ATTENDING"));
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <FormOutcome state={state} success={saved && (saved.response === "ATTENDING" ? t("savedAttending") : t("savedNotAttending"))} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t("question")}</legend>
        {(["ATTENDING", "NOT_ATTENDING"] as const).map((value) => (
          <label key={value} className="flex items-center gap-2 text-sm">
            <input type="radio" name="response" value={value} checked={choice === value} onChange={() => setChoice(value)} className="accent-brand-600" />
            {t(value === "ATTENDING" ? "attending" : "notAttending")}
          </label>
        ))}
      </fieldset>
      {choice === "ATTENDING" && (
        <Field id="crewNames" label={t("crewNames")} hint={t("crewNamesHint")} errors={errorsOf(state, "crewNames")}>
          <TextInput {...describedBy("crewNames", errorsOf(state, "crewNames"), true)} name="crewNames" defaultValue={valueOf(state, "crewNames", crewNames ?? "")} maxLength={500} />
        </Field>
      )}
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
