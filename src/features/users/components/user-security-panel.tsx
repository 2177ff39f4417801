"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describedBy, Field, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { deactivateUserAction, reactivateUserAction, resetUserPasswordAction, unlockUserAction } from "../actions";

/** Deactivation, the login lock and a new password: each its own small form and outcome. */
export function UserSecurityPanel({
  user,
  isSelf,
}: {
  user: { id: string; version: number; isActive: boolean; isLocked: boolean };
  isSelf: boolean;
}) {
  const t = useTranslations();
  const [statusState, statusAction] = useActionState(user.isActive ? deactivateUserAction : reactivateUserAction, null);
  const [unlockState, unlockAction] = useActionState(unlockUserAction, null);
  const [passwordState, passwordAction] = useActionState(resetUserPasswordAction, null);
  return (
    <div className="space-y-6">
      <form action={statusAction} className="space-y-2">
        <input type="hidden" name="id" value={user.id} />
        <input type="hidden" name="version" value={user.version} />
        <FormOutcome state={statusState} success={user.isActive ? t("users.reactivated") : t("users.deactivated")} />
        {!isSelf && (
          <SubmitButton variant={user.isActive ? "danger" : "secondary"}>
            {user.isActive ? t("users.deactivate") : t("users.reactivate")}
          </SubmitButton>
        )}
      </form>
      {user.isLocked && (
        <form action={unlockAction} className="space-y-2">
          <input type="hidden" name="id" value={user.id} />
          <FormOutcome state={unlockState} />
          <SubmitButton variant="secondary">{t("users.unlock")}</SubmitButton>
        </form>
      )}
      {unlockState?.ok && <p className="text-sm text-emerald-800">{t("users.unlocked")}</p>}
      <form action={passwordAction} className="space-y-3 border-t border-slate-200 pt-4" noValidate>
        <input type="hidden" name="id" value={user.id} />
        <FormOutcome state={passwordState} success={t("users.passwordReset")} />
        <Field id="newPassword" label={t("users.resetPassword")} hint={t("users.passwordHint")} errors={errorsOf(passwordState, "newPassword")}>
          <TextInput {...describedBy("newPassword", errorsOf(passwordState, "newPassword"), true)} name="newPassword" type="password" autoComplete="new-password" maxLength={128} />
        </Field>
        <SubmitButton variant="secondary">{t("users.resetPassword")}</SubmitButton>
      </form>
    </div>
  );
}
