"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describedBy, Field, Select, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome, valueOf } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { FOI_LAWS } from "@/features/inquiries/foi";
import { updateOfficeSettingsAction } from "../actions";
import type { OfficeSettings } from "../schema";

export function OfficeSettingsForm({ settings, colleagues }: { settings: OfficeSettings; colleagues: Array<{ id: string; name: string }> }) {
  const t = useTranslations("settings");
  const common = useTranslations("common");
  const [state, action] = useActionState(updateOfficeSettingsAction, null);
  const key = state?.at ?? 0;
  return (
    <form action={action} className="space-y-4">
      <FormOutcome state={state} success={common("saved")} />
      <label className="flex items-start gap-3 rounded-md border border-slate-200 p-4">
        <input key={key} type="checkbox" name="spokespersonMayPublishOwn" defaultChecked={settings.spokespersonMayPublishOwn} className="mt-1 accent-brand-600" />
        <span>
          <span className="block text-sm font-medium text-slate-900">{t("spokespersonMayPublishOwn")}</span>
          <span className="block text-sm text-slate-600">{t("spokespersonMayPublishOwnHint")}</span>
        </span>
      </label>
      <fieldset className="space-y-3 rounded-md border border-slate-200 p-4">
        <legend className="px-1 text-sm font-semibold text-slate-900">{t("standInTitle")}</legend>
        <p className="text-sm text-slate-600">{t("standInHint")}</p>
        <label className="flex items-center gap-3">
          <input key={key} type="checkbox" name="spokespersonAway" defaultChecked={settings.spokespersonAway} className="accent-brand-600" />
          <span className="text-sm font-medium text-slate-900">{t("spokespersonAway")}</span>
        </label>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id="awayFrom" label={t("awayFrom")} errors={errorsOf(state, "awayFrom")}>
            <TextInput {...describedBy("awayFrom", errorsOf(state, "awayFrom"))} type="date" name="awayFrom" defaultValue={valueOf(state, "awayFrom", settings.awayFrom)} />
          </Field>
          <Field id="awayUntil" label={t("awayUntil")} errors={errorsOf(state, "awayUntil")}>
            <TextInput {...describedBy("awayUntil", errorsOf(state, "awayUntil"))} type="date" name="awayUntil" defaultValue={valueOf(state, "awayUntil", settings.awayUntil)} />
          </Field>
        </div>
        <Field id="inquiryStandInId" label={t("inquiryStandInId")} errors={errorsOf(state, "inquiryStandInId")}>
          <Select key={key} {...describedBy("inquiryStandInId", errorsOf(state, "inquiryStandInId"))} name="inquiryStandInId" defaultValue={valueOf(state, "inquiryStandInId", settings.inquiryStandInId)}>
            <option value="">{t("standInHead")}</option>
            {colleagues.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name}
              </option>
            ))}
          </Select>
        </Field>
      </fieldset>
      <Field id="foiLaw" label={t("foiLaw")} hint={t("foiLawHint")} errors={errorsOf(state, "foiLaw")}>
        <Select key={key} {...describedBy("foiLaw", errorsOf(state, "foiLaw"), true)} name="foiLaw" defaultValue={valueOf(state, "foiLaw", settings.foiLaw)}>
          {FOI_LAWS.map((law) => (
            <option key={law} value={law}>
              {t(`foiLaws.${law}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="contactRetentionYears" label={t("contactRetentionYears")} hint={t("contactRetentionYearsHint")} errors={errorsOf(state, "contactRetentionYears")}>
        <TextInput
          key={key}
          {...describedBy("contactRetentionYears", errorsOf(state, "contactRetentionYears"), true)}
          type="number"
          name="contactRetentionYears"
          min={1}
          max={20}
          defaultValue={valueOf(state, "contactRetentionYears", String(settings.contactRetentionYears))}
          className="w-24"
        />
      </Field>
      <Field id="ceremonyRetentionMonths" label={t("ceremonyRetentionMonths")} hint={t("ceremonyRetentionMonthsHint")} errors={errorsOf(state, "ceremonyRetentionMonths")}>
        <TextInput
          key={key}
          {...describedBy("ceremonyRetentionMonths", errorsOf(state, "ceremonyRetentionMonths"), true)}
          type="number"
          name="ceremonyRetentionMonths"
          min={1}
          max={120}
          defaultValue={valueOf(state, "ceremonyRetentionMonths", String(settings.ceremonyRetentionMonths))}
          className="w-24"
        />
      </Field>
      <Field id="eventBudgetApprovalLimit" label={t("eventBudgetApprovalLimit")} hint={t("eventBudgetApprovalLimitHint")} errors={errorsOf(state, "eventBudgetApprovalLimit")}>
        <TextInput
          key={key}
          {...describedBy("eventBudgetApprovalLimit", errorsOf(state, "eventBudgetApprovalLimit"), true)}
          type="number"
          name="eventBudgetApprovalLimit"
          min={0}
          step={1000}
          defaultValue={valueOf(state, "eventBudgetApprovalLimit", String(settings.eventBudgetApprovalLimit))}
          className="w-36"
        />
      </Field>
      <SubmitButton pendingLabel={common("saving")}>{common("save")}</SubmitButton>
    </form>
  );
}
