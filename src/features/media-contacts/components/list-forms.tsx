"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { describedBy, Field, Select, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome, valueOf } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/server/form-action";
import { addListMemberAction, createListAction, mergeContactsAction, removeListMemberAction, updateListAction } from "../actions";
import { OUTLET_KINDS } from "../schema";

export interface ListFormValues {
  name: string;
  description: string;
  kind: "STATIC" | "SMART";
  beats: string;
  regions: string;
  outletKinds: string[];
  languages: string;
}

type Props = { initial: ListFormValues } & ({ mode: "create"; idempotencyKey: string } | { mode: "edit"; id: string; version: number });

/** A static list (members chosen one by one) or a smart one (criteria; members computed when used). */
export function ListForm(props: Props) {
  const t = useTranslations("contacts.lists");
  const contacts = useTranslations("contacts");
  const common = useTranslations("common");
  const save: (state: unknown, payload: FormData) => Promise<ActionState<{ id: string; version: number }>> = props.mode === "create" ? createListAction : updateListAction;
  const [state, action] = useActionState(save, null);
  const [kind, setKind] = useState(props.initial.kind);
  const version = props.mode === "edit" ? (state?.ok ? state.data.version : props.version) : undefined;
  const errors = (name: string) => errorsOf(state, name);
  return (
    <form action={action} className="space-y-4" noValidate>
      {props.mode === "create" ? (
        <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} />
      ) : (
        <>
          <input type="hidden" name="id" value={props.id} />
          <input type="hidden" name="version" value={version} />
        </>
      )}
      <FormOutcome state={state} success={common("saved")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="name" label={t("name")} errors={errors("name")} required>
          <TextInput {...describedBy("name", errors("name"))} name="name" defaultValue={valueOf(state, "name", props.initial.name)} />
        </Field>
        <Field id="kind" label={t("kind")} errors={errors("kind")}>
          <Select {...describedBy("kind", errors("kind"))} name="kind" value={kind} onChange={(event) => setKind(event.target.value as "STATIC" | "SMART")}>
            <option value="STATIC">{t("kinds.STATIC")}</option>
            <option value="SMART">{t("kinds.SMART")}</option>
          </Select>
        </Field>
      </div>
      <Field id="description" label={t("description")} errors={errors("description")}>
        <TextInput {...describedBy("description", errors("description"))} name="description" defaultValue={valueOf(state, "description", props.initial.description)} />
      </Field>
      {kind === "SMART" && (
        <fieldset className="grid gap-4 rounded-md border border-slate-200 p-4 sm:grid-cols-2">
          <legend className="px-1 text-sm font-semibold">{t("criteria")}</legend>
          <Field id="beats" label={contacts("fields.beats")} hint={t("anyOf")} errors={errors("beats")}>
            <TextInput {...describedBy("beats", errors("beats"), true)} name="beats" defaultValue={valueOf(state, "beats", props.initial.beats)} />
          </Field>
          <Field id="regions" label={contacts("fields.region")} hint={t("anyOf")} errors={errors("regions")}>
            <TextInput {...describedBy("regions", errors("regions"), true)} name="regions" defaultValue={valueOf(state, "regions", props.initial.regions)} />
          </Field>
          <Field id="languages" label={contacts("fields.languages")} hint={t("anyOf")} errors={errors("languages")}>
            <TextInput {...describedBy("languages", errors("languages"), true)} name="languages" defaultValue={valueOf(state, "languages", props.initial.languages)} />
          </Field>
          <div>
            <span className="block text-sm font-medium text-slate-800">{contacts("fields.kind")}</span>
            <div className="mt-2 flex flex-wrap gap-3">
              {OUTLET_KINDS.map((outletKind) => (
                <label key={outletKind} className="flex items-center gap-1.5 text-sm">
                  <input type="checkbox" name="outletKinds[]" value={outletKind} defaultChecked={props.initial.outletKinds.includes(outletKind)} className="accent-brand-600" />
                  {contacts(`kinds.${outletKind}`)}
                </label>
              ))}
            </div>
          </div>
        </fieldset>
      )}
      <SubmitButton pendingLabel={common("saving")}>{props.mode === "create" ? t("create") : common("save")}</SubmitButton>
    </form>
  );
}

export function AddListMember({ listId, contacts }: { listId: string; contacts: Array<{ id: string; name: string; email: string }> }) {
  const t = useTranslations("contacts.lists");
  const [state, action] = useActionState(addListMemberAction, null);
  return (
    <form action={action} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="listId" value={listId} />
      <div className="min-w-64 flex-1">
        <FormOutcome state={state} />
        <Select name="contactId" aria-label={t("addMember")} defaultValue="">
          <option value="" disabled>
            {t("chooseContact")}
          </option>
          {contacts.map((contact) => (
            <option key={contact.id} value={contact.id}>
              {contact.name} ({contact.email})
            </option>
          ))}
        </Select>
      </div>
      <SubmitButton variant="secondary">{t("addMember")}</SubmitButton>
    </form>
  );
}

export function RemoveListMember({ listId, contactId }: { listId: string; contactId: string }) {
  const t = useTranslations("contacts.lists");
  const [, action] = useActionState(removeListMemberAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="listId" value={listId} />
      <input type="hidden" name="contactId" value={contactId} />
      <button type="submit" className="text-sm text-red-700 hover:underline">
        {t("removeMember")}
      </button>
    </form>
  );
}

/** Merge a likely duplicate pair: the person picks which record survives; the other is erased into it. */
export function MergePair({ a, b }: { a: { id: string; name: string }; b: { id: string; name: string } }) {
  const t = useTranslations("contacts.duplicates");
  const [state, action] = useActionState(mergeContactsAction, null);
  const [keepId, setKeepId] = useState(a.id);
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <FormOutcome state={state} />
      {[a, b].map((contact) => (
        <label key={contact.id} className="flex items-center gap-1.5 text-sm">
          <input type="radio" name="keepId" value={contact.id} checked={keepId === contact.id} onChange={() => setKeepId(contact.id)} className="accent-brand-600" />
          {t("keep", { name: contact.name })}
        </label>
      ))}
      <input type="hidden" name="removeId" value={keepId === a.id ? b.id : a.id} />
      <SubmitButton variant="secondary">{t("merge")}</SubmitButton>
    </form>
  );
}
