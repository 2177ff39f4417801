"use client";
import type { ReactNode } from "react";
import type { ActionState } from "@/server/form-action";
import { Notice } from "./notice";

/** What the user typed, echoed back after a failed submit, else the record's value. */
export function valueOf(state: ActionState<unknown>, name: string, fallback = ""): string {
  if (state && !state.ok) {
    const value = state.values[name];
    if (typeof value === "string") return value;
  }
  return fallback;
}

export function valuesOf(state: ActionState<unknown>, name: string, fallback: readonly string[] = []): readonly string[] {
  if (state && !state.ok) {
    const value = state.values[name];
    return Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
  }
  return fallback;
}

export function errorsOf(state: ActionState<unknown>, name: string): string[] | undefined {
  return state && !state.ok ? state.fieldErrors[name] : undefined;
}

/** The form's overall outcome, announced to screen readers. */
export function FormOutcome({ state, success }: { state: ActionState<unknown>; success?: ReactNode }) {
  return (
    <div aria-live="polite">
      {state && !state.ok && <Notice tone="error">{state.message}</Notice>}
      {state?.ok && success && <Notice tone="success">{success}</Notice>}
    </div>
  );
}
