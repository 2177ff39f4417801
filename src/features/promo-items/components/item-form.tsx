"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describedBy, Field, TextArea, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome, valueOf } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { createPromoItemAction, updatePromoItemAction } from "../actions";

export interface PromoItemFormValues {
  id: string;
  version: number;
  sku: string;
  name: string;
  category: string;
  unit: string;
  location: string;
  supplier: string | null;
  minimumStock: number;
  isActive: boolean;
  note: string | null;
}

export interface PromoItemFormOptions {
  categories: string[];
  locations: string[];
  units: string[];
  suppliers: string[];
}

/** A new item (with an idempotency key) or an item's edit (with its version: a stale save keeps the typed text). */
export function PromoItemForm({ item, idempotencyKey, options }: { item?: PromoItemFormValues; idempotencyKey?: string; options: PromoItemFormOptions }) {
  const t = useTranslations("promoItems");
  const [state, action] = useActionState(item ? updatePromoItemAction : createPromoItemAction, null);
  const errors = (name: string) => errorsOf(state, name);
  const value = (name: keyof PromoItemFormValues, fallback = "") => valueOf(state, name, item ? String(item[name] ?? "") : fallback);
  const key = state?.at ?? 0;
  return (
    <form action={action} className="space-y-4" key={item ? `${item.version}` : undefined}>
      {item ? (
        <>
          <input type="hidden" name="id" value={item.id} />
          <input type="hidden" name="version" value={item.version} />
        </>
      ) : (
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      )}
      <FormOutcome state={state} success={t("done.saved")} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="sku" label={t("fields.sku")} errors={errors("sku")} required>
          <TextInput {...describedBy("sku", errors("sku"))} name="sku" defaultValue={value("sku")} maxLength={40} key={`sku${key}`} />
        </Field>
        <div className="sm:col-span-2">
          <Field id="name" label={t("fields.name")} errors={errors("name")} required>
            <TextInput {...describedBy("name", errors("name"))} name="name" defaultValue={value("name")} maxLength={200} key={`name${key}`} />
          </Field>
        </div>
        <Field id="category" label={t("fields.category")} errors={errors("category")} required>
          <TextInput {...describedBy("category", errors("category"))} name="category" list="promo-categories" defaultValue={value("category")} maxLength={80} key={`category${key}`} />
        </Field>
        <Field id="unit" label={t("fields.unit")} errors={errors("unit")} required>
          <TextInput {...describedBy("unit", errors("unit"))} name="unit" list="promo-units" defaultValue={value("unit", "ks")} maxLength={20} key={`unit${key}`} />
        </Field>
        <Field id="minimumStock" label={t("fields.minimumStock")} hint={t("form.minimumHint")} errors={errors("minimumStock")}>
          <TextInput {...describedBy("minimumStock", errors("minimumStock"), true)} name="minimumStock" inputMode="numeric" defaultValue={value("minimumStock", "0")} key={`min${key}`} />
        </Field>
        <Field id="location" label={t("fields.location")} errors={errors("location")} required>
          <TextInput {...describedBy("location", errors("location"))} name="location" list="promo-locations" defaultValue={value("location")} maxLength={120} key={`location${key}`} />
        </Field>
        <div className="sm:col-span-2">
          <Field id="supplier" label={t("fields.supplier")} errors={errors("supplier")}>
            <TextInput {...describedBy("supplier", errors("supplier"))} name="supplier" list="promo-suppliers" defaultValue={value("supplier")} maxLength={200} key={`supplier${key}`} />
          </Field>
        </div>
      </div>
      <Field id="note" label={t("fields.note")} errors={errors("note")}>
        <TextArea {...describedBy("note", errors("note"))} name="note" rows={2} defaultValue={value("note")} maxLength={2000} key={`note${key}`} />
      </Field>
      <label className="flex items-center gap-2 text-sm text-slate-800">
        <input
          key={`active${key}`}
          type="checkbox"
          name="isActive"
          defaultChecked={state && !state.ok ? state.values.isActive === "on" : (item?.isActive ?? true)}
          className="accent-brand-600"
        />
        {t("fields.isActive")}
      </label>
      <datalist id="promo-categories">{options.categories.map((option) => <option key={option} value={option} />)}</datalist>
      <datalist id="promo-locations">{options.locations.map((option) => <option key={option} value={option} />)}</datalist>
      <datalist id="promo-units">{options.units.map((option) => <option key={option} value={option} />)}</datalist>
      <datalist id="promo-suppliers">{options.suppliers.map((option) => <option key={option} value={option} />)}</datalist>
      <SubmitButton pendingLabel={t("form.saving")}>{item ? t("form.save") : t("form.create")}</SubmitButton>
    </form>
  );
}
