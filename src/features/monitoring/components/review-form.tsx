"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describedBy, Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome, valueOf } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { reviewClippingAction } from "../actions";
import { CLIPPING_STATUSES, SENTIMENTS } from "../schema";

export function ReviewForm({ clipping }: { clipping: { id: string; version: number; status: string; sentiment: string | null; topics: string[]; relevance: number; note: string | null } }) {
  const t = useTranslations("monitoring");
  const [state, action] = useActionState(reviewClippingAction, null);
  return (
    <form action={action} className="space-y-3" data-testid="review-form">
      <input type="hidden" name="id" value={clipping.id} />
      <input type="hidden" name="version" value={clipping.version} />
      <FormOutcome state={state} success={t("review.saved")} />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id="status" label={t("fields.status")} errors={errorsOf(state, "status")}>
          <Select name="status" defaultValue={valueOf(state, "status", clipping.status)} {...describedBy("status", errorsOf(state, "status"))}>
            {CLIPPING_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="sentiment" label={t("fields.sentiment")} errors={errorsOf(state, "sentiment")}>
          <Select name="sentiment" defaultValue={valueOf(state, "sentiment", clipping.sentiment ?? "")} {...describedBy("sentiment", errorsOf(state, "sentiment"))}>
            <option value="">{t("sentiment.none")}</option>
            {SENTIMENTS.map((sentiment) => (
              <option key={sentiment} value={sentiment}>
                {t(`sentiment.${sentiment}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="relevance" label={t("fields.relevance")} hint={t("form.relevanceHint")} errors={errorsOf(state, "relevance")}>
          <Select name="relevance" defaultValue={valueOf(state, "relevance", String(clipping.relevance))} {...describedBy("relevance", errorsOf(state, "relevance"), true)}>
            {[1, 2, 3, 4, 5].map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field id="topics" label={t("fields.topics")} hint={t("form.topicsListHint")} errors={errorsOf(state, "topics")}>
        <TextInput name="topics" defaultValue={valueOf(state, "topics", clipping.topics.join(", "))} {...describedBy("topics", errorsOf(state, "topics"), true)} />
      </Field>
      <Field id="note" label={t("fields.note")} hint={t("form.noteHint")} errors={errorsOf(state, "note")}>
        <TextArea name="note" rows={3} defaultValue={valueOf(state, "note", clipping.note ?? "")} {...describedBy("note", errorsOf(state, "note"), true)} />
      </Field>
      <SubmitButton>{t("review.save")}</SubmitButton>
    </form>
  );
}
