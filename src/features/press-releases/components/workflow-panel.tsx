"use client";
import { useTranslations } from "next-intl";
import { type ReactNode, useActionState } from "react";
import { describedBy, Field, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome, valueOf } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/server/form-action";
import {
  approvePressReleaseAction,
  publishNowAction,
  requestChangesAction,
  schedulePublicationAction,
  submitForReviewAction,
  withdrawPressReleaseAction,
} from "../actions";

type StepAction = (state: unknown, payload: FormData) => Promise<ActionState<unknown>>;

const textareaClass =
  "block w-full rounded-md border border-slate-300 px-3 py-2 text-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200 aria-[invalid=true]:border-red-400";

/** The next workflow steps this person may take, each a small form of its own. */
export function WorkflowPanel({
  release,
  allowedActions,
}: {
  release: { id: string; version: number; publishAt: string; embargoUntil: string };
  allowedActions: string[];
}) {
  const t = useTranslations("pressReleases");
  const allowed = (step: string) => allowedActions.includes(step);
  const steps = ["submit", "requestChanges", "approve", "schedule", "publish", "withdraw"].filter(allowed);
  if (steps.length === 0) return <p className="text-sm text-slate-600">{t("detail.nothingToDo")}</p>;
  const ref = { id: release.id, version: release.version };
  return (
    <div className="space-y-5">
      {allowed("submit") && <StepForm action={submitForReviewAction} reference={ref} label={t("actions.submitForReview")} done={t("done.submitted")} />}
      {allowed("approve") && <StepForm action={approvePressReleaseAction} reference={ref} label={t("actions.approve")} done={t("done.approved")} />}
      {allowed("requestChanges") && (
        <StepForm action={requestChangesAction} reference={ref} label={t("actions.requestChanges")} done={t("done.changesRequested")} variant="secondary">
          {(state) => (
            <Field id="changes-reason" label={t("fields.reason")} errors={errorsOf(state, "reason")}>
              <textarea {...describedBy("changes-reason", errorsOf(state, "reason"))} name="reason" rows={3} maxLength={2000} defaultValue={valueOf(state, "reason")} className={textareaClass} />
            </Field>
          )}
        </StepForm>
      )}
      {allowed("publish") && <StepForm action={publishNowAction} reference={ref} label={t("actions.publishNow")} done={t("done.published")} />}
      {allowed("schedule") && (
        <StepForm action={schedulePublicationAction} reference={ref} label={t("actions.schedule")} done={t("done.scheduled")} variant="secondary">
          {(state) => (
            <div className="grid gap-3">
              <Field id="publishAt" label={t("fields.publishAt")} errors={errorsOf(state, "publishAt")}>
                <TextInput {...describedBy("publishAt", errorsOf(state, "publishAt"))} type="datetime-local" name="publishAt" defaultValue={valueOf(state, "publishAt", release.publishAt)} />
              </Field>
              <Field id="embargoUntil" label={t("fields.embargoUntil")} hint={t("fields.embargoHint")} errors={errorsOf(state, "embargoUntil")}>
                <TextInput {...describedBy("embargoUntil", errorsOf(state, "embargoUntil"), true)} type="datetime-local" name="embargoUntil" defaultValue={valueOf(state, "embargoUntil", release.embargoUntil)} />
              </Field>
            </div>
          )}
        </StepForm>
      )}
      {allowed("withdraw") && (
        <StepForm action={withdrawPressReleaseAction} reference={ref} label={t("actions.withdraw")} done={t("done.withdrawn")} variant="danger">
          {(state) => (
            <Field id="withdraw-reason" label={t("fields.reason")} errors={errorsOf(state, "reason")}>
              <textarea {...describedBy("withdraw-reason", errorsOf(state, "reason"))} name="reason" rows={2} maxLength={2000} defaultValue={valueOf(state, "reason")} className={textareaClass} />
            </Field>
          )}
        </StepForm>
      )}
    </div>
  );
}

function StepForm({
  action,
  reference,
  label,
  done,
  variant = "primary",
  children,
}: {
  action: StepAction;
  reference: { id: string; version: number };
  label: string;
  done: string;
  variant?: "primary" | "secondary" | "danger";
  children?: (state: ActionState<unknown>) => ReactNode;
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-2" noValidate>
      <input type="hidden" name="id" value={reference.id} />
      <input type="hidden" name="version" value={reference.version} />
      <FormOutcome state={state} success={done} />
      {children?.(state)}
      <SubmitButton variant={variant}>{label}</SubmitButton>
    </form>
  );
}
