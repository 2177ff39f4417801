"use client";
import { useActionState } from "react";
import { describedBy, Field, TextArea, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome, valueOf } from "@/components/ui/form-state";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { submitContributionAction } from "../actions";

export interface SubmissionLabels {
  title: string;
  perex: string;
  body: string;
  bodyHint: string;
  authorName: string;
  images: string;
  imageFiles: string;
  imagesHint: string;
  imageCredit: string;
  imageCaption: string;
  consent: string;
  submit: string;
  sending: string;
  thanks: string;
  another: string;
}

/** The contributor's form: plain HTML fields, works without JavaScript (the server action posts the form). */
export function SubmissionForm({ token, submissionKey, defaultAuthor, labels }: { token: string; submissionKey: string; defaultAuthor: string; labels: SubmissionLabels }) {
  const [state, action] = useActionState(submitContributionAction, null);
  if (state?.ok) {
    return (
      <div data-testid="submission-done">
        <Notice tone="success">{labels.thanks}</Notice>
        <p className="mt-3 text-sm">
          <a href="" className="text-brand-700 underline">{labels.another}</a>
        </p>
      </div>
    );
  }
  const errors = (name: string) => errorsOf(state, name);
  const key = state?.at ?? 0;
  return (
    <form action={action} className="space-y-4" encType="multipart/form-data" data-testid="submission-form">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="submissionKey" value={submissionKey} />
      <FormOutcome state={state} />
      <Field id="title" label={labels.title} errors={errors("title")} required>
        <TextInput {...describedBy("title", errors("title"))} name="title" defaultValue={valueOf(state, "title")} maxLength={300} required key={`t${key}`} />
      </Field>
      <Field id="perex" label={labels.perex} errors={errors("perex")}>
        <TextArea {...describedBy("perex", errors("perex"))} name="perex" rows={2} defaultValue={valueOf(state, "perex")} maxLength={2000} key={`p${key}`} />
      </Field>
      <Field id="body" label={labels.body} hint={labels.bodyHint} errors={errors("body")} required>
        <TextArea {...describedBy("body", errors("body"), true)} name="body" rows={14} defaultValue={valueOf(state, "body")} required key={`b${key}`} />
      </Field>
      <Field id="authorName" label={labels.authorName} errors={errors("authorName")} required>
        <TextInput {...describedBy("authorName", errors("authorName"))} name="authorName" defaultValue={valueOf(state, "authorName", defaultAuthor)} maxLength={200} required key={`a${key}`} />
      </Field>
      <fieldset className="space-y-3 rounded-md border border-slate-200 p-4">
        <legend className="px-1 text-sm font-medium text-slate-800">{labels.images}</legend>
        <Field id="image" label={labels.imageFiles} hint={labels.imagesHint} errors={errors("image")}>
          <TextInput {...describedBy("image", errors("image"), true)} type="file" name="image" multiple accept="image/jpeg,image/png,image/webp" />
        </Field>
        <Field id="imageCredit" label={labels.imageCredit} errors={errors("imageCredit")}>
          <TextInput {...describedBy("imageCredit", errors("imageCredit"))} name="imageCredit" defaultValue={valueOf(state, "imageCredit")} maxLength={200} key={`c${key}`} />
        </Field>
        <Field id="imageCaption" label={labels.imageCaption} errors={errors("imageCaption")}>
          <TextInput {...describedBy("imageCaption", errors("imageCaption"))} name="imageCaption" defaultValue={valueOf(state, "imageCaption")} maxLength={500} key={`d${key}`} />
        </Field>
        <label className="flex items-start gap-2 text-sm text-slate-800">
          <input type="checkbox" name="publicationConsent" className="mt-1 accent-brand-600" defaultChecked={state && !state.ok ? state.values.publicationConsent === "on" : false} key={`e${key}`} />
          {labels.consent}
        </label>
        {errors("publicationConsent") && <p className="text-sm text-red-700">{errors("publicationConsent")?.join(" ")}</p>}
      </fieldset>
      <SubmitButton pendingLabel={labels.sending}>{labels.submit}</SubmitButton>
    </form>
  );
}
