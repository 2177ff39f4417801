"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TextInput } from "@/components/ui/field";
import { FormOutcome, valueOf, valuesOf } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { recordStocktakeAction } from "../actions";

export interface SheetItem {
  id: string;
  sku: string;
  name: string;
  category: string;
  unit: string;
  onHand: number;
}

/** The stocktake sheet: printed (empty count column) or filled in on screen; saving makes the adjustments at once. */
export function StocktakeForm({ location, items, idempotencyKey }: { location: string; items: SheetItem[]; idempotencyKey: string }) {
  const t = useTranslations("promoItems");
  const [state, action] = useActionState(recordStocktakeAction, null);
  const key = state?.ok ? state.at : 0;
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="location" value={location} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <div className="print:hidden">
        <FormOutcome state={state} success={state?.ok ? t("stocktake.done", state.data as { counted: number; adjustments: number }) : null} />
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-xs print:border-0 print:shadow-none">
        <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="stocktake-sheet">
          <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="px-3 py-2">{t("columns.sku")}</th>
              <th scope="col" className="px-3 py-2">{t("columns.name")}</th>
              <th scope="col" className="px-3 py-2">{t("columns.category")}</th>
              <th scope="col" className="px-3 py-2 text-right">{t("stocktake.expected")}</th>
              <th scope="col" className="w-40 px-3 py-2">{t("stocktake.counted")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {items.map((item, index) => (
              <tr key={item.id} className="break-inside-avoid">
                <td className="whitespace-nowrap px-3 py-2 font-mono text-xs">{item.sku}</td>
                <td className="px-3 py-2">{item.name}</td>
                <td className="px-3 py-2 text-slate-600">{item.category}</td>
                <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">
                  {item.onHand} {item.unit}
                  <input type="hidden" name="itemId[]" value={item.id} />
                  <input type="hidden" name="expected[]" value={item.onHand} />
                </td>
                <td className="px-3 py-2">
                  <TextInput
                    key={`${item.id}${key}`}
                    name="counted[]"
                    inputMode="numeric"
                    aria-label={t("stocktake.countOf", { name: item.name })}
                    defaultValue={valuesOf(state, "counted")[index] ?? ""}
                    className="print:border-0 print:border-b print:border-slate-400 print:shadow-none"
                    autoComplete="off"
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="grid gap-2 print:hidden sm:grid-cols-[1fr_auto]">
        <TextInput name="note" placeholder={t("stocktake.note")} aria-label={t("stocktake.note")} defaultValue={valueOf(state, "note")} maxLength={2000} />
        <SubmitButton pendingLabel={t("form.saving")}>{t("stocktake.save")}</SubmitButton>
      </div>
    </form>
  );
}
