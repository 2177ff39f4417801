"use client";
import { useActionState } from "react";
import { describedBy, Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome, valueOf } from "@/components/ui/form-state";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/server/form-action";

type Action = (previous: unknown, payload: FormData) => Promise<ActionState<unknown>>;

export interface FieldSpec {
  name: string;
  label: string;
  type?: "text" | "email" | "number" | "date" | "textarea" | "select" | "checkbox" | "file";
  options?: Array<{ value: string; label: string }>;
  defaultValue?: string | boolean;
  required?: boolean;
  hint?: string;
  rows?: number;
  maxLength?: number;
  accept?: string;
  multiple?: boolean;
  /** Spans the whole row of the grid. */
  wide?: boolean;
}

/**
 * A staff form described as data (the module has many small forms): labels come translated from the
 * server page, typed values survive a failed submit (the action echoes them), errors sit by their field.
 * A result carrying `url` (a new submission link) is shown once; `overfilled` (page plan) warns.
 */
export function SpecForm({
  action,
  fields,
  hidden = {},
  submitLabel,
  pendingLabel,
  success,
  messages = {},
  columns = 2,
  testId,
  variant,
}: {
  action: Action;
  fields: FieldSpec[];
  hidden?: Record<string, string>;
  submitLabel: string;
  pendingLabel?: string;
  success?: string;
  messages?: { link?: string; overfilled?: string };
  columns?: 1 | 2 | 3 | 4;
  testId?: string;
  variant?: "primary" | "secondary" | "danger";
}) {
  const [state, run] = useActionState(action, null);
  const key = state?.at ?? 0;
  const data = state?.ok ? (state.data as { url?: string | null; overfilled?: boolean } | null) : null;
  const grid = { 1: "", 2: "sm:grid-cols-2", 3: "sm:grid-cols-3", 4: "sm:grid-cols-4" }[columns];
  return (
    <form action={run} className={fields.length ? "space-y-3" : "space-y-2"} data-testid={testId} encType={fields.some((field) => field.type === "file") ? "multipart/form-data" : undefined}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormOutcome state={state} success={success} />
      {data?.url && (
        <Notice tone="success">
          <p>{messages.link}</p>
          <input readOnly value={data.url} data-testid="invite-link" className="mt-1 w-full rounded border border-emerald-300 bg-white px-2 py-1 font-mono text-xs" onFocus={(event) => event.currentTarget.select()} />
        </Notice>
      )}
      {data?.overfilled && <Notice tone="warning">{messages.overfilled}</Notice>}
      {state && !state.ok && state.fieldErrors._form && <Notice tone="error">{state.fieldErrors._form.join(" ")}</Notice>}
      {fields.length > 0 && (
      <div className={`grid gap-3 ${grid}`}>
        {fields.map((field) => {
          const errors = errorsOf(state, field.name);
          const id = `${testId ?? "f"}-${field.name}`;
          const fallback = typeof field.defaultValue === "string" ? field.defaultValue : "";
          const value = valueOf(state, field.name, fallback);
          const wide = field.wide || field.type === "textarea" ? "sm:col-span-full" : "";
          if (field.type === "checkbox") {
            const checked = state && !state.ok ? state.values[field.name] === "on" : field.defaultValue === true;
            return (
              <div key={field.name} className={wide}>
                <label className="flex items-center gap-2 text-sm text-slate-800">
                  <input key={`${field.name}${key}`} type="checkbox" name={field.name} defaultChecked={checked} className="accent-brand-600" id={id} />
                  {field.label}
                  {field.required && <span className="text-red-600" aria-hidden>*</span>}
                </label>
                {errors && <p className="text-sm text-red-700">{errors.join(" ")}</p>}
              </div>
            );
          }
          return (
            <div key={field.name} className={wide}>
              <Field id={id} label={field.label} hint={field.hint} errors={errors} required={field.required}>
                {field.type === "textarea" ? (
                  <TextArea {...describedBy(id, errors, Boolean(field.hint))} name={field.name} rows={field.rows ?? 4} defaultValue={value} maxLength={field.maxLength} key={`${field.name}${key}`} />
                ) : field.type === "select" ? (
                  <Select {...describedBy(id, errors, Boolean(field.hint))} name={field.name} defaultValue={value} key={`${field.name}${key}`}>
                    {field.options?.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </Select>
                ) : field.type === "file" ? (
                  <TextInput {...describedBy(id, errors, Boolean(field.hint))} type="file" name={field.name} accept={field.accept} multiple={field.multiple} key={`${field.name}${key}`} />
                ) : (
                  <TextInput
                    {...describedBy(id, errors, Boolean(field.hint))}
                    type={field.type === "number" ? "text" : (field.type ?? "text")}
                    inputMode={field.type === "number" ? "numeric" : undefined}
                    name={field.name}
                    defaultValue={value}
                    maxLength={field.maxLength}
                    key={`${field.name}${key}`}
                  />
                )}
              </Field>
            </div>
          );
        })}
      </div>
      )}
      <SubmitButton pendingLabel={pendingLabel} variant={variant}>
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
