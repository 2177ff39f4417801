"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { describedBy, Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { errorsOf, valueOf } from "@/components/ui/form-state";
import {
  approveAnswerAction,
  assignInquiryAction,
  closeInquiryAction,
  consultDepartmentAction,
  linkInquiryAction,
  recordAnswerGivenAction,
  recordConsultationResponseAction,
  saveAnswerDraftAction,
  resendAnswerAction,
  sendAnswerAction,
  updateInquiryAction,
} from "../actions";
import { StepForm } from "./step-form";

interface Ref {
  id: string;
  version: number;
}

/** The answer: draft (with the answer bank), approval, sending by e-mail or recording it as given. */
export function AnswerPanel({
  reference,
  draft,
  allowed,
  defaultEmail,
}: {
  reference: Ref;
  draft: string;
  allowed: string[];
  defaultEmail: string;
}) {
  const t = useTranslations("inquiries");
  const can = (step: string) => allowed.includes(step);
  return (
    <div className="space-y-5">
      {can("draft") ? (
        <StepForm action={saveAnswerDraftAction} reference={reference} label={t("actions.saveDraft")} done={t("done.drafted")} variant="secondary" testId="draft-form">
          {(state) => (
            <Field id="answerDraft" label={t("fields.answerDraft")} errors={errorsOf(state, "answerDraft")}>
              <TextArea {...describedBy("answerDraft", errorsOf(state, "answerDraft"))} name="answerDraft" rows={8} maxLength={20000} defaultValue={valueOf(state, "answerDraft", draft)} key={`${reference.version}`} />
            </Field>
          )}
        </StepForm>
      ) : draft ? (
        <blockquote className="whitespace-pre-wrap rounded-md border-l-4 border-brand-300 bg-slate-50 p-4 text-sm text-slate-800">{draft}</blockquote>
      ) : (
        <p className="text-sm text-slate-500">{t("detail.noAnswer")}</p>
      )}
      {can("draft") && (
        <Link href={`/inquiries/answers?for=${reference.id}`} className={buttonClass("ghost", "px-0 text-brand-700")}>
          {t("actions.openAnswerBank")}
        </Link>
      )}
      <StepForm isAllowed={can("approve")} action={approveAnswerAction} reference={reference} label={t("actions.approve")} done={t("done.approved")} />
      <StepForm isAllowed={can("send")} action={sendAnswerAction} reference={reference} label={t("actions.send")} done={t("done.sent")} testId="send-form">
        {(state) => (
          <Field id="to" label={t("fields.sendTo")} errors={errorsOf(state, "to")}>
            <TextInput {...describedBy("to", errorsOf(state, "to"))} type="email" name="to" defaultValue={valueOf(state, "to", defaultEmail)} maxLength={254} />
          </Field>
        )}
      </StepForm>
      <StepForm isAllowed={can("resend")} action={resendAnswerAction} reference={reference} label={t("actions.resend")} done={t("done.resent")} testId="resend-form">
        {(state) => (
          <>
            <p className="text-sm text-slate-600">{t("detail.resendHint")}</p>
            <Field id="resend-to" label={t("fields.sendTo")} errors={errorsOf(state, "to")}>
              <TextInput {...describedBy("resend-to", errorsOf(state, "to"))} type="email" name="to" defaultValue={valueOf(state, "to", defaultEmail)} maxLength={254} />
            </Field>
          </>
        )}
      </StepForm>
      <StepForm isAllowed={can("recordGiven")} action={recordAnswerGivenAction} reference={reference} label={t("actions.recordGiven")} done={t("done.recorded")} variant="secondary" testId="record-given-form">
        {(state) => (
          <div className="grid gap-3 sm:grid-cols-2">
            <Field id="answerChannel" label={t("fields.answerChannel")} errors={errorsOf(state, "answerChannel")}>
              <Select {...describedBy("answerChannel", errorsOf(state, "answerChannel"))} name="answerChannel" defaultValue={valueOf(state, "answerChannel", "PHONE")}>
                {(["PHONE", "IN_PERSON", "SOCIAL"] as const).map((channel) => (
                  <option key={channel} value={channel}>
                    {t(`channel.${channel}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field id="answeredAt" label={t("fields.answeredAt")} hint={t("form.nowHint")} errors={errorsOf(state, "answeredAt")}>
              <TextInput {...describedBy("answeredAt", errorsOf(state, "answeredAt"), true)} type="datetime-local" name="answeredAt" defaultValue={valueOf(state, "answeredAt")} />
            </Field>
          </div>
        )}
      </StepForm>
      <StepForm isAllowed={can("close")} action={closeInquiryAction} reference={reference} label={t("actions.close")} done={t("done.closed")} variant="secondary" />
    </div>
  );
}

export function AssignForm({ reference, staff, ownerId, standInId }: { reference: Ref; staff: Array<{ id: string; name: string }>; ownerId: string; standInId: string }) {
  const t = useTranslations("inquiries");
  return (
    <StepForm action={assignInquiryAction} reference={reference} label={t("actions.assign")} done={t("done.assigned")} variant="secondary" testId="assign-form">
      {(state) => (
        <div className="grid gap-3">
          <Field id="assign-owner" label={t("fields.owner")} errors={errorsOf(state, "ownerId")}>
            <Select {...describedBy("assign-owner", errorsOf(state, "ownerId"))} name="ownerId" defaultValue={valueOf(state, "ownerId", ownerId)} key={`o${reference.version}`}>
              {staff.map((user) => (
                <option key={user.id} value={user.id}>
                  {user.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="assign-standin" label={t("fields.standIn")} errors={errorsOf(state, "standInId")}>
            <Select {...describedBy("assign-standin", errorsOf(state, "standInId"))} name="standInId" defaultValue={valueOf(state, "standInId", standInId)} key={`s${reference.version}`}>
              <option value="">—</option>
              {staff.map((user) => (
                <option key={user.id} value={user.id}>
                  {user.name}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      )}
    </StepForm>
  );
}

export function ConsultForm({ reference }: { reference: Ref }) {
  const t = useTranslations("inquiries");
  return (
    <StepForm action={consultDepartmentAction} reference={reference} label={t("actions.consult")} done={t("done.consulted")} variant="secondary" testId="consult-form">
      {(state) => (
        <div className="grid gap-3 sm:grid-cols-3">
          <Field id="department" label={t("fields.department")} errors={errorsOf(state, "department")} required>
            <TextInput {...describedBy("department", errorsOf(state, "department"))} name="department" defaultValue={valueOf(state, "department")} maxLength={200} />
          </Field>
          <Field id="person" label={t("fields.person")} errors={errorsOf(state, "person")}>
            <TextInput {...describedBy("person", errorsOf(state, "person"))} name="person" defaultValue={valueOf(state, "person")} maxLength={200} />
          </Field>
          <Field id="askedAt" label={t("fields.askedAt")} hint={t("form.nowHint")} errors={errorsOf(state, "askedAt")}>
            <TextInput {...describedBy("askedAt", errorsOf(state, "askedAt"), true)} type="datetime-local" name="askedAt" defaultValue={valueOf(state, "askedAt")} />
          </Field>
        </div>
      )}
    </StepForm>
  );
}

export function ConsultationResponseForm({ reference, consultationId }: { reference: Ref; consultationId: string }) {
  const t = useTranslations("inquiries");
  return (
    <StepForm action={recordConsultationResponseAction} reference={reference} label={t("actions.recordResponse")} done={t("done.responseRecorded")} variant="secondary" testId={`response-form-${consultationId}`}>
      {(state) => (
        <>
          <input type="hidden" name="consultationId" value={consultationId} />
          <Field id={`response-${consultationId}`} label={t("fields.response")} errors={errorsOf(state, "response")}>
            <TextArea {...describedBy(`response-${consultationId}`, errorsOf(state, "response"))} name="response" rows={3} maxLength={20000} defaultValue={valueOf(state, "response")} />
          </Field>
        </>
      )}
    </StepForm>
  );
}

export function LinkForm({ reference, releases, releaseId, clippingUrl }: { reference: Ref; releases: Array<{ id: string; title: string }>; releaseId: string; clippingUrl: string }) {
  const t = useTranslations("inquiries");
  return (
    <StepForm action={linkInquiryAction} reference={reference} label={t("actions.link")} done={t("done.linked")} variant="secondary">
      {(state) => (
        <div className="grid gap-3">
          <Field id="releaseId" label={t("fields.release")} errors={errorsOf(state, "releaseId")}>
            <Select {...describedBy("releaseId", errorsOf(state, "releaseId"))} name="releaseId" defaultValue={valueOf(state, "releaseId", releaseId)} key={`r${reference.version}`}>
              <option value="">—</option>
              {releases.map((release) => (
                <option key={release.id} value={release.id}>
                  {release.title}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="clippingUrl" label={t("fields.clippingUrl")} hint={t("form.clippingHint")} errors={errorsOf(state, "clippingUrl")}>
            <TextInput {...describedBy("clippingUrl", errorsOf(state, "clippingUrl"), true)} type="url" name="clippingUrl" defaultValue={valueOf(state, "clippingUrl", clippingUrl)} maxLength={2000} placeholder="https://" />
          </Field>
        </div>
      )}
    </StepForm>
  );
}

export function EditForm({
  reference,
  topics,
  initial,
}: {
  reference: Ref;
  topics: Array<{ id: string; name: string }>;
  initial: { subject: string; question: string; topicId: string; deadline: string; isFoiRequest: boolean };
}) {
  const t = useTranslations("inquiries");
  return (
    <StepForm action={updateInquiryAction} reference={reference} label={t("actions.edit")} done={t("done.edited")} variant="secondary" testId="edit-form">
      {(state) => (
        <div className="grid gap-3" key={reference.version}>
          <Field id="edit-subject" label={t("fields.subject")} errors={errorsOf(state, "subject")}>
            <TextInput {...describedBy("edit-subject", errorsOf(state, "subject"))} name="subject" defaultValue={valueOf(state, "subject", initial.subject)} maxLength={200} />
          </Field>
          <Field id="edit-question" label={t("fields.question")} errors={errorsOf(state, "question")}>
            <TextArea {...describedBy("edit-question", errorsOf(state, "question"))} name="question" rows={4} defaultValue={valueOf(state, "question", initial.question)} maxLength={20000} />
          </Field>
          <div className="grid gap-3 sm:grid-cols-2">
            <Field id="edit-topic" label={t("fields.topic")} errors={errorsOf(state, "topicId")}>
              <Select {...describedBy("edit-topic", errorsOf(state, "topicId"))} name="topicId" defaultValue={valueOf(state, "topicId", initial.topicId)}>
                <option value="">—</option>
                {topics.map((topic) => (
                  <option key={topic.id} value={topic.id}>
                    {topic.name}
                  </option>
                ))}
              </Select>
            </Field>
            <Field id="edit-deadline" label={t("fields.deadline")} errors={errorsOf(state, "deadline")}>
              <TextInput {...describedBy("edit-deadline", errorsOf(state, "deadline"))} type="datetime-local" name="deadline" defaultValue={valueOf(state, "deadline", initial.deadline)} />
            </Field>
          </div>
          <label className="flex items-center gap-2 text-sm text-slate-800">
            <input type="checkbox" name="isFoiRequest" defaultChecked={state && !state.ok ? state.values.isFoiRequest === "on" : initial.isFoiRequest} className="accent-brand-600" />
            {t("fields.isFoiRequest")}
          </label>
        </div>
      )}
    </StepForm>
  );
}
