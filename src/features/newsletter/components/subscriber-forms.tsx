"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { describedBy, Field, Select, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome, valueOf } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { addSubscriberAction, eraseSubscriberAction, importSubscribersAction } from "../actions";
import { STAFF_SOURCES } from "../schema";

/** Staff add a reader: by e-mail confirmation (double opt-in) or with a consent signed on paper. */
export function AddSubscriberForm({ idempotencyKey }: { idempotencyKey: string }) {
  const t = useTranslations("newsletterMail.subscribers.add");
  const [state, action] = useActionState(addSubscriberAction, null);
  const [source, setSource] = useState(valueOf(state, "source", "STAFF"));
  return (
    <form action={action} className="space-y-3" noValidate data-testid="add-subscriber-form" key={state?.ok ? state.at : "form"}>
      <input type="hidden" name="idempotencyKey" value={state?.ok ? `${idempotencyKey}-${state.at}` : idempotencyKey} />
      <FormOutcome state={state} success={t("done")} />
      <Field id="add-email" label={t("email")} errors={errorsOf(state, "email")} required>
        <TextInput {...describedBy("add-email", errorsOf(state, "email"))} name="email" type="email" maxLength={254} defaultValue={valueOf(state, "email")} />
      </Field>
      <Field id="add-name" label={t("name")} errors={errorsOf(state, "name")}>
        <TextInput {...describedBy("add-name", errorsOf(state, "name"))} name="name" maxLength={120} defaultValue={valueOf(state, "name")} />
      </Field>
      <Field id="add-source" label={t("source")} hint={t(`sourceHint.${source as (typeof STAFF_SOURCES)[number]}`)} errors={errorsOf(state, "source")}>
        <Select {...describedBy("add-source", errorsOf(state, "source"), true)} name="source" value={source} onChange={(event) => setSource(event.target.value)}>
          {STAFF_SOURCES.map((value) => (
            <option key={value} value={value}>
              {t(`sourceOption.${value}`)}
            </option>
          ))}
        </Select>
      </Field>
      {source === "PAPER" && (
        <Field id="add-consentOnPaperAt" label={t("consentOnPaperAt")} errors={errorsOf(state, "consentOnPaperAt")}>
          <TextInput {...describedBy("add-consentOnPaperAt", errorsOf(state, "consentOnPaperAt"))} name="consentOnPaperAt" type="date" defaultValue={valueOf(state, "consentOnPaperAt")} />
        </Field>
      )}
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}

/** A CSV of addresses; new ones get the confirmation e-mail, known ones are left as they are. */
export function ImportSubscribersForm() {
  const t = useTranslations("newsletterMail.subscribers.import");
  const [state, action] = useActionState(importSubscribersAction, null);
  const result = state?.ok ? (state.data as { imported: number; skipped: number }) : null;
  return (
    <form action={action} className="space-y-3" data-testid="import-subscribers-form">
      <FormOutcome state={state} success={result ? t("done", { imported: result.imported, skipped: result.skipped }) : undefined} />
      <Field id="import-file" label={t("file")} hint={t("hint")} errors={errorsOf(state, "file")}>
        <input {...describedBy("import-file", errorsOf(state, "file"), true)} name="file" type="file" accept=".csv,text/csv" className="block text-sm" />
      </Field>
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}

/** GDPR erasure on request (the consent history goes with it). */
export function EraseSubscriberForm({ id }: { id: string }) {
  const t = useTranslations("newsletterMail.subscribers.erase");
  const [state, action] = useActionState(eraseSubscriberAction, null);
  if (state?.ok) return <p className="text-sm text-green-800">{t("done")}</p>;
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="id" value={id} />
      <FormOutcome state={state} />
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="confirm" className="mt-1 accent-brand-600" />
        {t("confirm")}
      </label>
      {errorsOf(state, "confirm")?.map((error) => (
        <p key={error} className="text-sm text-red-700">
          {error}
        </p>
      ))}
      <SubmitButton variant="danger">{t("submit")}</SubmitButton>
    </form>
  );
}
