"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useActionState } from "react";
import { describedBy, Field, FieldErrors, Select, TextArea, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome, valueOf, valuesOf } from "@/components/ui/form-state";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/server/form-action";
import { createConferenceAction, updateConferenceAction } from "../actions";
import { SPEAKER_ROWS } from "../schema";

export interface ConferenceFormOptions {
  staff: Array<{ id: string; name: string }>;
  releases: Array<{ id: string; title: string; status: string }>;
}

export interface ConferenceFormValues {
  topic: string;
  startsAt: string;
  endsAt: string;
  venue: string;
  agenda: string;
  councilMeeting: string;
  followUpReleaseId: string;
  speakers: Array<{ userId: string; name: string; function: string }>;
}

type SaveResult = { id: string; version: number; conflicts: Array<{ speakerName: string; topic: string; startsAt: string | Date }> };
type Props =
  | { mode: "create"; idempotencyKey: string; initial: ConferenceFormValues; options: ConferenceFormOptions }
  | { mode: "edit"; id: string; version: number; initial: ConferenceFormValues; options: ConferenceFormOptions };

/** The conference editor. A failed save keeps every field as typed; speaker conflicts are a warning after saving. */
export function ConferenceForm(props: Props) {
  const t = useTranslations("pressConferences");
  const common = useTranslations("common");
  const format = useFormatter();
  const save: (state: unknown, payload: FormData) => Promise<ActionState<SaveResult>> = props.mode === "create" ? createConferenceAction : updateConferenceAction;
  const [state, action] = useActionState(save, null);
  const { initial, options } = props;
  const version = props.mode === "edit" ? (state?.ok ? state.data.version : props.version) : undefined;
  const userIds = valuesOf(state, "speakerUserId", initial.speakers.map((speaker) => speaker.userId));
  const names = valuesOf(state, "speakerName", initial.speakers.map((speaker) => speaker.name));
  const functions = valuesOf(state, "speakerFunction", initial.speakers.map((speaker) => speaker.function));
  const rows = Math.max(SPEAKER_ROWS, initial.speakers.length + 2);
  const conflicts = state?.ok ? state.data.conflicts : [];
  const speakerErrors = state && !state.ok ? Object.entries(state.fieldErrors).filter(([key]) => key.startsWith("speakers")).flatMap(([, value]) => value) : [];

  return (
    <form action={action} className="space-y-5" noValidate key={state?.at ?? 0}>
      {props.mode === "create" ? (
        <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} />
      ) : (
        <>
          <input type="hidden" name="id" value={props.id} />
          <input type="hidden" name="version" value={version} />
        </>
      )}
      <FormOutcome state={state} success={t("done.saved")} />
      {conflicts.length > 0 && (
        <Notice tone="warning">
          <p className="font-medium">{t("conflicts.title")}</p>
          <ul className="mt-1 list-disc pl-5">
            {conflicts.map((conflict, index) => (
              <li key={index}>{t("conflicts.item", { name: conflict.speakerName, topic: conflict.topic, when: format.dateTime(new Date(conflict.startsAt), { dateStyle: "medium", timeStyle: "short" }) })}</li>
            ))}
          </ul>
        </Notice>
      )}
      <Field id="topic" label={t("fields.topic")} errors={errorsOf(state, "topic")} required>
        <TextInput {...describedBy("topic", errorsOf(state, "topic"))} name="topic" defaultValue={valueOf(state, "topic", initial.topic)} maxLength={250} className="text-base font-medium" />
      </Field>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="startsAt" label={t("fields.startsAt")} errors={errorsOf(state, "startsAt")} required>
          <TextInput {...describedBy("startsAt", errorsOf(state, "startsAt"))} type="datetime-local" name="startsAt" defaultValue={valueOf(state, "startsAt", initial.startsAt)} />
        </Field>
        <Field id="endsAt" label={t("fields.endsAt")} errors={errorsOf(state, "endsAt")} required>
          <TextInput {...describedBy("endsAt", errorsOf(state, "endsAt"))} type="datetime-local" name="endsAt" defaultValue={valueOf(state, "endsAt", initial.endsAt)} />
        </Field>
        <Field id="councilMeeting" label={t("fields.councilMeeting")} hint={t("fields.councilMeetingHint")} errors={errorsOf(state, "councilMeeting")}>
          <TextInput {...describedBy("councilMeeting", errorsOf(state, "councilMeeting"), true)} name="councilMeeting" defaultValue={valueOf(state, "councilMeeting", initial.councilMeeting)} maxLength={100} />
        </Field>
      </div>
      <Field id="venue" label={t("fields.venue")} errors={errorsOf(state, "venue")} required>
        <TextInput {...describedBy("venue", errorsOf(state, "venue"))} name="venue" defaultValue={valueOf(state, "venue", initial.venue)} maxLength={300} />
      </Field>
      <Field id="agenda" label={t("fields.agenda")} hint={t("fields.agendaHint")} errors={errorsOf(state, "agenda")}>
        <TextArea {...describedBy("agenda", errorsOf(state, "agenda"), true)} name="agenda" rows={4} maxLength={5000} defaultValue={valueOf(state, "agenda", initial.agenda)} />
      </Field>
      <fieldset className="space-y-2" aria-describedby="speakers-error">
        <legend className="text-sm font-medium text-slate-800">{t("fields.speakers")}</legend>
        <p className="text-xs text-slate-500">{t("fields.speakersHint")}</p>
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <thead>
              <tr className="text-left text-xs text-slate-500">
                <th className="w-8 py-1 font-medium">#</th>
                <th className="py-1 pr-2 font-medium">{t("fields.speakerStaff")}</th>
                <th className="py-1 pr-2 font-medium">{t("fields.speakerGuestName")}</th>
                <th className="py-1 font-medium">{t("fields.speakerFunction")}</th>
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: rows }, (_, index) => (
                <tr key={index}>
                  <td className="py-1 text-slate-500">{index + 1}.</td>
                  <td className="py-1 pr-2">
                    <Select name="speakerUserId[]" aria-label={`${t("fields.speakerStaff")} ${index + 1}`} defaultValue={userIds[index] ?? ""}>
                      <option value="">{t("fields.guest")}</option>
                      {options.staff.map((user) => (
                        <option key={user.id} value={user.id}>
                          {user.name}
                        </option>
                      ))}
                    </Select>
                  </td>
                  <td className="py-1 pr-2">
                    <TextInput name="speakerName[]" aria-label={`${t("fields.speakerGuestName")} ${index + 1}`} defaultValue={names[index] ?? ""} maxLength={200} />
                  </td>
                  <td className="py-1">
                    <TextInput name="speakerFunction[]" aria-label={`${t("fields.speakerFunction")} ${index + 1}`} defaultValue={functions[index] ?? ""} maxLength={200} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <FieldErrors id="speakers-error" errors={speakerErrors.length ? [...new Set(speakerErrors)] : undefined} />
      </fieldset>
      <Field id="followUpReleaseId" label={t("fields.followUpRelease")} hint={t("fields.followUpReleaseHint")} errors={errorsOf(state, "followUpReleaseId")}>
        <Select {...describedBy("followUpReleaseId", errorsOf(state, "followUpReleaseId"), true)} name="followUpReleaseId" defaultValue={valueOf(state, "followUpReleaseId", initial.followUpReleaseId)}>
          <option value="">{t("fields.noRelease")}</option>
          {options.releases.map((release) => (
            <option key={release.id} value={release.id}>
              {release.title} ({t(`releaseStatus.${release.status}`)})
            </option>
          ))}
        </Select>
      </Field>
      <div className="flex gap-2">
        <SubmitButton pendingLabel={common("saving")}>{props.mode === "create" ? t("actions.create") : t("actions.save")}</SubmitButton>
      </div>
    </form>
  );
}
