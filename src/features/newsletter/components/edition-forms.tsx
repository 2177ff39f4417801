"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { describedBy, Field, TextArea, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome, valueOf } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import {
  approveEditionAction,
  buildEditionAction,
  refreshEditionArticlesAction,
  returnEditionToDraftAction,
  sendEditionAction,
  submitEditionAction,
  updateEditionAction,
} from "../actions";
import type { EditionStep } from "../policy";

export function BuildEditionForm({ issueId, idempotencyKey }: { issueId: string; idempotencyKey: string }) {
  const t = useTranslations("newsletterMail.edition");
  const [state, action] = useActionState(buildEditionAction, null);
  return (
    <form action={action} className="space-y-3" data-testid="build-edition-form">
      <input type="hidden" name="issueId" value={issueId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <FormOutcome state={state} />
      <SubmitButton pendingLabel={t("working")}>{t("build")}</SubmitButton>
    </form>
  );
}

export function EditionTextForm({ id, version, subject, intro, isDraft }: { id: string; version: number; subject: string; intro: string; isDraft: boolean }) {
  const t = useTranslations("newsletterMail.edition");
  const [state, action] = useActionState(updateEditionAction, null);
  return (
    <form action={action} className="space-y-3" noValidate data-testid="edition-text-form">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <FormOutcome state={state} success={isDraft ? t("saved") : undefined} />
      <Field id="subject" label={t("subject")} errors={errorsOf(state, "subject")} required>
        <TextInput {...describedBy("subject", errorsOf(state, "subject"))} name="subject" maxLength={200} defaultValue={valueOf(state, "subject", subject)} />
      </Field>
      <Field id="intro" label={t("intro")} hint={t("introHint")} errors={errorsOf(state, "intro")}>
        <TextArea {...describedBy("intro", errorsOf(state, "intro"), true)} name="intro" rows={6} maxLength={5000} defaultValue={valueOf(state, "intro", intro)} />
      </Field>
      <SubmitButton>{t("save")}</SubmitButton>
    </form>
  );
}

const STEP_ACTIONS = {
  refresh: refreshEditionArticlesAction,
  submit: submitEditionAction,
  approve: approveEditionAction,
  returnToDraft: returnEditionToDraftAction,
  send: sendEditionAction,
} as const;

/** One workflow step as a button (the page shows only the steps this person may take now). */
export function EditionStepButton({ id, version, step, confirm }: { id: string; version: number; step: Exclude<EditionStep, "edit">; confirm?: string }) {
  const t = useTranslations("newsletterMail.edition.steps");
  const [state, action] = useActionState(STEP_ACTIONS[step], null);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
      data-testid={`edition-step-${step}`}
    >
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton variant={step === "send" || step === "approve" ? "primary" : "secondary"}>{t(step)}</SubmitButton>
      {state && !state.ok && (
        <p className="mt-1 text-sm text-red-700" role="alert">
          {state.message}
        </p>
      )}
    </form>
  );
}

/** While the edition is being sent, the page reloads its progress every few seconds. */
export function ProgressRefresher({ active }: { active: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const timer = window.setInterval(() => router.refresh(), 3000);
    return () => window.clearInterval(timer);
  }, [active, router]);
  return null;
}
