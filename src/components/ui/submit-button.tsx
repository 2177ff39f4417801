"use client";
import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { Button } from "./button";

/** Disabled while its form is being sent: a double click sends once. */
export function SubmitButton({
  children,
  pendingLabel,
  variant,
  name,
  value,
}: {
  children: ReactNode;
  pendingLabel?: ReactNode;
  variant?: "primary" | "secondary" | "danger";
  name?: string;
  value?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant={variant} disabled={pending} aria-disabled={pending} name={name} value={value}>
      {pending && pendingLabel ? pendingLabel : children}
    </Button>
  );
}
