"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describedBy, Field, FieldErrors, Select, TextArea, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome, valueOf, valuesOf } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/server/form-action";
import { createContactAction, updateContactAction } from "../actions";
import { CONTACT_LIMITS, MAX_AFFILIATIONS } from "../schema";

export interface ContactFormValues {
  name: string;
  email: string;
  outletId: string;
  role: string;
  beats: string;
  languages: string;
  phone: string;
  mobile: string;
  notes: string;
  legalBasis: string;
  source: string;
  informedAt: string;
  doNotContact: boolean;
  doNotContactReason: string;
  /** Further outlets besides the primary one, in order. */
  affiliations: Array<{ outletId: string; role: string }>;
}

type Props = { outlets: Array<{ id: string; name: string }>; showPrivate: boolean; initial: ContactFormValues } & (
  | { mode: "create"; idempotencyKey: string }
  | { mode: "edit"; id: string; version: number }
);

/** Creates or edits a journalist. Private fields (mobile, notes) are rendered only for contact.viewPrivate. */
export function ContactForm(props: Props) {
  const t = useTranslations("contacts");
  const common = useTranslations("common");
  const save: (state: unknown, payload: FormData) => Promise<ActionState<{ id: string; version: number }>> =
    props.mode === "create" ? createContactAction : updateContactAction;
  const [state, action] = useActionState(save, null);
  const { initial } = props;
  const version = props.mode === "edit" ? (state?.ok ? state.data.version : props.version) : undefined;
  const errors = (name: string) => errorsOf(state, name);
  const affiliationOutletIds = valuesOf(state, "affiliationOutletId", initial.affiliations.map((row) => row.outletId));
  const affiliationRoles = valuesOf(state, "affiliationRole", initial.affiliations.map((row) => row.role));
  const affiliationRows = Math.max(MAX_AFFILIATIONS, initial.affiliations.length);
  const affiliationErrors =
    state && !state.ok ? [...new Set(Object.entries(state.fieldErrors).filter(([key]) => key.startsWith("affiliations")).flatMap(([, value]) => value))] : [];
  const text = (name: keyof ContactFormValues, options: { required?: boolean; hint?: string; type?: string; max?: number } = {}) => (
    <Field id={name} label={t(`fields.${name}`)} hint={options.hint} errors={errors(name)} required={options.required}>
      <TextInput
        {...describedBy(name, errors(name), Boolean(options.hint))}
        name={name}
        type={options.type ?? "text"}
        maxLength={options.max ?? CONTACT_LIMITS.text}
        defaultValue={valueOf(state, name, String(initial[name]))}
      />
    </Field>
  );
  return (
    <form action={action} className="space-y-5" noValidate>
      {props.mode === "create" ? (
        <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} />
      ) : (
        <>
          <input type="hidden" name="id" value={props.id} />
          <input type="hidden" name="version" value={version} />
        </>
      )}
      <FormOutcome state={state} success={common("saved")} />
      <div className="grid gap-4 sm:grid-cols-2">
        {text("name", { required: true, max: CONTACT_LIMITS.name })}
        {text("email", { required: true, type: "email", max: CONTACT_LIMITS.email })}
        <Field id="outletId" label={t("fields.outlet")} errors={errors("outletId")}>
          <Select key={state?.at ?? 0} {...describedBy("outletId", errors("outletId"))} name="outletId" defaultValue={valueOf(state, "outletId", initial.outletId)}>
            <option value="">{t("noOutlet")}</option>
            {props.outlets.map((outlet) => (
              <option key={outlet.id} value={outlet.id}>
                {outlet.name}
              </option>
            ))}
          </Select>
        </Field>
        {text("role")}
        {text("beats", { hint: t("fields.beatsHint") })}
        {text("languages", { hint: t("fields.languagesHint") })}
        {text("phone", { type: "tel", max: CONTACT_LIMITS.phone })}
        {props.showPrivate && text("mobile", { type: "tel", max: CONTACT_LIMITS.phone, hint: t("fields.privateHint") })}
      </div>
      <fieldset className="space-y-2" aria-describedby="affiliations-hint affiliations-error" data-testid="affiliations">
        <legend className="text-sm font-medium text-slate-800">{t("affiliations.title")}</legend>
        <p id="affiliations-hint" className="text-xs text-slate-500">
          {t("affiliations.hint", { max: MAX_AFFILIATIONS })}
        </p>
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <thead>
              <tr className="text-left text-xs text-slate-500">
                <th className="w-8 py-1 font-medium">#</th>
                <th className="py-1 pr-2 font-medium">{t("affiliations.outlet")}</th>
                <th className="py-1 font-medium">{t("affiliations.role")}</th>
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: affiliationRows }, (_, index) => (
                <tr key={`${state?.at ?? 0}-${index}`}>
                  <td className="py-1 text-slate-500">{index + 1}.</td>
                  <td className="py-1 pr-2">
                    <Select name="affiliationOutletId[]" aria-label={`${t("affiliations.outlet")} ${index + 1}`} defaultValue={affiliationOutletIds[index] ?? ""}>
                      <option value="">{t("affiliations.none")}</option>
                      {props.outlets.map((outlet) => (
                        <option key={outlet.id} value={outlet.id}>
                          {outlet.name}
                        </option>
                      ))}
                    </Select>
                  </td>
                  <td className="py-1">
                    <TextInput
                      name="affiliationRole[]"
                      aria-label={`${t("affiliations.role")} ${index + 1}`}
                      defaultValue={affiliationRoles[index] ?? ""}
                      maxLength={CONTACT_LIMITS.text}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <FieldErrors id="affiliations-error" errors={affiliationErrors.length ? affiliationErrors : undefined} />
      </fieldset>
      {props.showPrivate && (
        <Field id="notes" label={t("fields.notes")} hint={t("fields.privateHint")} errors={errors("notes")}>
          <TextArea {...describedBy("notes", errors("notes"), true)} name="notes" rows={4} maxLength={CONTACT_LIMITS.notes} defaultValue={valueOf(state, "notes", initial.notes)} />
        </Field>
      )}
      <fieldset className="space-y-4 rounded-md border border-slate-200 p-4">
        <legend className="px-1 text-sm font-semibold text-slate-900">{t("gdpr.title")}</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          {text("legalBasis", { required: true })}
          {text("source", { required: true, hint: t("fields.sourceHint") })}
          {text("informedAt", { type: "date", hint: t("fields.informedAtHint") })}
        </div>
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input key={state?.at ?? 0} type="checkbox" name="doNotContact" defaultChecked={state && !state.ok ? state.values.doNotContact === "on" : initial.doNotContact} className="accent-brand-600" />
          {t("fields.doNotContact")}
        </label>
        {text("doNotContactReason")}
      </fieldset>
      <SubmitButton pendingLabel={common("saving")}>{props.mode === "create" ? t("create") : common("save")}</SubmitButton>
    </form>
  );
}
