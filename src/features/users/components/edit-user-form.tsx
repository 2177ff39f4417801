"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describedBy, Field, Select, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome, valueOf, valuesOf } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { LOCALES } from "@/i18n/locales";
import { updateUserAction } from "../actions";
import { RoleCheckboxes } from "./role-checkboxes";

export interface EditableUser {
  id: string;
  version: number;
  name: string;
  email: string;
  roles: readonly string[];
  locale: string;
}

export function EditUserForm({ user }: { user: EditableUser }) {
  const t = useTranslations();
  const [state, action] = useActionState(updateUserAction, null);
  return (
    <form action={action} className="space-y-5" noValidate>
      <input type="hidden" name="id" value={user.id} />
      {/* The version the form was opened at: a save over someone else's newer save is a conflict. */}
      <input type="hidden" name="version" value={state?.ok ? state.data.version : user.version} />
      <FormOutcome state={state} success={t("users.updated")} />
      <Field id="name" label={t("users.name")} errors={errorsOf(state, "name")} required>
        <TextInput {...describedBy("name", errorsOf(state, "name"))} name="name" defaultValue={valueOf(state, "name", user.name)} maxLength={200} />
      </Field>
      <Field id="email" label={t("users.email")}>
        <TextInput id="email" value={user.email} readOnly disabled />
      </Field>
      <RoleCheckboxes selected={valuesOf(state, "roles", user.roles)} errors={errorsOf(state, "roles")} />
      <Field id="locale" label={t("users.locale")} errors={errorsOf(state, "locale")}>
        <Select
          // React 19 resets a form after an action and puts a <select> back on its first option, not on
          // the new default (facebook/react#32362): a fresh element per result keeps the chosen value.
          key={state?.at ?? 0}
          {...describedBy("locale", errorsOf(state, "locale"))}
          name="locale" defaultValue={valueOf(state, "locale", user.locale)}>
          {LOCALES.map((locale) => (
            <option key={locale} value={locale}>
              {t(`language.${locale}`)}
            </option>
          ))}
        </Select>
      </Field>
      <SubmitButton pendingLabel={t("common.saving")}>{t("common.save")}</SubmitButton>
    </form>
  );
}
