"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormOutcome } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { updateOfficeSettingsAction } from "../actions";
import type { OfficeSettings } from "../schema";

export function OfficeSettingsForm({ settings }: { settings: OfficeSettings }) {
  const t = useTranslations("settings");
  const common = useTranslations("common");
  const [state, action] = useActionState(updateOfficeSettingsAction, null);
  return (
    <form action={action} className="space-y-4">
      <FormOutcome state={state} success={common("saved")} />
      <label className="flex items-start gap-3 rounded-md border border-slate-200 p-4">
        <input
          key={state?.at ?? 0}
          type="checkbox"
          name="spokespersonMayPublishOwn"
          defaultChecked={settings.spokespersonMayPublishOwn}
          className="mt-1 accent-brand-600"
        />
        <span>
          <span className="block text-sm font-medium text-slate-900">{t("spokespersonMayPublishOwn")}</span>
          <span className="block text-sm text-slate-600">{t("spokespersonMayPublishOwnHint")}</span>
        </span>
      </label>
      <label className="block rounded-md border border-slate-200 p-4">
        <span className="block text-sm font-medium text-slate-900">{t("contactRetentionYears")}</span>
        <span className="mb-2 block text-sm text-slate-600">{t("contactRetentionYearsHint")}</span>
        <input
          key={state?.at ?? 0}
          type="number"
          name="contactRetentionYears"
          min={1}
          max={20}
          defaultValue={settings.contactRetentionYears}
          className="w-24 rounded-md border border-slate-300 px-3 py-2 text-sm"
        />
      </label>
      <SubmitButton pendingLabel={common("saving")}>{common("save")}</SubmitButton>
    </form>
  );
}
