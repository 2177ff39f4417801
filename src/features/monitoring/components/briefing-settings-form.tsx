"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describedBy, Field, TextArea, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome, valueOf } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveBriefingSettingsAction } from "../actions";

export function BriefingSettingsForm({ value }: { value: { enabled: boolean; time: string; recipients: string[] } }) {
  const t = useTranslations("monitoring");
  const [state, action] = useActionState(saveBriefingSettingsAction, null);
  const recipientErrors = state && !state.ok ? Object.entries(state.fieldErrors).filter(([key]) => key.startsWith("recipients")).flatMap(([, errors]) => errors) : undefined;
  return (
    <form action={action} className="space-y-3" data-testid="briefing-settings">
      <FormOutcome state={state} success={t("briefing.settingsSaved")} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="enabled" defaultChecked={value.enabled} />
        {t("briefing.enabled")}
      </label>
      <Field id="time" label={t("briefing.time")} hint={t("briefing.timeHint")} errors={errorsOf(state, "time")}>
        <TextInput type="time" name="time" defaultValue={valueOf(state, "time", value.time)} className="w-32" {...describedBy("time", errorsOf(state, "time"), true)} />
      </Field>
      <Field id="recipients" label={t("briefing.recipients")} hint={t("briefing.recipientsHint")} errors={recipientErrors?.length ? recipientErrors : undefined}>
        <TextArea name="recipients" rows={4} defaultValue={valueOf(state, "recipients", value.recipients.join("\n"))} {...describedBy("recipients", recipientErrors, true)} />
      </Field>
      <SubmitButton>{t("briefing.saveSettings")}</SubmitButton>
    </form>
  );
}
