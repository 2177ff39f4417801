"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormOutcome } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { deleteResolutionAction } from "../actions";

/** Deleting asks once more; the server refuses a resolution that a release links. */
export function DeleteResolution({ id, version }: { id: string; version: number }) {
  const t = useTranslations("resolutions");
  const common = useTranslations("common");
  const [state, action] = useActionState(deleteResolutionAction, null);
  const [confirming, setConfirming] = useState(false);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <FormOutcome state={state} />
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-slate-700">{t("deleteConfirm")}</span>
          <SubmitButton variant="danger">{t("deleteYes")}</SubmitButton>
          <Button variant="ghost" onClick={() => setConfirming(false)}>
            {common("cancel")}
          </Button>
        </div>
      ) : (
        <Button variant="danger" onClick={() => setConfirming(true)}>
          {t("delete")}
        </Button>
      )}
    </form>
  );
}
