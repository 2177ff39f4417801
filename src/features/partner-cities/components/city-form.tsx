"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describedBy, Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome, valueOf } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { createPartnerCityAction, updatePartnerCityAction } from "../actions";
import { COMMON_COUNTRIES, PARTNER_STATUSES } from "../schema";

export interface CityFormValues {
  name: string;
  country: string;
  region: string;
  status: string;
  agreementDate: string;
  agreementResolutionId: string;
  languages: string;
  areas: string;
  notes: string;
}

export interface CityFormOptions {
  resolutions: Array<{ id: string; body: string; number: string; title: string }>;
}

const EMPTY: CityFormValues = { name: "", country: "", region: "", status: "ACTIVE", agreementDate: "", agreementResolutionId: "", languages: "", areas: "", notes: "" };

/**
 * A partner city's details: new (with an idempotency key) or edit (with its version: someone else's save
 * in between is a conflict, and everything typed stays in the form).
 */
export function PartnerCityForm({
  options,
  initial = EMPTY,
  reference,
  idempotencyKey,
}: {
  options: CityFormOptions;
  initial?: CityFormValues;
  reference?: { id: string; version: number };
  idempotencyKey?: string;
}) {
  const t = useTranslations("partnerCities");
  const [state, action] = useActionState(reference ? updatePartnerCityAction : createPartnerCityAction, null);
  const errors = (name: string) => errorsOf(state, name);
  const value = (name: keyof CityFormValues) => valueOf(state, name, initial[name]);
  const key = `${state?.at ?? 0}-${reference?.version ?? 0}`;
  return (
    <form action={action} className="space-y-4" data-testid="city-form">
      {reference && <input type="hidden" name="id" value={reference.id} />}
      {reference && <input type="hidden" name="version" value={reference.version} />}
      {idempotencyKey && <input type="hidden" name="idempotencyKey" value={idempotencyKey} />}
      <FormOutcome state={state} success={t("done.saved")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="city-name" label={t("fields.name")} errors={errors("name")} required>
          <TextInput key={key} {...describedBy("city-name", errors("name"))} name="name" defaultValue={value("name")} maxLength={200} />
        </Field>
        <Field id="city-country" label={t("fields.country")} hint={t("form.countryHint")} errors={errors("country")} required>
          <TextInput key={key} {...describedBy("city-country", errors("country"), true)} name="country" defaultValue={value("country")} maxLength={2} list="partner-countries" className="uppercase" />
        </Field>
        <datalist id="partner-countries">
          {COMMON_COUNTRIES.map((code) => (
            <option key={code} value={code} />
          ))}
        </datalist>
        <Field id="city-region" label={t("fields.region")} errors={errors("region")}>
          <TextInput key={key} {...describedBy("city-region", errors("region"))} name="region" defaultValue={value("region")} maxLength={200} />
        </Field>
        <Field id="city-status" label={t("fields.status")} errors={errors("status")} required>
          <Select key={key} {...describedBy("city-status", errors("status"))} name="status" defaultValue={value("status")}>
            {PARTNER_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="city-agreementDate" label={t("fields.agreementDate")} errors={errors("agreementDate")}>
          <TextInput key={key} {...describedBy("city-agreementDate", errors("agreementDate"))} type="date" name="agreementDate" defaultValue={value("agreementDate")} />
        </Field>
        <Field id="city-resolution" label={t("fields.agreementResolution")} hint={t("form.resolutionHint")} errors={errors("agreementResolutionId")}>
          <Select key={key} {...describedBy("city-resolution", errors("agreementResolutionId"), true)} name="agreementResolutionId" defaultValue={value("agreementResolutionId")}>
            <option value="">—</option>
            {options.resolutions.map((resolution) => (
              <option key={resolution.id} value={resolution.id}>
                {`${resolution.body} ${resolution.number} – ${resolution.title}`.slice(0, 110)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="city-languages" label={t("fields.languages")} hint={t("form.languagesHint")} errors={errors("languages")}>
          <TextInput key={key} {...describedBy("city-languages", errors("languages"), true)} name="languages" defaultValue={value("languages")} maxLength={60} />
        </Field>
        <Field id="city-areas" label={t("fields.areas")} hint={t("form.areasHint")} errors={errors("areas")}>
          <TextArea key={key} {...describedBy("city-areas", errors("areas"), true)} name="areas" rows={3} defaultValue={value("areas")} maxLength={4000} />
        </Field>
      </div>
      <Field id="city-notes" label={t("fields.notes")} errors={errors("notes")}>
        <TextArea key={key} {...describedBy("city-notes", errors("notes"))} name="notes" rows={3} defaultValue={value("notes")} maxLength={5000} />
      </Field>
      <SubmitButton>{reference ? t("form.save") : t("form.create")}</SubmitButton>
    </form>
  );
}
