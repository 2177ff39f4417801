"use client";
import { type ReactNode, useActionState } from "react";
import { FormOutcome } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/server/form-action";

type StepAction = (state: unknown, payload: FormData) => Promise<ActionState<unknown>>;

/** One step of an inquiry: its id and version, its fields, one button; the outcome stays shown. */
export function StepForm({
  action,
  reference,
  label,
  done,
  variant,
  children,
  testId,
  isAllowed,
}: {
  action: StepAction;
  reference: { id: string; version: number };
  label: string;
  done?: string;
  variant?: "primary" | "secondary" | "danger";
  children?: (state: ActionState<unknown>) => ReactNode;
  testId?: string;
  /** A step no longer allowed (just taken) keeps showing its outcome, without its button. */
  isAllowed?: boolean;
}) {
  const [state, formAction] = useActionState(action, null);
  if (isAllowed === false) return state?.ok && done ? <FormOutcome state={state} success={done} /> : null;
  return (
    <form action={formAction} className="space-y-3" data-testid={testId}>
      <input type="hidden" name="id" value={reference.id} />
      <input type="hidden" name="version" value={reference.version} />
      <FormOutcome state={state} success={done} />
      {children?.(state)}
      <SubmitButton variant={variant}>{label}</SubmitButton>
    </form>
  );
}
