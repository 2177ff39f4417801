"use client";
import { useTranslations } from "next-intl";
import { type ReactNode, useActionState, useCallback, useEffect, useState } from "react";
import { describedBy, Field, TextInput, TextArea } from "@/components/ui/field";
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
  const hasSteps = ["submit", "requestChanges", "approve", "schedule", "publish", "withdraw"].some(allowed);
  const ref = { id: release.id, version: release.version };
  const [latest, setLatest] = useState(0);
  const onResult = useCallback((at: number) => setLatest((previous) => Math.max(previous, at)), []);
  const shared = { latest, onResult };
  // Every step stays mounted: after a step the page re-renders with the next steps, and the step just
  // taken keeps showing its outcome ("The release is approved.") although its button is gone.
  return (
    <div className="space-y-5">
      {!hasSteps && <p className="text-sm text-slate-600">{t("detail.nothingToDo")}</p>}
      <StepForm {...shared} isAllowed={allowed("submit")} action={submitForReviewAction} reference={ref} label={t("actions.submitForReview")} done={t("done.submitted")} />
      <StepForm {...shared} isAllowed={allowed("approve")} action={approvePressReleaseAction} reference={ref} label={t("actions.approve")} done={t("done.approved")} />
      <StepForm {...shared} isAllowed={allowed("requestChanges")} action={requestChangesAction} reference={ref} label={t("actions.requestChanges")} done={t("done.changesRequested")} variant="secondary">
        {(state) => (
          <Field id="changes-reason" label={t("fields.reason")} errors={errorsOf(state, "reason")}>
            <TextArea {...describedBy("changes-reason", errorsOf(state, "reason"))} name="reason" rows={3} maxLength={2000} defaultValue={valueOf(state, "reason")} />
          </Field>
        )}
      </StepForm>
      <StepForm {...shared} isAllowed={allowed("publish")} action={publishNowAction} reference={ref} label={t("actions.publishNow")} done={t("done.published")} />
      <StepForm {...shared} isAllowed={allowed("schedule")} action={schedulePublicationAction} reference={ref} label={t("actions.schedule")} done={t("done.scheduled")} variant="secondary">
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
      <StepForm {...shared} isAllowed={allowed("withdraw")} action={withdrawPressReleaseAction} reference={ref} label={t("actions.withdraw")} done={t("done.withdrawn")} variant="danger">
        {(state) => (
          <Field id="withdraw-reason" label={t("fields.reason")} errors={errorsOf(state, "reason")}>
            <TextArea {...describedBy("withdraw-reason", errorsOf(state, "reason"))} name="reason" rows={2} maxLength={2000} defaultValue={valueOf(state, "reason")} />
          </Field>
        )}
      </StepForm>
    </div>
  );
}

function StepForm({
  latest,
  onResult,
  isAllowed,
  action,
  reference,
  label,
  done,
  variant = "primary",
  children,
}: {
  /** Only the newest outcome of the panel is shown. */
  latest: number;
  onResult: (at: number) => void;
  isAllowed: boolean;
  action: StepAction;
  reference: { id: string; version: number };
  label: string;
  done: string;
  variant?: "primary" | "secondary" | "danger";
  children?: (state: ActionState<unknown>) => ReactNode;
}) {
  const [state, formAction] = useActionState(action, null);
  useEffect(() => {
    if (state) onResult(state.at);
  }, [state, onResult]);
  const shown = state && state.at === latest ? state : null;
  if (!isAllowed) return shown?.ok ? <FormOutcome state={shown} success={done} /> : null;
  return (
    <form action={formAction} className="space-y-2" noValidate>
      <input type="hidden" name="id" value={reference.id} />
      <input type="hidden" name="version" value={reference.version} />
      <FormOutcome state={shown} success={done} />
      {children?.(state)}
      <SubmitButton variant={variant}>{label}</SubmitButton>
    </form>
  );
}
