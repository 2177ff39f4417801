"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describedBy, Field, Select, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome, valueOf, valuesOf } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { LOCALES } from "@/i18n/locales";
import { createUserAction } from "../actions";
import { RoleCheckboxes } from "./role-checkboxes";

export function CreateUserForm({ idempotencyKey }: { idempotencyKey: string }) {
  const t = useTranslations();
  const [state, action] = useActionState(createUserAction, null);
  return (
    <form action={action} className="max-w-xl space-y-5" noValidate>
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <FormOutcome state={state} />
      <Field id="name" label={t("users.name")} errors={errorsOf(state, "name")} required>
        <TextInput {...describedBy("name", errorsOf(state, "name"))} name="name" defaultValue={valueOf(state, "name")} maxLength={200} />
      </Field>
      <Field id="email" label={t("users.email")} errors={errorsOf(state, "email")} required>
        <TextInput {...describedBy("email", errorsOf(state, "email"))} name="email" type="email" defaultValue={valueOf(state, "email")} maxLength={320} />
      </Field>
      <RoleCheckboxes selected={valuesOf(state, "roles")} errors={errorsOf(state, "roles")} />
      <Field id="locale" label={t("users.locale")} errors={errorsOf(state, "locale")}>
        <Select
          // React 19 resets a form after an action and puts a <select> back on its first option, not on
          // the new default (facebook/react#32362): a fresh element per result keeps the chosen value.
          key={state?.at ?? 0}
          {...describedBy("locale", errorsOf(state, "locale"))}
          name="locale" defaultValue={valueOf(state, "locale", "cs")}>
          {LOCALES.map((locale) => (
            <option key={locale} value={locale}>
              {t(`language.${locale}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="password" label={t("users.password")} hint={t("users.passwordHint")} errors={errorsOf(state, "password")} required>
        <TextInput {...describedBy("password", errorsOf(state, "password"), true)} name="password" type="password" autoComplete="new-password" maxLength={128} />
      </Field>
      <SubmitButton pendingLabel={t("common.saving")}>{t("users.create")}</SubmitButton>
    </form>
  );
}
