"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describedBy, Field, TextArea, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome, valueOf } from "@/components/ui/form-state";
import { RichTextField } from "@/components/ui/rich-text-editor";
import { SubmitButton } from "@/components/ui/submit-button";
import { correctPressReleaseAction } from "../actions";


/** Correcting a published release: the text changes and a visible note says what was corrected. */
export function CorrectionForm({
  release,
}: {
  release: { id: string; version: number; title: string; perex: string; bodyHtml: string; dateline: string; correctionNote: string };
}) {
  const t = useTranslations("pressReleases");
  const [state, action] = useActionState(correctPressReleaseAction, null);
  const version = state?.ok ? (state.data as { version: number }).version : release.version;
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="id" value={release.id} />
      <input type="hidden" name="version" value={version} />
      <FormOutcome state={state} success={t("done.corrected")} />
      <Field id="correctionNote" label={t("fields.correctionNote")} errors={errorsOf(state, "correctionNote")} required>
        <TextArea {...describedBy("correctionNote", errorsOf(state, "correctionNote"))} name="correctionNote" rows={2} maxLength={1000} defaultValue={valueOf(state, "correctionNote", release.correctionNote)} />
      </Field>
      <Field id="title" label={t("fields.title")} errors={errorsOf(state, "title")} required>
        <TextInput {...describedBy("title", errorsOf(state, "title"))} name="title" defaultValue={valueOf(state, "title", release.title)} maxLength={250} />
      </Field>
      <Field id="perex" label={t("fields.perex")} errors={errorsOf(state, "perex")} required>
        <TextArea {...describedBy("perex", errorsOf(state, "perex"))} name="perex" rows={3} maxLength={2000} defaultValue={valueOf(state, "perex", release.perex)} />
      </Field>
      <RichTextField
        // A fresh editor after each result: it shows what was saved, or what was typed when saving failed.
        key={state?.at ?? 0}
        id="bodyHtml"
        name="bodyHtml"
        label={t("fields.bodyHtml")}
        defaultValue={valueOf(state, "bodyHtml", release.bodyHtml)}
        errors={errorsOf(state, "bodyHtml")}
      />
      <Field id="dateline" label={t("fields.dateline")} errors={errorsOf(state, "dateline")}>
        <TextInput {...describedBy("dateline", errorsOf(state, "dateline"))} name="dateline" defaultValue={valueOf(state, "dateline", release.dateline)} maxLength={200} />
      </Field>
      <SubmitButton>{t("actions.correct")}</SubmitButton>
    </form>
  );
}
