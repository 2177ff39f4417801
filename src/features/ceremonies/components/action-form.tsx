"use client";
import { type ReactNode, useActionState } from "react";
import { FormOutcome } from "@/components/ui/form-state";
import type { ActionState } from "@/server/form-action";

type Action = (previous: unknown, payload: FormData) => Promise<ActionState<unknown>>;

/** A small staff form around one server action: the children are its fields and button; the outcome shows above. */
export function ActionForm({ action, success, children, className, testId }: { action: Action; success?: string; children: ReactNode; className?: string; testId?: string }) {
  const [state, run] = useActionState(action, null);
  return (
    <form action={run} className={className} data-testid={testId}>
      <FormOutcome state={state} success={state?.ok ? success : undefined} />
      {state && !state.ok && Object.keys(state.fieldErrors).length > 0 && (
        <ul className="mb-2 text-sm text-red-700">
          {Object.entries(state.fieldErrors).map(([field, errors]) => (
            <li key={field}>{errors.join(" ")}</li>
          ))}
        </ul>
      )}
      {children}
    </form>
  );
}
