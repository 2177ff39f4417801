"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describedBy, Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome, valueOf } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/server/form-action";
import { createResolutionAction, updateResolutionAction } from "../actions";
import { COUNCIL_BODIES, RESOLUTION_LIMITS } from "../schema";

export interface ResolutionFormValues {
  body: string;
  number: string;
  /** yyyy-mm-dd, as the date input wants it. */
  adoptedOn: string;
  title: string;
  text: string;
  url: string;
}

type Props =
  | { mode: "create"; idempotencyKey: string; initial: ResolutionFormValues }
  | { mode: "edit"; id: string; version: number; initial: ResolutionFormValues };

/** Creates or edits one resolution. A failed save keeps what was typed; a stale version says so and keeps it too. */
export function ResolutionForm(props: Props) {
  const t = useTranslations("resolutions");
  const common = useTranslations("common");
  const save: (state: unknown, payload: FormData) => Promise<ActionState<{ id: string; version: number }>> =
    props.mode === "create" ? createResolutionAction : updateResolutionAction;
  const [state, action] = useActionState(save, null);
  const { initial } = props;
  const version = props.mode === "edit" ? (state?.ok ? state.data.version : props.version) : undefined;
  const errors = (name: string) => errorsOf(state, name);

  return (
    <form action={action} className="space-y-5" noValidate>
      {props.mode === "create" ? (
        <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} />
      ) : (
        <>
          <input type="hidden" name="id" value={props.id} />
          {/* The version the form was opened at: a save over someone else's newer save is a conflict. */}
          <input type="hidden" name="version" value={version} />
        </>
      )}
      <FormOutcome state={state} success={t("saved")} />
      <div className="grid gap-4 sm:grid-cols-[minmax(0,5fr)_minmax(0,3fr)_minmax(0,3fr)]">
        <Field id="body" label={t("fields.body")} errors={errors("body")} required>
          <Select
            // React 19 resets a <select> to its first option after an action (facebook/react#32362).
            key={state?.at ?? 0}
            {...describedBy("body", errors("body"))}
            name="body"
            defaultValue={valueOf(state, "body", initial.body)}
          >
            {COUNCIL_BODIES.map((body) => (
              <option key={body} value={body}>
                {t(`bodies.${body}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="number" label={t("fields.number")} hint={t("fields.numberHint")} errors={errors("number")} required>
          <TextInput
            {...describedBy("number", errors("number"), true)}
            name="number"
            defaultValue={valueOf(state, "number", initial.number)}
            maxLength={RESOLUTION_LIMITS.number}
            inputMode="numeric"
            placeholder="123/2026"
          />
        </Field>
        <Field id="adoptedOn" label={t("fields.adoptedOn")} errors={errors("adoptedOn")} required>
          <TextInput {...describedBy("adoptedOn", errors("adoptedOn"))} name="adoptedOn" type="date" defaultValue={valueOf(state, "adoptedOn", initial.adoptedOn)} />
        </Field>
      </div>
      <Field id="title" label={t("fields.title")} errors={errors("title")} required>
        <TextInput
          {...describedBy("title", errors("title"))}
          name="title"
          defaultValue={valueOf(state, "title", initial.title)}
          maxLength={RESOLUTION_LIMITS.title}
          className="text-base font-medium"
        />
      </Field>
      <Field id="text" label={t("fields.text")} hint={t("fields.textHint")} errors={errors("text")}>
        <TextArea {...describedBy("text", errors("text"), true)} name="text" rows={8} maxLength={RESOLUTION_LIMITS.text} defaultValue={valueOf(state, "text", initial.text)} />
      </Field>
      <Field id="url" label={t("fields.url")} hint={t("fields.urlHint")} errors={errors("url")}>
        <TextInput
          {...describedBy("url", errors("url"), true)}
          name="url"
          type="url"
          inputMode="url"
          placeholder="https://"
          defaultValue={valueOf(state, "url", initial.url)}
          maxLength={RESOLUTION_LIMITS.url}
        />
      </Field>
      <SubmitButton pendingLabel={common("saving")}>{props.mode === "create" ? t("create") : common("save")}</SubmitButton>
    </form>
  );
}
