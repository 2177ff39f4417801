"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describedBy, Field, Select, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome, valueOf } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { createKeywordAction, createSourceAction, deleteKeywordAction, pollSourceSoonAction, updateKeywordAction, updateSourceAction } from "../actions";
import { MEDIA_TYPES } from "../schema";

type SourceValue = { id: string; version: number; outlet: string; mediaType: string; feedUrl: string | null; active: boolean; pollIntervalMinutes: number; reach: number | null };

/** Adds (no value) or edits a source: an outlet's feed, or a manual source for print, TV and radio. */
export function SourceForm({ value, idempotencyKey }: { value?: SourceValue; idempotencyKey?: string }) {
  const t = useTranslations("monitoring");
  const [state, action] = useActionState(value ? updateSourceAction : createSourceAction, null);
  const prefix = value ? `source-${value.id}-` : "source-new-";
  const field = (name: string, hint?: boolean) => describedBy(prefix + name, errorsOf(state, name), hint);
  return (
    <form action={action} className="space-y-3" data-testid={value ? "source-edit-form" : "source-form"}>
      {value ? (
        <>
          <input type="hidden" name="id" value={value.id} />
          <input type="hidden" name="version" value={value.version} />
        </>
      ) : (
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      )}
      <FormOutcome state={state} success={t("sources.saved")} />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <Field id={`${prefix}outlet`} label={t("fields.outlet")} errors={errorsOf(state, "outlet")} required>
          <TextInput name="outlet" required defaultValue={valueOf(state, "outlet", value?.outlet)} {...field("outlet")} />
        </Field>
        <Field id={`${prefix}mediaType`} label={t("fields.mediaType")} errors={errorsOf(state, "mediaType")}>
          <Select name="mediaType" defaultValue={valueOf(state, "mediaType", value?.mediaType ?? "ONLINE")} {...field("mediaType")}>
            {MEDIA_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`mediaType.${type}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={`${prefix}reach`} label={t("fields.reach")} hint={t("form.reachHint")} errors={errorsOf(state, "reach")}>
          <TextInput name="reach" inputMode="numeric" defaultValue={valueOf(state, "reach", value?.reach?.toString() ?? "")} {...field("reach", true)} />
        </Field>
        <div className="sm:col-span-2">
          <Field id={`${prefix}feedUrl`} label={t("sources.feedUrl")} hint={t("sources.feedUrlHint")} errors={errorsOf(state, "feedUrl")}>
            <TextInput type="url" name="feedUrl" placeholder="https://" defaultValue={valueOf(state, "feedUrl", value?.feedUrl ?? "")} {...field("feedUrl", true)} />
          </Field>
        </div>
        <Field id={`${prefix}pollIntervalMinutes`} label={t("sources.interval")} errors={errorsOf(state, "pollIntervalMinutes")}>
          <TextInput name="pollIntervalMinutes" inputMode="numeric" defaultValue={valueOf(state, "pollIntervalMinutes", String(value?.pollIntervalMinutes ?? 30))} {...field("pollIntervalMinutes")} />
        </Field>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="active" defaultChecked={value ? value.active : true} />
        {t("sources.active")}
      </label>
      <SubmitButton>{value ? t("sources.save") : t("sources.add")}</SubmitButton>
    </form>
  );
}

export function PollNowButton({ id }: { id: string }) {
  const t = useTranslations("monitoring");
  const [state, action] = useActionState(pollSourceSoonAction, null);
  return (
    <form action={action} className="inline">
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant="secondary">{state?.ok ? t("sources.pollQueued") : t("sources.pollNow")}</SubmitButton>
    </form>
  );
}

type KeywordValue = { id: string; version: number; term: string; exclusions: string[]; topic: string; active: boolean };

export function KeywordForm({ value, idempotencyKey, topics }: { value?: KeywordValue; idempotencyKey?: string; topics: string[] }) {
  const t = useTranslations("monitoring");
  const [state, action] = useActionState(value ? updateKeywordAction : createKeywordAction, null);
  const prefix = value ? `keyword-${value.id}-` : "keyword-new-";
  const field = (name: string, hint?: boolean) => describedBy(prefix + name, errorsOf(state, name), hint);
  return (
    <form action={action} className="space-y-3" data-testid={value ? "keyword-edit-form" : "keyword-form"}>
      {value ? (
        <>
          <input type="hidden" name="id" value={value.id} />
          <input type="hidden" name="version" value={value.version} />
        </>
      ) : (
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      )}
      <FormOutcome state={state} success={t("keywords.saved")} />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id={`${prefix}term`} label={t("keywords.term")} hint={t("keywords.termHint")} errors={errorsOf(state, "term")} required>
          <TextInput name="term" required defaultValue={valueOf(state, "term", value?.term)} {...field("term", true)} />
        </Field>
        <Field id={`${prefix}exclusions`} label={t("keywords.exclusions")} hint={t("keywords.exclusionsHint")} errors={errorsOf(state, "exclusions")}>
          <TextInput name="exclusions" defaultValue={valueOf(state, "exclusions", value?.exclusions.join(", "))} {...field("exclusions", true)} />
        </Field>
        <Field id={`${prefix}topic`} label={t("keywords.topic")} errors={errorsOf(state, "topic")} required>
          <TextInput name="topic" required list="keyword-topics" defaultValue={valueOf(state, "topic", value?.topic)} {...field("topic")} />
        </Field>
      </div>
      <datalist id="keyword-topics">
        {topics.map((topic) => (
          <option key={topic} value={topic} />
        ))}
      </datalist>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="active" defaultChecked={value ? value.active : true} />
        {t("keywords.active")}
      </label>
      <SubmitButton>{value ? t("keywords.save") : t("keywords.add")}</SubmitButton>
    </form>
  );
}

export function DeleteKeywordButton({ id }: { id: string }) {
  const t = useTranslations("monitoring");
  const [state, action] = useActionState(deleteKeywordAction, null);
  return (
    <form action={action} className="inline">
      <input type="hidden" name="id" value={id} />
      <FormOutcome state={state} />
      <SubmitButton variant="danger">{t("keywords.delete")}</SubmitButton>
    </form>
  );
}
