"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describedBy, Field, FieldErrors, Select, TextArea, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome, valueOf, valuesOf } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/server/form-action";
import { createOutletAction, updateOutletAction } from "../actions";
import { WEEKDAYS } from "../edition";
import { CONTACT_LIMITS, OUTLET_KINDS } from "../schema";

export interface OutletFormValues {
  name: string;
  kind: string;
  region: string;
  website: string;
  rssUrl: string;
  notes: string;
  /** Ticked ISO weekdays as strings ("1"–"7"). */
  deadlineDays: string[];
  deadlineTime: string;
}

type Props = { initial: OutletFormValues } & ({ mode: "create"; idempotencyKey: string } | { mode: "edit"; id: string; version: number });

export function OutletForm(props: Props) {
  const t = useTranslations("contacts");
  const common = useTranslations("common");
  const save: (state: unknown, payload: FormData) => Promise<ActionState<{ id: string; version: number }>> = props.mode === "create" ? createOutletAction : updateOutletAction;
  const [state, action] = useActionState(save, null);
  const version = props.mode === "edit" ? (state?.ok ? state.data.version : props.version) : undefined;
  const errors = (name: string) => errorsOf(state, name);
  const text = (name: Exclude<keyof OutletFormValues, "deadlineDays">, type = "text") => (
    <Field id={name} label={t(`fields.${name}`)} errors={errors(name)} required={name === "name"}>
      <TextInput {...describedBy(name, errors(name))} name={name} type={type} maxLength={CONTACT_LIMITS.url} defaultValue={valueOf(state, name, props.initial[name])} />
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
        {text("name")}
        <Field id="kind" label={t("fields.kind")} errors={errors("kind")} required>
          <Select key={state?.at ?? 0} {...describedBy("kind", errors("kind"))} name="kind" defaultValue={valueOf(state, "kind", props.initial.kind)}>
            {OUTLET_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </Select>
        </Field>
        {text("region")}
        {text("website", "url")}
        {text("rssUrl", "url")}
      </div>
      <fieldset className="space-y-3 rounded-md border border-slate-200 p-4" aria-describedby="deadline-hint">
        <legend className="px-1 text-sm font-semibold text-slate-900">{t("fields.editorialDeadline")}</legend>
        <p id="deadline-hint" className="text-sm text-slate-600">
          {t("outlets.deadlineHint")}
        </p>
        <div className="flex flex-wrap gap-x-4 gap-y-2" key={state?.at ?? 0}>
          {WEEKDAYS.map((day) => (
            <label key={day} className="flex items-center gap-1.5 text-sm">
              <input type="checkbox" name="deadlineDays" value={day} defaultChecked={valuesOf(state, "deadlineDays", props.initial.deadlineDays).includes(String(day))} className="accent-brand-600" />
              {t(`weekdays.${day}`)}
            </label>
          ))}
        </div>
        <FieldErrors id="deadlineDays-error" errors={errors("deadlineDays")} />
        <Field id="deadlineTime" label={t("fields.deadlineTime")} errors={errors("deadlineTime")}>
          <TextInput {...describedBy("deadlineTime", errors("deadlineTime"))} name="deadlineTime" type="time" className="w-32" defaultValue={valueOf(state, "deadlineTime", props.initial.deadlineTime)} />
        </Field>
      </fieldset>
      <Field id="notes" label={t("fields.outletNotes")} errors={errors("notes")}>
        <TextArea {...describedBy("notes", errors("notes"))} name="notes" rows={3} maxLength={CONTACT_LIMITS.notes} defaultValue={valueOf(state, "notes", props.initial.notes)} />
      </Field>
      <SubmitButton pendingLabel={common("saving")}>{props.mode === "create" ? t("outlets.create") : common("save")}</SubmitButton>
    </form>
  );
}
