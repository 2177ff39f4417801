"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { describedBy, Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome, valueOf } from "@/components/ui/form-state";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { createInquiryAction } from "../actions";
import { INQUIRY_CHANNELS } from "../schema";

export interface InquiryFormOptions {
  contacts: Array<{ id: string; name: string; email: string; outletId: string | null; outletName: string | null }>;
  outlets: Array<{ id: string; name: string }>;
  topics: Array<{ id: string; name: string }>;
  staff: Array<{ id: string; name: string }>;
  standIn: { id: string; name: string } | null;
}

const DEFAULT_LEGAL_BASIS = "veřejný zájem – čl. 6 odst. 1 písm. e) GDPR";

/** Logging an inquiry. A failed save keeps everything typed; the idempotency key makes a double click one record. */
export function InquiryForm({ idempotencyKey, options, receivedAt, actorId }: { idempotencyKey: string; options: InquiryFormOptions; receivedAt: string; actorId: string }) {
  const t = useTranslations("inquiries");
  const [state, action] = useActionState(createInquiryAction, null);
  const [contactId, setContactId] = useState(valueOf(state, "contactId"));
  const errors = (name: string) => errorsOf(state, name);
  const key = state?.at ?? 0;
  return (
    <form action={action} className="space-y-5">
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <FormOutcome state={state} />
      {options.standIn && <Notice tone="warning">{t("awayNotice", { name: options.standIn.name })}</Notice>}

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-slate-900">{t("form.who")}</legend>
        <Field id="contactId" label={t("fields.contact")} errors={errors("contactId")}>
          <Select key={key} {...describedBy("contactId", errors("contactId"))} name="contactId" defaultValue={valueOf(state, "contactId")} onChange={(event) => setContactId(event.target.value)}>
            <option value="">{t("form.someoneNew")}</option>
            {options.contacts.map((contact) => (
              <option key={contact.id} value={contact.id}>
                {contact.outletName ? `${contact.name} (${contact.outletName})` : contact.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="outletId" label={t("fields.outlet")} hint={t("form.outletHint")} errors={errors("outletId")}>
          <Select key={key} {...describedBy("outletId", errors("outletId"), true)} name="outletId" defaultValue={valueOf(state, "outletId")}>
            <option value="">—</option>
            {options.outlets.map((outlet) => (
              <option key={outlet.id} value={outlet.id}>
                {outlet.name}
              </option>
            ))}
          </Select>
        </Field>
        {!contactId && (
          <div className="grid gap-4 rounded-md border border-dashed border-slate-300 p-4 sm:col-span-2 sm:grid-cols-2">
            <Field id="requesterName" label={t("fields.requesterName")} errors={errors("requesterName")} required>
              <TextInput {...describedBy("requesterName", errors("requesterName"))} name="requesterName" defaultValue={valueOf(state, "requesterName")} maxLength={200} />
            </Field>
            <Field id="requesterEmail" label={t("fields.requesterEmail")} errors={errors("requesterEmail")}>
              <TextInput {...describedBy("requesterEmail", errors("requesterEmail"))} type="email" name="requesterEmail" defaultValue={valueOf(state, "requesterEmail")} maxLength={254} />
            </Field>
            <label className="flex items-start gap-2 text-sm text-slate-800 sm:col-span-2">
              <input key={key} type="checkbox" name="saveContact" defaultChecked={valueOf(state, "saveContact") === "on"} className="mt-1 accent-brand-600" />
              <span>
                {t("form.saveContact")}
                <span className="block text-xs text-slate-500">{t("form.saveContactHint")}</span>
              </span>
            </label>
            <div className="sm:col-span-2">
              <Field id="legalBasis" label={t("fields.legalBasis")} errors={errors("legalBasis")}>
                <TextInput {...describedBy("legalBasis", errors("legalBasis"))} name="legalBasis" defaultValue={valueOf(state, "legalBasis", DEFAULT_LEGAL_BASIS)} maxLength={300} />
              </Field>
            </div>
          </div>
        )}
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="channel" label={t("fields.channel")} errors={errors("channel")} required>
          <Select key={key} {...describedBy("channel", errors("channel"))} name="channel" defaultValue={valueOf(state, "channel", "PHONE")}>
            {INQUIRY_CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {t(`channel.${channel}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="receivedAt" label={t("fields.receivedAt")} errors={errors("receivedAt")} required>
          <TextInput {...describedBy("receivedAt", errors("receivedAt"))} type="datetime-local" name="receivedAt" defaultValue={valueOf(state, "receivedAt", receivedAt)} />
        </Field>
        <Field id="deadline" label={t("fields.deadline")} hint={t("form.deadlineHint")} errors={errors("deadline")}>
          <TextInput {...describedBy("deadline", errors("deadline"), true)} type="datetime-local" name="deadline" defaultValue={valueOf(state, "deadline")} />
        </Field>
      </div>

      <label className="flex items-start gap-3 rounded-md border border-slate-200 p-3">
        <input key={key} type="checkbox" name="isFoiRequest" defaultChecked={valueOf(state, "isFoiRequest") === "on"} className="mt-1 accent-brand-600" />
        <span>
          <span className="block text-sm font-medium text-slate-900">{t("fields.isFoiRequest")}</span>
          <span className="block text-xs text-slate-600">{t("form.foiHint")}</span>
        </span>
      </label>

      <Field id="subject" label={t("fields.subject")} errors={errors("subject")} required>
        <TextInput {...describedBy("subject", errors("subject"))} name="subject" defaultValue={valueOf(state, "subject")} maxLength={200} />
      </Field>
      <Field id="question" label={t("fields.question")} errors={errors("question")} required>
        <TextArea {...describedBy("question", errors("question"))} name="question" rows={5} defaultValue={valueOf(state, "question")} maxLength={20000} />
      </Field>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="topicId" label={t("fields.topic")} errors={errors("topicId")}>
          <Select key={key} {...describedBy("topicId", errors("topicId"))} name="topicId" defaultValue={valueOf(state, "topicId")}>
            <option value="">—</option>
            {options.topics.map((topic) => (
              <option key={topic.id} value={topic.id}>
                {topic.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="ownerId" label={t("fields.owner")} hint={t("form.ownerHint")} errors={errors("ownerId")}>
          <Select key={key} {...describedBy("ownerId", errors("ownerId"), true)} name="ownerId" defaultValue={valueOf(state, "ownerId", options.standIn?.id ?? actorId)}>
            {options.staff.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <SubmitButton>{t("form.submit")}</SubmitButton>
    </form>
  );
}
