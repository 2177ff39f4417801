"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describedBy, Field, Select, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome, valueOf } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { issueCreditNoteAction, issueInvoiceAction, recordPaymentAction, updateBillingProfileAction } from "../actions";
import { formatCzk } from "../money";
import { PAYMENT_METHODS } from "../schema";

export interface InvoiceableGroup {
  issue: { id: string; label: string };
  advertiser: { id: string; company: string };
  orders: Array<{ id: string; sizeCode: string; placement: string; priceMinor: number; vatPercent: number }>;
}

/** One advertiser's orders in one issue: tick the orders, issue the invoice (numbers and VAT come from the server). */
export function IssueInvoiceForm({ group, idempotencyKey, today }: { group: InvoiceableGroup; idempotencyKey: string; today: string }) {
  const t = useTranslations("newspaperBilling.toInvoice");
  const [state, action] = useActionState(issueInvoiceAction, null);
  return (
    <form action={action} className="space-y-3" data-testid="issue-invoice-form">
      <input type="hidden" name="advertiserId" value={group.advertiser.id} />
      <input type="hidden" name="issueId" value={group.issue.id} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold">{group.advertiser.company}</h3>
        <span className="text-sm text-slate-600">{group.issue.label}</span>
      </div>
      <FormOutcome state={state} />
      <ul className="divide-y divide-slate-100 text-sm">
        {group.orders.map((order) => (
          <li key={order.id} className="flex items-center gap-3 py-1.5">
            <input type="checkbox" name="adOrderIds[]" value={order.id} defaultChecked aria-label={t("orderLabel", { size: order.sizeCode })} className="accent-brand-600" />
            <span className="flex-1">
              {t("orderLabel", { size: order.sizeCode })}
              {order.placement && <span className="text-slate-500"> · {order.placement}</span>}
            </span>
            <span className="tabular-nums">{formatCzk(order.priceMinor)}</span>
            <span className="w-12 text-right text-slate-500">{order.vatPercent} %</span>
          </li>
        ))}
      </ul>
      {errorsOf(state, "adOrderIds")?.map((error) => (
        <p key={error} className="text-sm text-red-700">
          {error}
        </p>
      ))}
      <div className="flex flex-wrap items-end gap-3">
        <Field id={`issueDate-${group.advertiser.id}-${group.issue.id}`} label={t("issueDate")} errors={errorsOf(state, "issueDate")}>
          <TextInput id={`issueDate-${group.advertiser.id}-${group.issue.id}`} name="issueDate" type="date" defaultValue={valueOf(state, "issueDate", today)} />
        </Field>
        <SubmitButton pendingLabel={t("working")}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}

export function PaymentForm({ invoiceId, version, outstanding, today, idempotencyKey }: { invoiceId: string; version: number; outstanding: number; today: string; idempotencyKey: string }) {
  const t = useTranslations("newspaperBilling.payment");
  const [state, action] = useActionState(recordPaymentAction, null);
  return (
    <form action={action} className="space-y-3" noValidate data-testid="payment-form" key={state?.ok ? state.at : "form"}>
      <input type="hidden" name="invoiceId" value={invoiceId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="idempotencyKey" value={state?.ok ? `${idempotencyKey}-${state.at}` : idempotencyKey} />
      <FormOutcome state={state} success={t("done")} />
      <Field id="paidOn" label={t("paidOn")} errors={errorsOf(state, "paidOn")} required>
        <TextInput {...describedBy("paidOn", errorsOf(state, "paidOn"))} name="paidOn" type="date" defaultValue={valueOf(state, "paidOn", today)} max={today} />
      </Field>
      <Field id="amount" label={t("amount")} hint={t("amountHint", { outstanding: formatCzk(outstanding) })} errors={errorsOf(state, "amount")} required>
        <TextInput {...describedBy("amount", errorsOf(state, "amount"), true)} name="amount" inputMode="decimal" defaultValue={valueOf(state, "amount", (outstanding / 100).toFixed(2).replace(".", ","))} />
      </Field>
      <Field id="method" label={t("method")} errors={errorsOf(state, "method")}>
        <Select id="method" name="method" defaultValue={valueOf(state, "method", "BANK_TRANSFER")}>
          {PAYMENT_METHODS.map((method) => (
            <option key={method} value={method}>
              {t(`methods.${method}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="note" label={t("note")} errors={errorsOf(state, "note")}>
        <TextInput {...describedBy("note", errorsOf(state, "note"))} name="note" maxLength={300} defaultValue={valueOf(state, "note")} />
      </Field>
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}

export function CreditNoteForm({
  invoiceId,
  version,
  lines,
  idempotencyKey,
}: {
  invoiceId: string;
  version: number;
  lines: Array<{ id: string; position: number; description: string; remaining: number }>;
  idempotencyKey: string;
}) {
  const t = useTranslations("newspaperBilling.credit");
  const [state, action] = useActionState(issueCreditNoteAction, null);
  return (
    <form action={action} className="space-y-3" noValidate data-testid="credit-note-form">
      <input type="hidden" name="invoiceId" value={invoiceId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <FormOutcome state={state} />
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <Field id="reason" label={t("reason")} errors={errorsOf(state, "reason")} required>
        <TextInput {...describedBy("reason", errorsOf(state, "reason"))} name="reason" maxLength={500} defaultValue={valueOf(state, "reason")} />
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="full" className="accent-brand-600" defaultChecked={valueOf(state, "full") === "on"} />
        {t("full")}
      </label>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t("partly")}</legend>
        {lines.map((line, index) => (
          <div key={line.id} className="space-y-1 text-sm">
            <input type="hidden" name="lineId[]" value={line.id} />
            <label htmlFor={`credit-${line.id}`} className="block text-slate-700">
              {line.position}. {line.description} <span className="whitespace-nowrap text-slate-500">({t("left", { amount: formatCzk(line.remaining) })})</span>
            </label>
            <TextInput id={`credit-${line.id}`} name="amount[]" inputMode="decimal" className="w-40" placeholder="0,00" disabled={line.remaining <= 0} aria-invalid={Boolean(errorsOf(state, `lines.${index}.amount`))} />
          </div>
        ))}
        {[...(errorsOf(state, "lines") ?? []), ...lines.flatMap((_, index) => errorsOf(state, `lines.${index}.amount`) ?? [])].map((error) => (
          <p key={error} className="text-sm text-red-700">
            {error}
          </p>
        ))}
      </fieldset>
      <SubmitButton variant="danger">{t("submit")}</SubmitButton>
    </form>
  );
}

export interface BillingProfileValues {
  version: number;
  supplierName: string;
  supplierIco: string;
  supplierDic: string;
  supplierAddress: string;
  bankAccount: string;
  iban: string;
  vatPayer: boolean;
  dueDays: number;
  footer: string;
}

export function BillingProfileForm({ profile }: { profile: BillingProfileValues }) {
  const t = useTranslations("newspaperBilling.profile");
  const [state, action] = useActionState(updateBillingProfileAction, null);
  const field = (name: keyof BillingProfileValues, props: Record<string, unknown> = {}, hint?: string) => (
    <Field id={name} label={t(name)} hint={hint} errors={errorsOf(state, name)}>
      <TextInput {...describedBy(name, errorsOf(state, name), Boolean(hint))} name={name} defaultValue={valueOf(state, name, String(profile[name]))} {...props} />
    </Field>
  );
  return (
    <form action={action} className="grid gap-4 sm:grid-cols-2" noValidate data-testid="billing-profile-form">
      <input type="hidden" name="version" value={profile.version} />
      <div className="sm:col-span-2">
        <FormOutcome state={state} success={t("saved")} />
      </div>
      {field("supplierName", { maxLength: 200 })}
      {field("supplierAddress", { maxLength: 300 })}
      {field("supplierIco", { inputMode: "numeric", maxLength: 8 })}
      {field("supplierDic", { maxLength: 12 }, t("supplierDicHint"))}
      {field("bankAccount", { maxLength: 30 }, t("bankAccountHint"))}
      {field("iban", { maxLength: 34 })}
      {field("dueDays", { type: "number", min: 0, max: 365 })}
      {field("footer", { maxLength: 300 })}
      <label className="flex items-center gap-2 text-sm sm:col-span-2">
        <input type="checkbox" name="vatPayer" className="accent-brand-600" defaultChecked={profile.vatPayer} />
        {t("vatPayer")}
      </label>
      <div className="sm:col-span-2">
        <SubmitButton>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
