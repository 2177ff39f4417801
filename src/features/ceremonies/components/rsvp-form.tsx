"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormOutcome } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { ceremonyRsvpAction } from "../actions";

export function CeremonyRsvpForm({ token }: { token: string }) {
  const t = useTranslations("ceremonies.rsvp");
  const [state, action] = useActionState(ceremonyRsvpAction, null);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      <FormOutcome state={state} success={t("saved")} />
      <div className="flex gap-2">
        <SubmitButton name="answer" value="ATTENDING">
          {t("attending")}
        </SubmitButton>
        <SubmitButton name="answer" value="NOT_ATTENDING" variant="secondary">
          {t("notAttending")}
        </SubmitButton>
      </div>
    </form>
  );
}
