"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/server/form-action";
import { issueCreditNote, issueInvoice, recordPayment, updateBillingProfile } from "./service";

const refresh = () => revalidatePath("/newsletter/invoices", "layout");

export const issueInvoiceAction = formAction((actor, input) => issueInvoice(actor, input), {
  onSuccess: (invoice) => {
    refresh();
    redirect(`/newsletter/invoices/${invoice.id}?issued=1`);
  },
});

export const recordPaymentAction = formAction((actor, input) => recordPayment(actor, input), { onSuccess: refresh });

/** The form sends parallel lists (lineId[], amount[]); empty amounts are lines left as they are. */
function creditInput(input: Record<string, unknown>) {
  const list = (value: unknown) => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
  const ids = list(input.lineId);
  const amounts = list(input.amount);
  const lines = ids.map((lineId, index) => ({ lineId, amount: amounts[index] })).filter((line) => typeof line.amount === "string" && line.amount.trim() !== "");
  const { lineId: _ids, amount: _amounts, ...rest } = input;
  return { ...rest, ...(lines.length ? { lines } : {}) };
}

export const issueCreditNoteAction = formAction((actor, input) => issueCreditNote(actor, creditInput(input)), {
  onSuccess: (note) => {
    refresh();
    redirect(`/newsletter/invoices/${note.id}?issued=1`);
  },
});

export const updateBillingProfileAction = formAction((actor, input) => updateBillingProfile(actor, input), { onSuccess: refresh });
