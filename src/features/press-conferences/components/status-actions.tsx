"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormOutcome } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { cancelConferenceAction, markConferenceHeldAction } from "../actions";

/** "Held" (after the start) and "Cancel" (before it is held), each a small form with the version. */
export function StatusActions({ id, version, canMarkHeld, canCancel }: { id: string; version: number; canMarkHeld: boolean; canCancel: boolean }) {
  const t = useTranslations("pressConferences");
  const [heldState, held] = useActionState(markConferenceHeldAction, null);
  const [cancelState, cancel] = useActionState(cancelConferenceAction, null);
  return (
    <div className="space-y-2">
      <FormOutcome state={heldState} success={t("done.held")} />
      <FormOutcome state={cancelState} success={t("done.cancelled")} />
      <div className="flex flex-wrap gap-2">
        {canMarkHeld && (
          <form action={held}>
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="version" value={version} />
            <SubmitButton variant="secondary">{t("actions.markHeld")}</SubmitButton>
          </form>
        )}
        {canCancel && (
          <form
            action={cancel}
            onSubmit={(event) => {
              if (!window.confirm(t("actions.cancelConfirm"))) event.preventDefault();
            }}
          >
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="version" value={version} />
            <SubmitButton variant="danger">{t("actions.cancel")}</SubmitButton>
          </form>
        )}
      </div>
    </div>
  );
}
