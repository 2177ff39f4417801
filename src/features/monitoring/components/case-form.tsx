"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describedBy, Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome, valueOf } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { createCaseAction, updateCaseAction } from "../actions";
import { RESPONSE_STATUSES, RESPONSE_TYPES } from "../schema";

type Options = { staff: Array<{ id: string; name: string }>; releases: Array<{ id: string; title: string }>; inquiries: Array<{ id: string; number: string; subject: string }> };

/** Opens a response case for a clipping. */
export function NewCaseForm({ clippingId, options, idempotencyKey, actorId }: { clippingId: string; options: Options; idempotencyKey: string; actorId: string }) {
  const t = useTranslations("monitoring");
  const [state, action] = useActionState(createCaseAction, null);
  return (
    <form action={action} className="space-y-3" data-testid="new-case-form">
      <input type="hidden" name="clippingId" value={clippingId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <FormOutcome state={state} />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id="type" label={t("cases.type")} errors={errorsOf(state, "type")} required>
          <Select name="type" defaultValue={valueOf(state, "type", "STATEMENT")} {...describedBy("type", errorsOf(state, "type"))}>
            {RESPONSE_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`responseType.${type}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="ownerId" label={t("cases.owner")} errors={errorsOf(state, "ownerId")}>
          <Select name="ownerId" defaultValue={valueOf(state, "ownerId", actorId)} {...describedBy("ownerId", errorsOf(state, "ownerId"))}>
            {options.staff.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="deadline" label={t("cases.deadline")} errors={errorsOf(state, "deadline")}>
          <TextInput type="datetime-local" name="deadline" defaultValue={valueOf(state, "deadline")} {...describedBy("deadline", errorsOf(state, "deadline"))} />
        </Field>
      </div>
      <Field id="text" label={t("cases.text")} hint={t("cases.textHint")} errors={errorsOf(state, "text")}>
        <TextArea name="text" rows={4} defaultValue={valueOf(state, "text")} {...describedBy("text", errorsOf(state, "text"), true)} />
      </Field>
      <SubmitButton>{t("cases.open")}</SubmitButton>
    </form>
  );
}

/** Edits a case: the text, the outcome, the release or inquiry that answered it, done. */
export function EditCaseForm({ value, options }: { value: { id: string; version: number; type: string; status: string; ownerId: string | null; deadline: string; text: string; outcome: string; releaseId: string | null; inquiryId: string | null }; options: Options }) {
  const t = useTranslations("monitoring");
  const [state, action] = useActionState(updateCaseAction, null);
  const field = (name: string, hint?: boolean) => describedBy(name, errorsOf(state, name), hint);
  return (
    <form action={action} className="space-y-3" data-testid="edit-case-form">
      <input type="hidden" name="id" value={value.id} />
      <input type="hidden" name="version" value={value.version} />
      <FormOutcome state={state} success={t("cases.saved")} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="type" label={t("cases.type")} errors={errorsOf(state, "type")}>
          <Select name="type" defaultValue={valueOf(state, "type", value.type)} {...field("type")}>
            {RESPONSE_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`responseType.${type}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="status" label={t("cases.status")} errors={errorsOf(state, "status")}>
          <Select name="status" defaultValue={valueOf(state, "status", value.status)} {...field("status")}>
            {RESPONSE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`caseStatus.${status}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="ownerId" label={t("cases.owner")} errors={errorsOf(state, "ownerId")}>
          <Select name="ownerId" defaultValue={valueOf(state, "ownerId", value.ownerId ?? "")} {...field("ownerId")}>
            <option value="">{t("cases.noOwner")}</option>
            {options.staff.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="deadline" label={t("cases.deadline")} errors={errorsOf(state, "deadline")}>
          <TextInput type="datetime-local" name="deadline" defaultValue={valueOf(state, "deadline", value.deadline)} {...field("deadline")} />
        </Field>
      </div>
      <Field id="text" label={t("cases.text")} hint={t("cases.textHint")} errors={errorsOf(state, "text")}>
        <TextArea name="text" rows={5} defaultValue={valueOf(state, "text", value.text)} {...field("text", true)} />
      </Field>
      <Field id="outcome" label={t("cases.outcome")} hint={t("cases.outcomeHint")} errors={errorsOf(state, "outcome")}>
        <TextArea name="outcome" rows={3} defaultValue={valueOf(state, "outcome", value.outcome)} {...field("outcome", true)} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="releaseId" label={t("cases.release")} errors={errorsOf(state, "releaseId")}>
          <Select name="releaseId" defaultValue={valueOf(state, "releaseId", value.releaseId ?? "")} {...field("releaseId")}>
            <option value="">{t("cases.none")}</option>
            {options.releases.map((release) => (
              <option key={release.id} value={release.id}>
                {release.title}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="inquiryId" label={t("cases.inquiry")} errors={errorsOf(state, "inquiryId")}>
          <Select name="inquiryId" defaultValue={valueOf(state, "inquiryId", value.inquiryId ?? "")} {...field("inquiryId")}>
            <option value="">{t("cases.none")}</option>
            {options.inquiries.map((inquiry) => (
              <option key={inquiry.id} value={inquiry.id}>
                {inquiry.number} – {inquiry.subject}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <SubmitButton>{t("cases.save")}</SubmitButton>
    </form>
  );
}
