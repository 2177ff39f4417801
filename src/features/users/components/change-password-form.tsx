"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describedBy, Field, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { changeOwnPasswordAction } from "../actions";

export function ChangePasswordForm() {
  const t = useTranslations();
  const [state, action] = useActionState(changeOwnPasswordAction, null);
  const fields = [
    { name: "currentPassword", autoComplete: "current-password" },
    { name: "newPassword", autoComplete: "new-password", hint: t("users.passwordHint") },
    { name: "confirmPassword", autoComplete: "new-password" },
  ] as const;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormOutcome state={state} />
      {fields.map((field) => (
        <Field key={field.name} id={field.name} label={t(`account.${field.name}`)} hint={"hint" in field ? field.hint : undefined} errors={errorsOf(state, field.name)}>
          <TextInput {...describedBy(field.name, errorsOf(state, field.name), "hint" in field)} name={field.name} type="password" autoComplete={field.autoComplete} maxLength={128} />
        </Field>
      ))}
      <SubmitButton pendingLabel={t("common.saving")}>{t("account.submit")}</SubmitButton>
    </form>
  );
}
