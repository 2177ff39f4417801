"use client";
import { useTranslations } from "next-intl";
import { type ReactNode, useActionState, useState } from "react";
import { describedBy, Field, Select, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome, valueOf } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/server/form-action";
import { adjustStockAction, issueStockAction, receiveStockAction, returnStockAction, writeOffStockAction } from "../actions";
import { ISSUE_PURPOSES } from "../schema";

type Kind = "receipt" | "issue" | "return" | "writeOff" | "adjust";
const KINDS: Kind[] = ["issue", "receipt", "return", "writeOff", "adjust"];

export interface MovementFormsProps {
  itemId: string;
  unit: string;
  onHand: number;
  today: string;
  /** One idempotency key per form, made when the page was rendered (a new one after each save). */
  keys: Record<Kind, string>;
  suppliers: string[];
  defaultSupplier: string | null;
}

/** The stock movements of one item: one form at a time, chosen by a tab. */
export function MovementForms(props: MovementFormsProps) {
  const t = useTranslations("promoItems");
  const [kind, setKind] = useState<Kind>("issue");
  return (
    <div>
      <div role="tablist" aria-label={t("movements.formsLabel")} className="mb-4 flex flex-wrap gap-1 border-b border-slate-200">
        {KINDS.map((option) => (
          <button
            key={option}
            type="button"
            role="tab"
            aria-selected={kind === option}
            onClick={() => setKind(option)}
            className={`-mb-px rounded-t-md border px-3 py-1.5 text-sm ${kind === option ? "border-slate-200 border-b-white bg-white font-semibold text-brand-800" : "border-transparent text-slate-600 hover:text-slate-900"}`}
          >
            {t(`movements.tab.${option}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        {kind === "receipt" && <ReceiptForm {...props} />}
        {kind === "issue" && <IssueForm {...props} />}
        {kind === "return" && <SimpleForm {...props} kind="return" action={returnStockAction} extra={(state, errors) => <RecipientField state={state} errors={errors} optional />} />}
        {kind === "writeOff" && <SimpleForm {...props} kind="writeOff" action={writeOffStockAction} />}
        {kind === "adjust" && <AdjustForm {...props} />}
      </div>
    </div>
  );
}

type Action = (previous: unknown, payload: FormData) => Promise<ActionState<unknown>>;

function Shell({ props, kind, action, children }: { props: MovementFormsProps; kind: Kind; action: Action; children: (state: ActionState<unknown>, errors: (name: string) => string[] | undefined) => ReactNode }) {
  const t = useTranslations("promoItems");
  const [state, formAction] = useActionState(action, null);
  const errors = (name: string) => errorsOf(state, name);
  return (
    <form action={formAction} className="space-y-4" data-testid={`form-${kind}`}>
      <input type="hidden" name="itemId" value={props.itemId} />
      <input type="hidden" name="idempotencyKey" value={props.keys[kind]} />
      <FormOutcome state={state} success={t(`done.${kind}`)} />
      {children(state, errors)}
      <SubmitButton pendingLabel={t("form.saving")}>{t(`movements.submit.${kind}`)}</SubmitButton>
    </form>
  );
}

function QuantityAndDate({ props, state, errors }: { props: MovementFormsProps; state: ActionState<unknown>; errors: (name: string) => string[] | undefined }) {
  const t = useTranslations("promoItems");
  const key = state?.at ?? 0;
  return (
    <>
      <Field id="quantity" label={`${t("fields.quantity")} (${props.unit})`} errors={errors("quantity")} required>
        <TextInput key={`q${key}`} {...describedBy("quantity", errors("quantity"))} name="quantity" inputMode="numeric" defaultValue={valueOf(state, "quantity")} autoComplete="off" />
      </Field>
      <Field id="occurredOn" label={t("fields.occurredOn")} errors={errors("occurredOn")}>
        <TextInput key={`d${key}`} {...describedBy("occurredOn", errors("occurredOn"))} type="date" name="occurredOn" max={props.today} defaultValue={valueOf(state, "occurredOn", props.today)} />
      </Field>
    </>
  );
}

function ReceiptForm(props: MovementFormsProps) {
  const t = useTranslations("promoItems");
  return (
    <Shell props={props} kind="receipt" action={receiveStockAction}>
      {(state, errors) => (
        <div className="grid gap-4 sm:grid-cols-3">
          <QuantityAndDate props={props} state={state} errors={errors} />
          <Field id="unitCost" label={t("fields.unitCost")} hint={t("form.unitCostHint")} errors={errors("unitCost")} required>
            <TextInput {...describedBy("unitCost", errors("unitCost"), true)} name="unitCost" inputMode="decimal" defaultValue={valueOf(state, "unitCost")} autoComplete="off" />
          </Field>
          <Field id="supplier" label={t("fields.supplier")} errors={errors("supplier")}>
            <TextInput {...describedBy("supplier", errors("supplier"))} name="supplier" list="movement-suppliers" defaultValue={valueOf(state, "supplier", props.defaultSupplier ?? "")} maxLength={200} />
          </Field>
          <Field id="orderNumber" label={t("fields.orderNumber")} errors={errors("orderNumber")}>
            <TextInput {...describedBy("orderNumber", errors("orderNumber"))} name="orderNumber" defaultValue={valueOf(state, "orderNumber")} maxLength={80} />
          </Field>
          <Field id="invoiceNumber" label={t("fields.invoiceNumber")} errors={errors("invoiceNumber")}>
            <TextInput {...describedBy("invoiceNumber", errors("invoiceNumber"))} name="invoiceNumber" defaultValue={valueOf(state, "invoiceNumber")} maxLength={80} />
          </Field>
          <datalist id="movement-suppliers">{props.suppliers.map((option) => <option key={option} value={option} />)}</datalist>
        </div>
      )}
    </Shell>
  );
}

function RecipientField({ state, errors, optional }: { state: ActionState<unknown>; errors: (name: string) => string[] | undefined; optional?: boolean }) {
  const t = useTranslations("promoItems");
  return (
    <Field id="recipientName" label={optional ? t("fields.returnedBy") : t("fields.recipientName")} errors={errors("recipientName")} required={!optional}>
      <TextInput {...describedBy("recipientName", errors("recipientName"))} name="recipientName" defaultValue={valueOf(state, "recipientName")} maxLength={200} />
    </Field>
  );
}

function IssueForm(props: MovementFormsProps) {
  const t = useTranslations("promoItems");
  return (
    <Shell props={props} kind="issue" action={issueStockAction}>
      {(state, errors) => (
        <div className="grid gap-4 sm:grid-cols-3">
          <QuantityAndDate props={props} state={state} errors={errors} />
          <Field id="purpose" label={t("fields.purpose")} errors={errors("purpose")} required>
            <Select key={state?.at ?? 0} {...describedBy("purpose", errors("purpose"))} name="purpose" defaultValue={valueOf(state, "purpose", "EVENT")}>
              {ISSUE_PURPOSES.map((purpose) => (
                <option key={purpose} value={purpose}>
                  {t(`purpose.${purpose}`)}
                </option>
              ))}
            </Select>
          </Field>
          <RecipientField state={state} errors={errors} />
          <div className="sm:col-span-2">
            <Field id="reference" label={t("fields.reference")} hint={t("form.referenceHint")} errors={errors("reference")}>
              <TextInput {...describedBy("reference", errors("reference"), true)} name="reference" defaultValue={valueOf(state, "reference")} maxLength={300} />
            </Field>
          </div>
        </div>
      )}
    </Shell>
  );
}

function SimpleForm(props: MovementFormsProps & { kind: Kind; action: Action; extra?: (state: ActionState<unknown>, errors: (name: string) => string[] | undefined) => ReactNode }) {
  const t = useTranslations("promoItems");
  return (
    <Shell props={props} kind={props.kind} action={props.action}>
      {(state, errors) => (
        <div className="grid gap-4 sm:grid-cols-3">
          <QuantityAndDate props={props} state={state} errors={errors} />
          {props.extra?.(state, errors)}
          <div className="sm:col-span-3">
            <Field id="reason" label={t("fields.reason")} errors={errors("reason")} required>
              <TextInput {...describedBy("reason", errors("reason"))} name="reason" defaultValue={valueOf(state, "reason")} maxLength={500} />
            </Field>
          </div>
        </div>
      )}
    </Shell>
  );
}

function AdjustForm(props: MovementFormsProps) {
  const t = useTranslations("promoItems");
  return (
    <Shell props={props} kind="adjust" action={adjustStockAction}>
      {(state, errors) => (
        <div className="grid gap-4 sm:grid-cols-3">
          <input type="hidden" name="expected" value={props.onHand} />
          <p className="text-sm text-slate-700 sm:col-span-3">{t("form.expectedNow", { onHand: props.onHand, unit: props.unit })}</p>
          <Field id="counted" label={`${t("fields.counted")} (${props.unit})`} errors={errors("counted")} required>
            <TextInput key={state?.at ?? 0} {...describedBy("counted", errors("counted"))} name="counted" inputMode="numeric" defaultValue={valueOf(state, "counted")} autoComplete="off" />
          </Field>
          <Field id="occurredOn" label={t("fields.occurredOn")} errors={errors("occurredOn")}>
            <TextInput {...describedBy("occurredOn", errors("occurredOn"))} type="date" name="occurredOn" max={props.today} defaultValue={valueOf(state, "occurredOn", props.today)} />
          </Field>
          <div className="sm:col-span-3">
            <Field id="reason" label={t("fields.reason")} errors={errors("reason")} required>
              <TextInput {...describedBy("reason", errors("reason"))} name="reason" defaultValue={valueOf(state, "reason")} maxLength={500} />
            </Field>
          </div>
        </div>
      )}
    </Shell>
  );
}
