"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describedBy, Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome, valueOf } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/server/form-action";
import { createVisitAction, updateVisitAction } from "../actions";
import { VISIT_DIRECTIONS } from "../schema";

export interface VisitFormValues {
  direction: string;
  title: string;
  purpose: string;
  startDate: string;
  endDate: string;
  counterpart: string;
  partnerCityId: string;
  hostUserId: string;
  hostName: string;
  budget: string;
}

type Props =
  | { mode: "create"; idempotencyKey: string; initial: VisitFormValues; staff: Array<{ id: string; name: string }>; partnerCities: PartnerCityOption[] }
  | { mode: "edit"; id: string; version: number; initial: VisitFormValues; staff: Array<{ id: string; name: string }>; partnerCities: PartnerCityOption[] };

type PartnerCityOption = { id: string; name: string; country: string };

/** The visit's overview. A failed save (also a conflict with someone else's save) keeps every field as typed. */
export function VisitForm(props: Props) {
  const t = useTranslations("visits");
  const common = useTranslations("common");
  const save: (state: unknown, payload: FormData) => Promise<ActionState<{ id: string; version: number }>> = props.mode === "create" ? createVisitAction : updateVisitAction;
  const [state, action] = useActionState(save, null);
  const { initial } = props;
  const version = props.mode === "edit" ? (state?.ok ? state.data.version : props.version) : undefined;
  const v = (name: keyof VisitFormValues) => valueOf(state, name, initial[name]);
  return (
    <form action={action} className="space-y-4" noValidate key={state?.at ?? 0}>
      {props.mode === "create" ? (
        <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} />
      ) : (
        <>
          <input type="hidden" name="id" value={props.id} />
          <input type="hidden" name="version" value={version} />
        </>
      )}
      <FormOutcome state={state} success={t("done.saved")} />
      <div className="grid gap-4 sm:grid-cols-[12rem_minmax(0,1fr)]">
        <Field id="direction" label={t("fields.direction")} errors={errorsOf(state, "direction")} required>
          <Select {...describedBy("direction", errorsOf(state, "direction"))} name="direction" defaultValue={v("direction")}>
            {VISIT_DIRECTIONS.map((direction) => (
              <option key={direction} value={direction}>
                {t(`direction.${direction}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="title" label={t("fields.title")} errors={errorsOf(state, "title")} required>
          <TextInput {...describedBy("title", errorsOf(state, "title"))} name="title" defaultValue={v("title")} maxLength={250} className="font-medium" />
        </Field>
      </div>
      <Field id="partnerCityId" label={t("fields.partnerCity")} errors={errorsOf(state, "partnerCityId")}>
        <Select {...describedBy("partnerCityId", errorsOf(state, "partnerCityId"))} name="partnerCityId" defaultValue={v("partnerCityId")}>
          <option value="">{t("fields.noPartnerCity")}</option>
          {props.partnerCities.map((city) => (
            <option key={city.id} value={city.id}>
              {city.name} ({city.country})
            </option>
          ))}
        </Select>
      </Field>
      <Field id="counterpart" label={t("fields.counterpart")} hint={t("fields.counterpartHint")} errors={errorsOf(state, "counterpart")} required>
        <TextInput {...describedBy("counterpart", errorsOf(state, "counterpart"), true)} name="counterpart" defaultValue={v("counterpart")} maxLength={300} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="startDate" label={t("fields.startDate")} errors={errorsOf(state, "startDate")} required>
          <TextInput {...describedBy("startDate", errorsOf(state, "startDate"))} type="date" name="startDate" defaultValue={v("startDate")} />
        </Field>
        <Field id="endDate" label={t("fields.endDate")} errors={errorsOf(state, "endDate")} required>
          <TextInput {...describedBy("endDate", errorsOf(state, "endDate"))} type="date" name="endDate" defaultValue={v("endDate")} />
        </Field>
        <Field id="budget" label={t("fields.budget")} hint={t("fields.budgetHint")} errors={errorsOf(state, "budget")}>
          <TextInput {...describedBy("budget", errorsOf(state, "budget"), true)} name="budget" inputMode="decimal" defaultValue={v("budget")} />
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="hostUserId" label={t("fields.hostUser")} errors={errorsOf(state, "hostUserId")}>
          <Select {...describedBy("hostUserId", errorsOf(state, "hostUserId"))} name="hostUserId" defaultValue={v("hostUserId")}>
            <option value="">{t("fields.noHostUser")}</option>
            {props.staff.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="hostName" label={t("fields.hostName")} hint={t("fields.hostNameHint")} errors={errorsOf(state, "hostName")}>
          <TextInput {...describedBy("hostName", errorsOf(state, "hostName"), true)} name="hostName" defaultValue={v("hostName")} maxLength={200} />
        </Field>
      </div>
      <Field id="purpose" label={t("fields.purpose")} errors={errorsOf(state, "purpose")}>
        <TextArea {...describedBy("purpose", errorsOf(state, "purpose"))} name="purpose" rows={3} maxLength={5000} defaultValue={v("purpose")} />
      </Field>
      <SubmitButton pendingLabel={common("saving")}>{props.mode === "create" ? t("actions.create") : t("actions.save")}</SubmitButton>
    </form>
  );
}
