"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormOutcome } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { eraseContactAction, markContactInformedAction } from "../actions";

export function MarkInformed({ id, version }: { id: string; version: number }) {
  const t = useTranslations("contacts.gdpr");
  const [state, action] = useActionState(markContactInformedAction, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <FormOutcome state={state} success={t("informedSaved")} />
      <SubmitButton variant="secondary">{t("markInformed")}</SubmitButton>
    </form>
  );
}

/** Erasure asks for an explicit confirmation (a checkbox the server requires too). */
export function EraseContact({ id, version }: { id: string; version: number }) {
  const t = useTranslations("contacts.gdpr");
  const common = useTranslations("common");
  const [state, action] = useActionState(eraseContactAction, null);
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button variant="danger" onClick={() => setOpen(true)}>
        {t("erase")}
      </Button>
    );
  }
  return (
    <form action={action} className="space-y-3 rounded-md border border-red-200 bg-red-50/50 p-3">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <FormOutcome state={state} />
      <label className="flex items-start gap-2 text-sm text-slate-800">
        <input type="checkbox" name="confirm" className="mt-1 accent-red-600" required />
        {t("eraseConfirm")}
      </label>
      <div className="flex gap-2">
        <SubmitButton variant="danger">{t("eraseYes")}</SubmitButton>
        <Button variant="ghost" onClick={() => setOpen(false)}>
          {common("cancel")}
        </Button>
      </div>
    </form>
  );
}
