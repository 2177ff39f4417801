"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { TextInput } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { reverseMovementAction } from "../actions";

/** "Undo" on a ledger row: asks for the reason, then records the reversal (one click more, never an edit). */
export function UndoButton({ movementId, idempotencyKey }: { movementId: string; idempotencyKey: string }) {
  const t = useTranslations("promoItems");
  const [open, setOpen] = useState(false);
  const [state, action] = useActionState(reverseMovementAction, null);
  if (!open) {
    return (
      <Button variant="ghost" className="px-2 py-1 text-xs" onClick={() => setOpen(true)} data-testid="undo">
        {t("ledger.undo")}
      </Button>
    );
  }
  return (
    <form action={action} className="flex min-w-64 flex-col gap-1" data-testid="undo-form">
      <input type="hidden" name="movementId" value={movementId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <TextInput name="reason" required maxLength={500} placeholder={t("ledger.undoReason")} aria-label={t("ledger.undoReason")} defaultValue={state && !state.ok ? String(state.values.reason ?? "") : ""} />
      {state && !state.ok && <p className="text-xs text-red-700" role="alert">{state.fieldErrors.reason?.[0] ?? state.message}</p>}
      <div className="flex gap-1">
        <SubmitButton variant="danger">{t("ledger.confirmUndo")}</SubmitButton>
        <Button variant="ghost" onClick={() => setOpen(false)}>
          {t("ledger.cancel")}
        </Button>
      </div>
    </form>
  );
}
