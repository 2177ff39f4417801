"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useActionState } from "react";
import { RichTextField } from "@/components/ui/rich-text-editor";
import { describedBy, Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome, valueOf, valuesOf } from "@/components/ui/form-state";
import { Notice } from "@/components/ui/notice";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/server/form-action";
import {
  addBookingAction,
  addExpenseAction,
  addGiftAction,
  addParticipantAction,
  addProgrammeItemAction,
  changeVisitStatusAction,
  draftReleaseAction,
  saveBriefingAction,
  saveReportAction,
  uploadVisitFileAction,
} from "../actions";
import { BOOKING_KINDS, CURRENCIES, EXPENSE_CATEGORIES, GIFT_DECISIONS, VISIT_ROLES, VISIT_SIDES } from "../schema";

// The detail page's forms. Adding forms carry an idempotency key rendered by the page (a new one after
// every save, because the page is revalidated); a failed save keeps what was typed.

type AnyAction = (state: unknown, payload: FormData) => Promise<ActionState<unknown>>;
const gridClass = "grid gap-3 sm:grid-cols-2 2xl:grid-cols-3";

function Text({ state, id, name, label, required, hint, defaultValue, ...rest }: { state: ActionState<unknown>; id: string; name: string; label: string; required?: boolean; hint?: string } & React.ComponentProps<"input">) {
  return (
    <Field id={id} label={label} errors={errorsOf(state, name)} required={required} hint={hint}>
      <TextInput {...describedBy(id, errorsOf(state, name), Boolean(hint))} name={name} defaultValue={valueOf(state, name, typeof defaultValue === "string" ? defaultValue : "")} {...rest} />
    </Field>
  );
}

function Choice({ state, id, name, label, options, initial = "", required }: { state: ActionState<unknown>; id: string; name: string; label: string; options: Array<{ value: string; label: string }>; initial?: string; required?: boolean }) {
  return (
    <Field id={id} label={label} errors={errorsOf(state, name)} required={required}>
      <Select {...describedBy(id, errorsOf(state, name))} name={name} defaultValue={valueOf(state, name, initial)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export function ParticipantForm({ visitId, idempotencyKey, staff, outgoing, restricted }: { visitId: string; idempotencyKey: string; staff: Array<{ id: string; name: string }>; outgoing: boolean; restricted: boolean }) {
  const t = useTranslations("visits");
  const [state, action] = useActionState(addParticipantAction, null);
  return (
    <form action={action} className="space-y-3 rounded-md border border-slate-200 p-4" noValidate key={state?.ok ? state.at : 0} data-testid="participant-form">
      <h3 className="text-sm font-semibold">{t("participants.add")}</h3>
      <FormOutcome state={state} success={t("done.added")} />
      <input type="hidden" name="visitId" value={visitId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <div className={gridClass}>
        <Choice state={state} id="participant-side" name="side" label={t("participants.side")} options={VISIT_SIDES.map((value) => ({ value, label: t(`side.${value}`) }))} />
        <Text state={state} id="participant-rank" name="rank" label={t("participants.rank")} required type="number" min={1} max={999} inputMode="numeric" />
        <Choice state={state} id="participant-role" name="role" label={t("participants.role")} initial="MEMBER" options={VISIT_ROLES.map((value) => ({ value, label: t(`role.${value}`) }))} />
        <Choice state={state} id="participant-user" name="userId" label={t("participants.staff")} options={[{ value: "", label: t("participants.notStaff") }, ...staff.map((user) => ({ value: user.id, label: user.name }))]} />
        <Text state={state} id="participant-name" name="name" label={t("participants.name")} maxLength={200} />
        <Text state={state} id="participant-function" name="function" label={t("participants.function")} maxLength={200} />
        <Text state={state} id="participant-organisation" name="organisation" label={t("participants.organisation")} maxLength={200} />
        <Text state={state} id="participant-country" name="country" label={t("participants.country")} maxLength={100} />
        {restricted && (
          <>
            <Text state={state} id="participant-dietary" name="dietary" label={t("participants.dietary")} maxLength={500} />
            <Text state={state} id="participant-contact" name="contact" label={t("participants.contact")} maxLength={300} />
            {outgoing && <Text state={state} id="participant-passport" name="passportNote" label={t("participants.passportNote")} hint={t("participants.passportHint")} maxLength={500} />}
          </>
        )}
      </div>
      <SubmitButton variant="secondary">{t("participants.addButton")}</SubmitButton>
    </form>
  );
}

type ProgrammeResult = { clashes: { internal: Array<{ participantId: string; first: { activity: string }; second: { activity: string } }>; commitments: Array<{ participantName: string; otherTitle: string; startsAt: string }> } };

export function ProgrammeForm({ visitId, idempotencyKey, participants, defaultDay }: { visitId: string; idempotencyKey: string; participants: Array<{ id: string; name: string }>; defaultDay: string }) {
  const t = useTranslations("visits");
  const format = useFormatter();
  const [state, action] = useActionState(addProgrammeItemAction as AnyAction as (state: unknown, payload: FormData) => Promise<ActionState<ProgrammeResult>>, null);
  const chosen = valuesOf(state, "participantIds");
  const names = new Map(participants.map((person) => [person.id, person.name]));
  const clashes = state?.ok ? state.data.clashes : null;
  return (
    <form action={action} className="space-y-3 rounded-md border border-slate-200 p-4" noValidate key={state?.ok ? state.at : 0} data-testid="programme-form">
      <h3 className="text-sm font-semibold">{t("programme.add")}</h3>
      <FormOutcome state={state} success={t("done.added")} />
      {clashes && clashes.internal.length + clashes.commitments.length > 0 && (
        <Notice tone="warning">
          <p className="font-medium">{t("clashes.savedWithClash")}</p>
          <ul className="mt-1 list-disc pl-5">
            {clashes.internal.map((clash, index) => (
              <li key={`i${index}`}>{t("clashes.internal", { name: names.get(clash.participantId) ?? "?", first: clash.first.activity, second: clash.second.activity })}</li>
            ))}
            {clashes.commitments.map((clash, index) => (
              <li key={`c${index}`}>{t("clashes.commitment", { name: clash.participantName, other: clash.otherTitle, when: format.dateTime(new Date(clash.startsAt), { dateStyle: "medium", timeStyle: "short" }) })}</li>
            ))}
          </ul>
        </Notice>
      )}
      <input type="hidden" name="visitId" value={visitId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <div className={gridClass}>
        <Text state={state} id="item-startsAt" name="startsAt" label={t("programme.startsAt")} required type="datetime-local" defaultValue={`${defaultDay}T09:00`} />
        <Text state={state} id="item-endsAt" name="endsAt" label={t("programme.endsAt")} required type="datetime-local" defaultValue={`${defaultDay}T10:00`} />
        <Text state={state} id="item-activity" name="activity" label={t("programme.activity")} required maxLength={300} />
        <Text state={state} id="item-place" name="place" label={t("programme.place")} required maxLength={300} />
        <Text state={state} id="item-responsible" name="responsible" label={t("programme.responsible")} maxLength={200} />
        <Text state={state} id="item-notes" name="notes" label={t("programme.notes")} maxLength={2000} />
        <label className="flex items-center gap-2 self-end pb-2 text-sm text-slate-700">
          <input type="checkbox" name="pressInvited" defaultChecked={valueOf(state, "pressInvited") === "on"} className="accent-brand-600" />
          {t("programme.pressInvited")}
        </label>
      </div>
      {participants.length > 0 && (
        <fieldset>
          <legend className="mb-1 text-sm font-medium text-slate-800">{t("programme.participants")}</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {participants.map((person) => (
              <label key={person.id} className="flex items-center gap-1.5 text-sm text-slate-700">
                <input type="checkbox" name="participantIds[]" value={person.id} defaultChecked={chosen.includes(person.id)} className="accent-brand-600" />
                {person.name}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <SubmitButton variant="secondary">{t("programme.addButton")}</SubmitButton>
    </form>
  );
}

export function BookingForm({ visitId, idempotencyKey }: { visitId: string; idempotencyKey: string }) {
  const t = useTranslations("visits");
  const [state, action] = useActionState(addBookingAction, null);
  return (
    <form action={action} className="space-y-3 rounded-md border border-slate-200 p-4" noValidate key={state?.ok ? state.at : 0} data-testid="booking-form">
      <h3 className="text-sm font-semibold">{t("logistics.add")}</h3>
      <FormOutcome state={state} success={t("done.added")} />
      <input type="hidden" name="visitId" value={visitId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <div className={gridClass}>
        <Choice state={state} id="booking-kind" name="kind" label={t("logistics.kind")} options={BOOKING_KINDS.map((value) => ({ value, label: t(`bookingKind.${value}`) }))} />
        <Text state={state} id="booking-supplier" name="supplier" label={t("logistics.supplier")} required maxLength={200} />
        <Text state={state} id="booking-cost" name="cost" label={t("logistics.cost")} inputMode="decimal" />
        <Choice state={state} id="booking-currency" name="currency" label={t("fields.currency")} options={CURRENCIES.map((value) => ({ value, label: value }))} />
      </div>
      <Field id="booking-details" label={t("logistics.details")} errors={errorsOf(state, "details")}>
        <TextArea {...describedBy("booking-details", errorsOf(state, "details"))} name="details" rows={2} maxLength={2000} defaultValue={valueOf(state, "details")} />
      </Field>
      <SubmitButton variant="secondary">{t("logistics.addButton")}</SubmitButton>
    </form>
  );
}

export function GiftForm({
  visitId,
  idempotencyKey,
  defaultDay,
  promoItems,
}: {
  visitId: string;
  idempotencyKey: string;
  defaultDay: string;
  /** Items in the promotional stock (empty for a user who may not issue stock). */
  promoItems: Array<{ id: string; name: string; onHand: number; unit: string }>;
}) {
  const t = useTranslations("visits");
  const [state, action] = useActionState(addGiftAction, null);
  return (
    <form action={action} className="space-y-3 rounded-md border border-slate-200 p-4" noValidate key={state?.ok ? state.at : 0} data-testid="gift-form">
      <h3 className="text-sm font-semibold">{t("gifts.add")}</h3>
      <p className="text-xs text-slate-500">{t("gifts.stockHint")}</p>
      <FormOutcome state={state} success={t("done.added")} />
      <input type="hidden" name="visitId" value={visitId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <div className={gridClass}>
        <Choice state={state} id="gift-direction" name="direction" label={t("gifts.direction")} options={["GIVEN", "RECEIVED"].map((value) => ({ value, label: t(`giftDirection.${value}`) }))} />
        {promoItems.length > 0 && (
          <Choice
            state={state}
            id="gift-promo-item"
            name="promoItemId"
            label={t("gifts.fromStockItem")}
            options={[{ value: "", label: t("gifts.notFromStock") }, ...promoItems.map((item) => ({ value: item.id, label: `${item.name} (${item.onHand} ${item.unit})` }))]}
          />
        )}
        <Text state={state} id="gift-description" name="description" label={t("gifts.description")} required maxLength={500} />
        <Text state={state} id="gift-quantity" name="quantity" label={t("gifts.quantity")} type="number" min={1} defaultValue="1" />
        <Text state={state} id="gift-counterparty" name="counterparty" label={t("gifts.counterparty")} hint={t("gifts.counterpartyHint")} maxLength={200} />
        <Text state={state} id="gift-date" name="date" label={t("gifts.date")} required type="date" defaultValue={defaultDay} />
        <Text state={state} id="gift-value" name="estimatedValue" label={t("gifts.estimatedValue")} inputMode="decimal" />
        <Choice state={state} id="gift-currency" name="currency" label={t("fields.currency")} options={CURRENCIES.map((value) => ({ value, label: value }))} />
        <Choice state={state} id="gift-decision" name="decision" label={t("gifts.decision")} options={[{ value: "", label: t("gifts.undecided") }, ...GIFT_DECISIONS.map((value) => ({ value, label: t(`giftDecision.${value}`) }))]} />
      </div>
      <SubmitButton variant="secondary">{t("gifts.addButton")}</SubmitButton>
    </form>
  );
}

export function ExpenseForm({ visitId, idempotencyKey }: { visitId: string; idempotencyKey: string }) {
  const t = useTranslations("visits");
  const [state, action] = useActionState(addExpenseAction, null);
  return (
    <form action={action} className="space-y-3 rounded-md border border-slate-200 p-4" noValidate key={state?.ok ? state.at : 0} data-testid="expense-form">
      <h3 className="text-sm font-semibold">{t("budget.add")}</h3>
      <FormOutcome state={state} success={t("done.added")} />
      <input type="hidden" name="visitId" value={visitId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <div className={gridClass}>
        <Choice state={state} id="expense-category" name="category" label={t("budget.category")} options={EXPENSE_CATEGORIES.map((value) => ({ value, label: t(`expenseCategory.${value}`) }))} />
        <Text state={state} id="expense-description" name="description" label={t("budget.description")} maxLength={500} />
        <Text state={state} id="expense-planned" name="planned" label={t("budget.planned")} inputMode="decimal" />
        <Text state={state} id="expense-actual" name="actual" label={t("budget.actual")} inputMode="decimal" />
        <Choice state={state} id="expense-currency" name="currency" label={t("fields.currency")} options={CURRENCIES.map((value) => ({ value, label: value }))} />
        <Text state={state} id="expense-rate" name="rate" label={t("budget.rate")} hint={t("budget.rateHint")} inputMode="decimal" />
        <Text state={state} id="expense-document" name="documentNumber" label={t("budget.documentNumber")} maxLength={100} />
      </div>
      <SubmitButton variant="secondary">{t("budget.addButton")}</SubmitButton>
    </form>
  );
}

/** A one-button form on a row (remove, confirm a booking…): the action comes from the page. */
export function RowButton({ action, fields, label, variant = "secondary", confirm, testId }: { action: AnyAction; fields: Record<string, string | number>; label: string; variant?: "primary" | "secondary" | "danger"; confirm?: string; testId?: string }) {
  const [state, run] = useActionState(action, null);
  return (
    <form
      action={run}
      className="inline-block"
      data-testid={testId}
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant={variant}>{label}</SubmitButton>
      {state && !state.ok && <span className="ml-2 text-xs text-red-700" role="alert">{state.message}</span>}
    </form>
  );
}

export function StatusButtons({ id, version, from, transitions }: { id: string; version: number; from: string; transitions: Array<{ to: string; refusal: string | null }> }) {
  const t = useTranslations("visits");
  const errors = useTranslations("errors");
  const [state, run] = useActionState(changeVisitStatusAction, null);
  const label = (to: string) => t(to === "PLANNED" && from === "CONFIRMED" ? "transition.reopen" : `transition.${to}`);
  return (
    <div className="space-y-2">
      <FormOutcome state={state} success={t("done.statusChanged")} />
      <div className="flex flex-wrap gap-2">
        {transitions.map(({ to, refusal }) => (
          <form key={to} action={run}>
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="version" value={version} />
            <input type="hidden" name="status" value={to} />
            {refusal ? (
              // Refused by the policy: shown, disabled, with the reason below (the server refuses it too).
              <Button disabled aria-disabled variant={to === "CANCELLED" ? "danger" : "secondary"}>
                {label(to)}
              </Button>
            ) : (
              <SubmitButton variant={to === "CANCELLED" ? "danger" : (to === "PLANNED" && from === "CONFIRMED") || to === "DRAFT" ? "secondary" : "primary"}>{label(to)}</SubmitButton>
            )}
          </form>
        ))}
      </div>
      {transitions
        .filter((transition) => transition.refusal)
        .map((transition) => (
          <p key={transition.to} className="text-xs text-slate-500">
            {label(transition.to)}: {errors(transition.refusal as string)}
          </p>
        ))}
    </div>
  );
}

export function BriefingForm({ id, version, html }: { id: string; version: number; html: string }) {
  const t = useTranslations("visits");
  const [state, run] = useActionState(saveBriefingAction, null);
  return (
    <form action={run} className="space-y-3" key={state?.at ?? 0}>
      <FormOutcome state={state} success={t("done.saved")} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <RichTextField id="briefingHtml" name="briefingHtml" label={t("briefing.notes")} defaultValue={valueOf(state, "briefingHtml", html)} errors={errorsOf(state, "briefingHtml")} />
      <SubmitButton variant="secondary">{t("briefing.save")}</SubmitButton>
    </form>
  );
}

export function ReportForm({ id, version, report }: { id: string; version: number; report: string }) {
  const t = useTranslations("visits");
  const [state, run] = useActionState(saveReportAction, null);
  return (
    <form action={run} className="space-y-3" key={state?.at ?? 0}>
      <FormOutcome state={state} success={t("done.saved")} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <Field id="report" label={t("report.text")} hint={t("report.hint")} errors={errorsOf(state, "report")}>
        <TextArea {...describedBy("report", errorsOf(state, "report"), true)} name="report" rows={8} maxLength={20000} defaultValue={valueOf(state, "report", report)} />
      </Field>
      <SubmitButton variant="secondary">{t("report.save")}</SubmitButton>
    </form>
  );
}

export function DraftReleaseButton({ id, idempotencyKey }: { id: string; idempotencyKey: string }) {
  const t = useTranslations("visits");
  const [state, run] = useActionState(draftReleaseAction, null);
  return (
    <form action={run} className="space-y-2">
      <FormOutcome state={state} success={t("report.releaseDrafted")} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <SubmitButton>{t("report.draftRelease")}</SubmitButton>
    </form>
  );
}

export function FileUploadForm({ visitId }: { visitId: string }) {
  const t = useTranslations("visits");
  const [state, run] = useActionState(uploadVisitFileAction, null);
  return (
    <form action={run} className="space-y-3 rounded-md border border-slate-200 p-4" noValidate key={state?.ok ? state.at : 0}>
      <h3 className="text-sm font-semibold">{t("briefing.upload")}</h3>
      <FormOutcome state={state} success={t("done.uploaded")} />
      <input type="hidden" name="visitId" value={visitId} />
      <input type="hidden" name="kind" value="ATTACHMENT" />
      <Field id="visit-file" label={t("briefing.file")} hint={t("briefing.fileHint")} errors={errorsOf(state, "file")} required>
        <TextInput {...describedBy("visit-file", errorsOf(state, "file"), true)} name="file" type="file" accept="application/pdf" className="text-sm" />
      </Field>
      <Text state={state} id="visit-file-caption" name="caption" label={t("briefing.caption")} maxLength={1000} />
      <SubmitButton variant="secondary">{t("briefing.uploadButton")}</SubmitButton>
    </form>
  );
}
