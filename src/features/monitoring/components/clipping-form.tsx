"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describedBy, Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome, valueOf } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { createClippingAction } from "../actions";
import { MEDIA_TYPES, SENTIMENTS } from "../schema";

/** A clipping entered by hand: print (page), TV or radio (air time), with an optional PDF scan. */
export function ClippingForm({ sources, topics, idempotencyKey, now }: { sources: Array<{ id: string; outlet: string; mediaType: string }>; topics: string[]; idempotencyKey: string; now: string }) {
  const t = useTranslations("monitoring");
  const [state, action] = useActionState(createClippingAction, null);
  const field = (name: string, hint?: boolean) => describedBy(name, errorsOf(state, name), hint);
  return (
    <form action={action} className="grid max-w-3xl gap-4" data-testid="clipping-form">
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <FormOutcome state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="sourceId" label={t("fields.source")} hint={t("form.sourceHint")} errors={errorsOf(state, "sourceId")}>
          <Select name="sourceId" defaultValue={valueOf(state, "sourceId")} {...field("sourceId", true)}>
            <option value="">{t("form.otherOutlet")}</option>
            {sources.map((source) => (
              <option key={source.id} value={source.id}>
                {source.outlet} ({t(`mediaType.${source.mediaType}`)})
              </option>
            ))}
          </Select>
        </Field>
        <Field id="outlet" label={t("fields.outlet")} hint={t("form.outletHint")} errors={errorsOf(state, "outlet")}>
          <TextInput name="outlet" defaultValue={valueOf(state, "outlet")} {...field("outlet", true)} />
        </Field>
        <Field id="mediaType" label={t("fields.mediaType")} errors={errorsOf(state, "mediaType")}>
          <Select name="mediaType" defaultValue={valueOf(state, "mediaType")} {...field("mediaType")}>
            <option value="">{t("form.fromSource")}</option>
            {MEDIA_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`mediaType.${type}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="publishedAt" label={t("fields.publishedAt")} errors={errorsOf(state, "publishedAt")} required>
          <TextInput type="datetime-local" name="publishedAt" defaultValue={valueOf(state, "publishedAt", now)} required {...field("publishedAt")} />
        </Field>
      </div>
      <Field id="title" label={t("fields.title")} errors={errorsOf(state, "title")} required>
        <TextInput name="title" defaultValue={valueOf(state, "title")} required maxLength={500} {...field("title")} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="placement" label={t("fields.placement")} hint={t("form.placementHint")} errors={errorsOf(state, "placement")}>
          <TextInput name="placement" defaultValue={valueOf(state, "placement")} {...field("placement", true)} />
        </Field>
        <Field id="author" label={t("fields.author")} errors={errorsOf(state, "author")}>
          <TextInput name="author" defaultValue={valueOf(state, "author")} {...field("author")} />
        </Field>
        <Field id="url" label={t("fields.url")} errors={errorsOf(state, "url")}>
          <TextInput type="url" name="url" defaultValue={valueOf(state, "url")} placeholder="https://" {...field("url")} />
        </Field>
        <Field id="reach" label={t("fields.reach")} hint={t("form.reachHint")} errors={errorsOf(state, "reach")}>
          <TextInput inputMode="numeric" name="reach" defaultValue={valueOf(state, "reach")} {...field("reach", true)} />
        </Field>
      </div>
      <Field id="excerpt" label={t("fields.excerpt")} errors={errorsOf(state, "excerpt")}>
        <TextArea name="excerpt" rows={5} defaultValue={valueOf(state, "excerpt")} {...field("excerpt")} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="sentiment" label={t("fields.sentiment")} errors={errorsOf(state, "sentiment")}>
          <Select name="sentiment" defaultValue={valueOf(state, "sentiment")} {...field("sentiment")}>
            <option value="">{t("sentiment.none")}</option>
            {SENTIMENTS.map((sentiment) => (
              <option key={sentiment} value={sentiment}>
                {t(`sentiment.${sentiment}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="topics" label={t("fields.topics")} hint={t("form.topicsHint", { topics: topics.slice(0, 8).join(", ") })} errors={errorsOf(state, "topics")}>
          <TextInput name="topics" defaultValue={valueOf(state, "topics")} list="topic-options" {...field("topics", true)} />
        </Field>
      </div>
      <datalist id="topic-options">
        {topics.map((topic) => (
          <option key={topic} value={topic} />
        ))}
      </datalist>
      <Field id="note" label={t("fields.note")} hint={t("form.noteHint")} errors={errorsOf(state, "note")}>
        <TextArea name="note" rows={2} defaultValue={valueOf(state, "note")} {...field("note", true)} />
      </Field>
      <Field id="file" label={t("fields.file")} hint={t("form.fileHint")} errors={errorsOf(state, "file")}>
        <TextInput type="file" name="file" accept="application/pdf" {...field("file", true)} />
      </Field>
      <div>
        <SubmitButton>{t("form.save")}</SubmitButton>
      </div>
    </form>
  );
}
