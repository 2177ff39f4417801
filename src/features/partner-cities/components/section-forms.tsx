"use client";
import { useTranslations } from "next-intl";
import { type ReactNode, useActionState } from "react";
import { describedBy, Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome, valueOf } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/server/form-action";
import {
  addCorrespondenceAction,
  addPartnerActivityAction,
  addPartnerContactAction,
  addPlanActionAction,
  addProposalAction,
  answerProposalAction,
  createCooperationPlanAction,
  markRepliedAction,
  markTranslatedAction,
  passOnProposalAction,
  removeAgreementAction,
  removePartnerContactAction,
  setPlanActionStatusAction,
  uploadAgreementAction,
} from "../actions";
import { ACTION_STATUSES, ACTIVITY_KINDS, DIRECTIONS } from "../schema";

type Action = (state: unknown, payload: FormData) => Promise<ActionState<unknown>>;
type Staff = Array<{ id: string; name: string }>;

/**
 * One small form of the partner city's page: hidden fields, its inputs, one button. After a success the
 * inputs are cleared (the form is mounted again); after a failure they keep what was typed.
 */
function InlineForm({
  action,
  hidden,
  label,
  done,
  variant,
  testId,
  className = "space-y-3",
  children,
}: {
  action: Action;
  hidden: Record<string, string | number>;
  label: string;
  done?: string;
  variant?: "primary" | "secondary" | "danger";
  testId?: string;
  className?: string;
  children?: (state: ActionState<unknown>, field: (name: string) => { id: string; errors: string[] | undefined; value: (fallback?: string) => string }) => ReactNode;
}) {
  const [state, formAction] = useActionState(action, null);
  const prefix = testId ?? "form";
  const field = (name: string) => ({ id: `${prefix}-${name}`, errors: errorsOf(state, name), value: (fallback = "") => valueOf(state, name, fallback) });
  return (
    <form action={formAction} className={className} data-testid={testId} key={state?.ok ? state.at : "open"} noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormOutcome state={state} success={done} />
      {children?.(state, field)}
      <SubmitButton variant={variant}>{label}</SubmitButton>
    </form>
  );
}

function StaffSelect({ name, staff, id, errors, value, empty }: { name: string; staff: Staff; id: string; errors?: string[]; value: string; empty: string }) {
  return (
    <Select {...describedBy(id, errors)} name={name} defaultValue={value}>
      <option value="">{empty}</option>
      {staff.map((user) => (
        <option key={user.id} value={user.id}>
          {user.name}
        </option>
      ))}
    </Select>
  );
}

// --- Contacts ---------------------------------------------------------------------------------------

export function AddContactForm({ partnerCityId, idempotencyKey }: { partnerCityId: string; idempotencyKey: string }) {
  const t = useTranslations("partnerCities");
  return (
    <InlineForm action={addPartnerContactAction} hidden={{ partnerCityId, idempotencyKey }} label={t("contacts.add")} done={t("contacts.added")} variant="secondary" testId="contact-form">
      {(_state, field) => (
        <div className="grid gap-3 sm:grid-cols-2">
          {(["name", "function", "email", "phone"] as const).map((name) => {
            const f = field(name);
            return (
              <Field key={name} id={f.id} label={t(`contacts.fields.${name}`)} errors={f.errors} required={name === "name"}>
                <TextInput {...describedBy(f.id, f.errors)} name={name} type={name === "email" ? "email" : name === "phone" ? "tel" : "text"} defaultValue={f.value()} maxLength={name === "email" ? 254 : 200} />
              </Field>
            );
          })}
        </div>
      )}
    </InlineForm>
  );
}

export function RemoveContactButton({ id }: { id: string }) {
  const t = useTranslations("partnerCities");
  return <InlineForm action={removePartnerContactAction} hidden={{ id }} label={t("contacts.remove")} variant="secondary" className="flex flex-col items-end gap-1" />;
}

// --- Agreement documents ----------------------------------------------------------------------------

export function UploadAgreementForm({ partnerCityId }: { partnerCityId: string }) {
  const t = useTranslations("partnerCities");
  return (
    <InlineForm action={uploadAgreementAction} hidden={{ partnerCityId }} label={t("documents.upload")} done={t("documents.uploaded")} variant="secondary" testId="agreement-form">
      {(_state, field) => {
        const f = field("file");
        return (
          <Field id={f.id} label={t("documents.file")} hint={t("documents.hint")} errors={f.errors} required>
            <TextInput {...describedBy(f.id, f.errors, true)} name="file" type="file" accept="application/pdf,.pdf" className="text-sm file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-2 file:py-1" />
          </Field>
        );
      }}
    </InlineForm>
  );
}

export function RemoveDocumentButton({ id }: { id: string }) {
  const t = useTranslations("partnerCities");
  return <InlineForm action={removeAgreementAction} hidden={{ id }} label={t("documents.remove")} variant="secondary" className="flex flex-col items-end gap-1" />;
}

// --- Plans ------------------------------------------------------------------------------------------

export function CreatePlanForm({ partnerCityId, idempotencyKey, year }: { partnerCityId: string; idempotencyKey: string; year: number }) {
  const t = useTranslations("partnerCities");
  return (
    <InlineForm action={createCooperationPlanAction} hidden={{ partnerCityId, idempotencyKey }} label={t("plans.create")} done={t("plans.created")} variant="secondary" testId="plan-form">
      {(_state, field) => {
        const year_ = field("year");
        const notes = field("notes");
        return (
          <div className="grid gap-3 sm:grid-cols-[8rem_1fr]">
            <Field id={year_.id} label={t("plans.year")} errors={year_.errors} required>
              <TextInput {...describedBy(year_.id, year_.errors)} name="year" type="number" min={2000} max={2100} defaultValue={year_.value(String(year))} />
            </Field>
            <Field id={notes.id} label={t("plans.notes")} errors={notes.errors}>
              <TextInput {...describedBy(notes.id, notes.errors)} name="notes" defaultValue={notes.value()} maxLength={5000} />
            </Field>
          </div>
        );
      }}
    </InlineForm>
  );
}

export function AddPlanActionForm({ planId, idempotencyKey, staff }: { planId: string; idempotencyKey: string; staff: Staff }) {
  const t = useTranslations("partnerCities");
  return (
    <InlineForm action={addPlanActionAction} hidden={{ planId, idempotencyKey }} label={t("plans.addAction")} done={t("plans.actionAdded")} variant="secondary" testId={`action-form-${planId}`}>
      {(_state, field) => {
        const title = field("title");
        const owner = field("ownerId");
        const due = field("due");
        return (
          <div className="grid gap-3 sm:grid-cols-[2fr_1fr_10rem]">
            <Field id={title.id} label={t("plans.actionTitle")} errors={title.errors} required>
              <TextInput {...describedBy(title.id, title.errors)} name="title" defaultValue={title.value()} maxLength={300} />
            </Field>
            <Field id={owner.id} label={t("plans.owner")} errors={owner.errors}>
              <StaffSelect name="ownerId" staff={staff} id={owner.id} errors={owner.errors} value={owner.value()} empty="—" />
            </Field>
            <Field id={due.id} label={t("plans.due")} errors={due.errors}>
              <TextInput {...describedBy(due.id, due.errors)} name="due" type="date" defaultValue={due.value()} />
            </Field>
          </div>
        );
      }}
    </InlineForm>
  );
}

export function ActionStatusForm({ id, version, status }: { id: string; version: number; status: string }) {
  const t = useTranslations("partnerCities");
  const [state, formAction] = useActionState(setPlanActionStatusAction, null);
  return (
    <form action={formAction} className="flex shrink-0 flex-wrap items-center justify-end gap-2 sm:flex-nowrap" data-testid="action-status-form">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <select
        name="status"
        defaultValue={valueOf(state, "status", status)}
        aria-label={t("plans.status")}
        key={`${version}`}
        className="rounded-md border border-slate-300 bg-white px-2 py-2 text-sm shadow-xs focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200"
      >
        {ACTION_STATUSES.map((value) => (
          <option key={value} value={value}>
            {t(`actionStatus.${value}`)}
          </option>
        ))}
      </select>
      <SubmitButton variant="secondary">{t("plans.setStatus")}</SubmitButton>
      {state && !state.ok && (
        <p role="alert" className="basis-full text-right text-sm text-red-700">
          {state.message}
        </p>
      )}
    </form>
  );
}

// --- Correspondence ---------------------------------------------------------------------------------

export function AddLetterForm({ partnerCityId, idempotencyKey, staff, today, language }: { partnerCityId: string; idempotencyKey: string; staff: Staff; today: string; language: string }) {
  const t = useTranslations("partnerCities");
  return (
    <InlineForm action={addCorrespondenceAction} hidden={{ partnerCityId, idempotencyKey }} label={t("correspondence.add")} done={t("correspondence.added")} variant="secondary" testId="letter-form">
      {(state, field) => {
        const f = (name: string) => field(name);
        const direction = f("direction");
        const date = f("date");
        const subject = f("subject");
        const lang = f("language");
        const responsible = f("responsibleId");
        const replyDue = f("replyDue");
        const summary = f("summary");
        return (
          <>
            <div className="grid gap-3 sm:grid-cols-3">
              <Field id={direction.id} label={t("correspondence.direction")} errors={direction.errors} required>
                <Select {...describedBy(direction.id, direction.errors)} name="direction" defaultValue={direction.value("IN")}>
                  {DIRECTIONS.map((value) => (
                    <option key={value} value={value}>
                      {t(`direction.${value}`)}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field id={date.id} label={t("correspondence.date")} errors={date.errors} required>
                <TextInput {...describedBy(date.id, date.errors)} name="date" type="date" defaultValue={date.value(today)} />
              </Field>
              <Field id={lang.id} label={t("correspondence.language")} errors={lang.errors} required>
                <TextInput {...describedBy(lang.id, lang.errors)} name="language" defaultValue={lang.value(language)} maxLength={3} className="lowercase" />
              </Field>
            </div>
            <Field id={subject.id} label={t("correspondence.subject")} errors={subject.errors} required>
              <TextInput {...describedBy(subject.id, subject.errors)} name="subject" defaultValue={subject.value()} maxLength={300} />
            </Field>
            <Field id={summary.id} label={t("correspondence.summary")} errors={summary.errors}>
              <TextArea {...describedBy(summary.id, summary.errors)} name="summary" rows={2} defaultValue={summary.value()} maxLength={10000} />
            </Field>
            <div className="grid gap-3 sm:grid-cols-2">
              <Field id={responsible.id} label={t("correspondence.responsible")} errors={responsible.errors}>
                <StaffSelect name="responsibleId" staff={staff} id={responsible.id} errors={responsible.errors} value={responsible.value()} empty="—" />
              </Field>
              <Field id={replyDue.id} label={t("correspondence.replyDue")} hint={t("correspondence.replyDueHint")} errors={replyDue.errors}>
                <TextInput {...describedBy(replyDue.id, replyDue.errors, true)} name="replyDue" type="date" defaultValue={replyDue.value()} />
              </Field>
            </div>
            <label className="flex items-center gap-2 text-sm text-slate-800">
              <input type="checkbox" name="translationNeeded" defaultChecked={valueOf(state, "translationNeeded") === "on"} className="accent-brand-600" data-testid="translation-needed" />
              {t("correspondence.translationNeeded")}
            </label>
          </>
        );
      }}
    </InlineForm>
  );
}

export function LetterStepButton({ id, version, step }: { id: string; version: number; step: "translated" | "replied" }) {
  const t = useTranslations("partnerCities");
  return (
    <InlineForm
      action={step === "translated" ? markTranslatedAction : markRepliedAction}
      hidden={{ id, version }}
      label={t(step === "translated" ? "correspondence.markTranslated" : "correspondence.markReplied")}
      variant="secondary"
      testId={`letter-${step}`}
      className="flex flex-col items-start gap-1"
    />
  );
}

// --- Proposals --------------------------------------------------------------------------------------

export function AddProposalForm({ partnerCityId, idempotencyKey, today }: { partnerCityId: string; idempotencyKey: string; today: string }) {
  const t = useTranslations("partnerCities");
  return (
    <InlineForm action={addProposalAction} hidden={{ partnerCityId, idempotencyKey }} label={t("proposals.add")} done={t("proposals.added")} variant="secondary" testId="proposal-form">
      {(_state, field) => {
        const received = field("receivedOn");
        const summary = field("summary");
        return (
          <div className="grid gap-3 sm:grid-cols-[10rem_1fr]">
            <Field id={received.id} label={t("proposals.receivedOn")} errors={received.errors} required>
              <TextInput {...describedBy(received.id, received.errors)} name="receivedOn" type="date" defaultValue={received.value(today)} />
            </Field>
            <Field id={summary.id} label={t("proposals.summary")} errors={summary.errors} required>
              <TextArea {...describedBy(summary.id, summary.errors)} name="summary" rows={2} defaultValue={summary.value()} maxLength={5000} />
            </Field>
          </div>
        );
      }}
    </InlineForm>
  );
}

export function PassOnForm({ id, version }: { id: string; version: number }) {
  const t = useTranslations("partnerCities");
  return (
    <InlineForm action={passOnProposalAction} hidden={{ id, version }} label={t("proposals.passOn")} done={t("proposals.passedOnDone")} variant="secondary" testId="pass-on-form">
      {(_state, field) => {
        const department = field("department");
        return (
          <Field id={department.id} label={t("proposals.department")} errors={department.errors} required>
            <TextInput {...describedBy(department.id, department.errors)} name="department" defaultValue={department.value()} maxLength={200} />
          </Field>
        );
      }}
    </InlineForm>
  );
}

export function AnswerProposalForm({ id, version }: { id: string; version: number }) {
  const t = useTranslations("partnerCities");
  return (
    <InlineForm action={answerProposalAction} hidden={{ id, version }} label={t("proposals.recordAnswer")} done={t("proposals.answeredDone")} variant="secondary" testId="answer-form">
      {(_state, field) => {
        const answer = field("answer");
        return (
          <Field id={answer.id} label={t("proposals.answer")} errors={answer.errors} required>
            <TextArea {...describedBy(answer.id, answer.errors)} name="answer" rows={2} defaultValue={answer.value()} maxLength={10000} />
          </Field>
        );
      }}
    </InlineForm>
  );
}

// --- Activities -------------------------------------------------------------------------------------

export function AddActivityForm({ partnerCityId, idempotencyKey, today }: { partnerCityId: string; idempotencyKey: string; today: string }) {
  const t = useTranslations("partnerCities");
  return (
    <InlineForm action={addPartnerActivityAction} hidden={{ partnerCityId, idempotencyKey }} label={t("activities.add")} done={t("activities.added")} variant="secondary" testId="activity-form">
      {(_state, field) => {
        const kind = field("kind");
        const date = field("date");
        const title = field("title");
        const description = field("description");
        return (
          <>
            <div className="grid gap-3 sm:grid-cols-[12rem_10rem_1fr]">
              <Field id={kind.id} label={t("activities.kind")} errors={kind.errors} required>
                <Select {...describedBy(kind.id, kind.errors)} name="kind" defaultValue={kind.value("JOINT_PROJECT")}>
                  {ACTIVITY_KINDS.map((value) => (
                    <option key={value} value={value}>
                      {t(`activityKind.${value}`)}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field id={date.id} label={t("activities.date")} errors={date.errors} required>
                <TextInput {...describedBy(date.id, date.errors)} name="date" type="date" defaultValue={date.value(today)} />
              </Field>
              <Field id={title.id} label={t("activities.title")} errors={title.errors} required>
                <TextInput {...describedBy(title.id, title.errors)} name="title" defaultValue={title.value()} maxLength={200} />
              </Field>
            </div>
            <Field id={description.id} label={t("activities.description")} errors={description.errors}>
              <TextArea {...describedBy(description.id, description.errors)} name="description" rows={2} defaultValue={description.value()} maxLength={5000} />
            </Field>
          </>
        );
      }}
    </InlineForm>
  );
}
