"use client";
import { useActionState } from "react";
import { describedBy, Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome, valueOf } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/server/form-action";

type Action = (state: unknown, payload: FormData) => Promise<ActionState<unknown>>;

/** One input of a grant form; labels and options come translated from the server page. */
export interface GrantField {
  name: string;
  label: string;
  type?: "text" | "number" | "date" | "email" | "money" | "textarea" | "select" | "file";
  required?: boolean;
  hint?: string;
  defaultValue?: string;
  options?: Array<{ value: string; label: string }>;
  wide?: boolean;
}

/**
 * Every form of the grants pages: hidden fields (id, version, idempotency key), its inputs, one button.
 * After a success the inputs are cleared (the form is mounted again); after a failure they keep what was typed.
 */
export function GrantForm({
  action,
  hidden,
  fields,
  submit,
  done,
  testId,
  variant,
}: {
  action: Action;
  hidden: Record<string, string | number>;
  fields: GrantField[];
  submit: string;
  done?: string;
  testId: string;
  variant?: "primary" | "secondary" | "danger";
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-3" data-testid={testId} key={state?.ok ? state.at : "open"} noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormOutcome state={state} success={done} />
      <div className="grid gap-3 sm:grid-cols-2">
        {fields.map((field) => {
          const id = `${testId}-${field.name}`;
          const errors = errorsOf(state, field.name);
          const value = valueOf(state, field.name, field.defaultValue ?? "");
          const props = { ...describedBy(id, errors, Boolean(field.hint)), id, name: field.name, defaultValue: value };
          return (
            <div key={field.name} className={field.wide || field.type === "textarea" ? "sm:col-span-2" : undefined}>
              <Field id={id} label={field.label} hint={field.hint} errors={errors} required={field.required}>
                {field.type === "textarea" ? (
                  <TextArea {...props} rows={3} maxLength={10000} />
                ) : field.type === "select" ? (
                  <Select {...props}>
                    {(field.options ?? []).map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </Select>
                ) : field.type === "file" ? (
                  <TextInput {...describedBy(id, errors, Boolean(field.hint))} id={id} name={field.name} type="file" accept="application/pdf,.pdf" />
                ) : (
                  <TextInput {...props} type={field.type === "money" ? "text" : (field.type ?? "text")} inputMode={field.type === "money" ? "decimal" : undefined} />
                )}
              </Field>
            </div>
          );
        })}
      </div>
      <SubmitButton variant={variant}>{submit}</SubmitButton>
    </form>
  );
}
