"use client";
import { useActionState, useId } from "react";
import { describedBy, Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome, valueOf } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/server/form-action";

// One small form for every section of the event page: fields described by data, hidden values, a submit
// button. A failed save keeps what was typed (the wrapper echoes the values); a success resets the form.

export type FieldSpec =
  | { kind: "text" | "date" | "datetime-local" | "number" | "url"; name: string; label: string; required?: boolean; defaultValue?: string; hint?: string }
  | { kind: "textarea"; name: string; label: string; required?: boolean; defaultValue?: string; rows?: number }
  | { kind: "select"; name: string; label: string; options: Array<{ value: string; label: string }>; defaultValue?: string; required?: boolean }
  | { kind: "checkbox"; name: string; label: string; defaultChecked?: boolean }
  | { kind: "file"; name: string; label: string; accept?: string; required?: boolean };

type AnyAction = (state: unknown, payload: FormData) => Promise<ActionState<unknown>>;

export function ActionForm({
  action,
  hidden,
  fields = [],
  submit,
  success,
  testId,
  title,
  variant = "secondary",
  compact,
}: {
  action: AnyAction;
  hidden: Record<string, string | number>;
  fields?: FieldSpec[];
  submit: string;
  success?: string;
  testId?: string;
  title?: string;
  variant?: "primary" | "secondary" | "danger";
  compact?: boolean;
}) {
  const [state, formAction] = useActionState(action, null);
  const generated = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const prefix = testId ?? `f${generated}`;
  return (
    <form action={formAction} noValidate key={state?.ok ? state.at : 0} data-testid={testId} className={compact ? "inline" : "space-y-3 rounded-md border border-slate-200 p-4"}>
      {title && <h3 className="text-sm font-semibold">{title}</h3>}
      {!compact && <FormOutcome state={state} success={success} />}
      {compact && state && !state.ok && <span className="text-sm text-red-700" role="alert">{state.message}</span>}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={String(value)} />
      ))}
      {fields.length > 0 && (
        <div className="grid gap-3 sm:grid-cols-2 2xl:grid-cols-3">
          {fields.map((field) => {
            const id = `${prefix}-${field.name}`;
            const errors = errorsOf(state, field.name);
            if (field.kind === "checkbox") {
              return (
                <label key={field.name} className="flex items-center gap-2 self-end pb-2 text-sm text-slate-700">
                  <input type="checkbox" name={field.name} defaultChecked={state && !state.ok ? valueOf(state, field.name) === "on" : field.defaultChecked} className="accent-brand-600" />
                  {field.label}
                </label>
              );
            }
            return (
              <Field key={field.name} id={id} label={field.label} errors={errors} required={"required" in field ? field.required : undefined} hint={"hint" in field ? field.hint : undefined}>
                {field.kind === "select" ? (
                  <Select {...describedBy(id, errors)} name={field.name} defaultValue={valueOf(state, field.name, field.defaultValue ?? "")}>
                    {field.options.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </Select>
                ) : field.kind === "textarea" ? (
                  <TextArea {...describedBy(id, errors)} name={field.name} rows={field.rows ?? 4} defaultValue={valueOf(state, field.name, field.defaultValue ?? "")} />
                ) : field.kind === "file" ? (
                  <input {...describedBy(id, errors)} type="file" name={field.name} accept={field.accept} className="block w-full text-sm" />
                ) : (
                  <TextInput {...describedBy(id, errors, Boolean(field.hint))} type={field.kind} name={field.name} defaultValue={valueOf(state, field.name, field.defaultValue ?? "")} />
                )}
              </Field>
            );
          })}
        </div>
      )}
      <SubmitButton variant={variant}>{submit}</SubmitButton>
    </form>
  );
}
