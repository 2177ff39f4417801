"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describedBy, Field, TextArea } from "@/components/ui/field";
import { errorsOf, FormOutcome, valueOf } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { addCommentAction } from "../actions";

export function CommentForm({ releaseId }: { releaseId: string }) {
  const t = useTranslations("pressReleases");
  const [state, action] = useActionState(addCommentAction, null);
  return (
    <form action={action} className="space-y-2" noValidate>
      <input type="hidden" name="id" value={releaseId} />
      <FormOutcome state={state} />
      <Field id="comment-body" label={t("fields.comment")} errors={errorsOf(state, "body")}>
        <TextArea
          key={state?.ok ? state.at : 0}
          {...describedBy("comment-body", errorsOf(state, "body"))}
          name="body"
          rows={3}
          maxLength={4000}
          defaultValue={valueOf(state, "body")}
        />
      </Field>
      <SubmitButton variant="secondary">{t("actions.addComment")}</SubmitButton>
    </form>
  );
}
