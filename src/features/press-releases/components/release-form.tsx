"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describedBy, Field, FieldErrors, Select, TextArea, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome, valueOf, valuesOf } from "@/components/ui/form-state";
import { RichTextField } from "@/components/ui/rich-text-editor";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/server/form-action";
import { createPressReleaseAction, updatePressReleaseAction } from "../actions";
import { RELEASE_LANGUAGES } from "../schema";

export interface ReleaseFormOptions {
  topics: Array<{ id: string; name: string }>;
  resolutions: Array<{ id: string; label: string }>;
  contacts: Array<{ id: string; name: string }>;
}

export interface ReleaseFormValues {
  title: string;
  perex: string;
  bodyHtml: string;
  dateline: string;
  language: string;
  contactPersonId: string;
  topicIds: string[];
  resolutionIds: string[];
}

type Props =
  | { mode: "create"; idempotencyKey: string; translationOfId?: string; initial: ReleaseFormValues; options: ReleaseFormOptions; lockLanguage?: boolean }
  | { mode: "edit"; id: string; version: number; initial: ReleaseFormValues; options: ReleaseFormOptions; lockLanguage?: boolean };

/** The release editor. A failed save keeps every field as typed; a stale version says so and keeps it too. */
export function ReleaseForm(props: Props) {
  const t = useTranslations("pressReleases");
  const common = useTranslations("common");
  const save: (state: unknown, payload: FormData) => Promise<ActionState<{ id: string; version: number }>> =
    props.mode === "create" ? createPressReleaseAction : updatePressReleaseAction;
  const [state, action] = useActionState(save, null);
  const { initial, options } = props;
  const version = props.mode === "edit" ? (state?.ok ? state.data.version : props.version) : undefined;
  const selectedTopics = valuesOf(state, "topicIds", initial.topicIds);
  const selectedResolutions = valuesOf(state, "resolutionIds", initial.resolutionIds);

  return (
    <form action={action} className="space-y-5" noValidate>
      {props.mode === "create" ? (
        <>
          <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} />
          {props.translationOfId && <input type="hidden" name="translationOfId" value={props.translationOfId} />}
        </>
      ) : (
        <>
          <input type="hidden" name="id" value={props.id} />
          <input type="hidden" name="version" value={version} />
        </>
      )}
      <FormOutcome state={state} success={t("done.saved")} />
      <Field id="title" label={t("fields.title")} errors={errorsOf(state, "title")} required>
        <TextInput {...describedBy("title", errorsOf(state, "title"))} name="title" defaultValue={valueOf(state, "title", initial.title)} maxLength={250} className="text-base font-medium" />
      </Field>
      <Field id="perex" label={t("fields.perex")} hint={t("fields.perexHint")} errors={errorsOf(state, "perex")} required>
        <TextArea
          {...describedBy("perex", errorsOf(state, "perex"), true)}
          name="perex"
          rows={3}
          maxLength={2000}
          defaultValue={valueOf(state, "perex", initial.perex)}
        />
      </Field>
      <RichTextField
        // A fresh editor after each result: it shows what was saved, or what was typed when saving failed.
        key={state?.at ?? 0}
        id="bodyHtml"
        name="bodyHtml"
        label={t("fields.bodyHtml")}
        defaultValue={valueOf(state, "bodyHtml", initial.bodyHtml)}
        errors={errorsOf(state, "bodyHtml")}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="dateline" label={t("fields.dateline")} hint={t("fields.datelineHint")} errors={errorsOf(state, "dateline")}>
          <TextInput {...describedBy("dateline", errorsOf(state, "dateline"), true)} name="dateline" defaultValue={valueOf(state, "dateline", initial.dateline)} maxLength={200} />
        </Field>
        <Field id="language" label={t("fields.language")} errors={errorsOf(state, "language")}>
          {props.lockLanguage ? (
            <>
              <TextInput id="language" value={t(`languages.${initial.language}`)} readOnly disabled />
              <input type="hidden" name="language" value={initial.language} />
            </>
          ) : (
            <Select key={`language-${state?.at ?? 0}`} {...describedBy("language", errorsOf(state, "language"))} name="language" defaultValue={valueOf(state, "language", initial.language)}>
              {RELEASE_LANGUAGES.map((language) => (
                <option key={language} value={language}>
                  {t(`languages.${language}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="contactPersonId" label={t("fields.contactPerson")} errors={errorsOf(state, "contactPersonId")}>
          <Select key={`contact-${state?.at ?? 0}`} {...describedBy("contactPersonId", errorsOf(state, "contactPersonId"))} name="contactPersonId" defaultValue={valueOf(state, "contactPersonId", initial.contactPersonId)}>
            <option value="">{t("fields.noContact")}</option>
            {options.contacts.map((contact) => (
              <option key={contact.id} value={contact.id}>
                {contact.name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <CheckboxGroup legend={t("fields.topics")} name="topicIds" items={options.topics.map((topic) => ({ id: topic.id, label: topic.name }))} selected={selectedTopics} errors={errorsOf(state, "topicIds")} resetKey={state?.at} />
      {options.resolutions.length > 0 && (
        <CheckboxGroup legend={t("fields.resolutions")} name="resolutionIds" items={options.resolutions.map((resolution) => ({ id: resolution.id, label: resolution.label }))} selected={selectedResolutions} errors={errorsOf(state, "resolutionIds")} resetKey={state?.at} />
      )}
      <div className="flex gap-2">
        <SubmitButton pendingLabel={common("saving")}>{props.mode === "create" ? t("actions.saveDraft") : t("actions.save")}</SubmitButton>
      </div>
    </form>
  );
}

function CheckboxGroup({
  legend,
  name,
  items,
  selected,
  errors,
  resetKey,
}: {
  legend: string;
  name: string;
  items: Array<{ id: string; label: string }>;
  selected: readonly string[];
  errors?: string[];
  resetKey?: number;
}) {
  return (
    <fieldset key={resetKey ?? 0} className="space-y-1.5" aria-describedby={`${name}-error`}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="flex max-h-64 flex-wrap gap-1.5 overflow-y-auto">
        {items.map((item) => (
          <label key={item.id} className="flex items-center gap-1.5 rounded-full border border-slate-200 bg-white px-3 py-1 text-sm hover:bg-slate-50 has-[:checked]:border-brand-200 has-[:checked]:bg-brand-50">
            <input type="checkbox" name={`${name}[]`} value={item.id} defaultChecked={selected.includes(item.id)} className="accent-brand-600" />
            {item.label}
          </label>
        ))}
      </div>
      <FieldErrors id={`${name}-error`} errors={errors} />
    </fieldset>
  );
}
