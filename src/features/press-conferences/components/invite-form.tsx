"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useMemo, useState } from "react";
import { FieldErrors, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome, valuesOf } from "@/components/ui/form-state";
import { Badge } from "@/components/ui/page-header";
import { SubmitButton } from "@/components/ui/submit-button";
import { sendInvitationsAction } from "../actions";

export interface InviteTargets {
  lists: Array<{ id: string; name: string; memberCount: number }>;
  contacts: Array<{ id: string; name: string; email: string; outletName: string | null; doNotContact: boolean; isUnsubscribed: boolean }>;
}

/** Choosing lists and contacts to invite; contacts invited before are marked and never invited twice. */
export function InviteForm({ conferenceId, idempotencyKey, targets, invitedContactIds }: { conferenceId: string; idempotencyKey: string; targets: InviteTargets; invitedContactIds: string[] }) {
  const t = useTranslations("pressConferences");
  const router = useRouter();
  const [state, action] = useActionState(sendInvitationsAction, null);
  const [filter, setFilter] = useState("");
  const chosenLists = valuesOf(state, "listIds");
  const chosenContacts = valuesOf(state, "contactIds");
  const invited = useMemo(() => new Set(invitedContactIds), [invitedContactIds]);
  const contacts = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return needle ? targets.contacts.filter((contact) => `${contact.name} ${contact.email} ${contact.outletName ?? ""}`.toLowerCase().includes(needle)) : targets.contacts;
  }, [filter, targets.contacts]);
  const result = state?.ok ? (state.data as { queued: number; skipped: number; alreadyInvited: number }) : null;
  // The list below shows the sending's progress: refresh while the job works.
  useEffect(() => {
    if (!state?.ok) return;
    const timer = setInterval(() => router.refresh(), 2_000);
    const stop = setTimeout(() => clearInterval(timer), 30_000);
    return () => {
      clearInterval(timer);
      clearTimeout(stop);
    };
  }, [state, router]);

  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="conferenceId" value={conferenceId} />
      <input type="hidden" name="idempotencyKey" value={state?.ok ? `${idempotencyKey}:${state.at}` : idempotencyKey} />
      <FormOutcome state={state} success={result && t("invite.started", { queued: result.queued, skipped: result.skipped, alreadyInvited: result.alreadyInvited })} />
      <div className="grid gap-6 md:grid-cols-2">
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">{t("invite.lists")}</legend>
          {targets.lists.map((list) => (
            <label key={list.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="listIds" value={list.id} defaultChecked={chosenLists.includes(list.id)} />
              <span>{list.name}</span>
              <span className="text-slate-500">{t("invite.memberCount", { count: list.memberCount })}</span>
            </label>
          ))}
          <FieldErrors id="listIds-error" errors={errorsOf(state, "listIds")} />
        </fieldset>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">{t("invite.contacts")}</legend>
          <TextInput type="search" aria-label={t("invite.filter")} placeholder={t("invite.filter")} value={filter} onChange={(event) => setFilter(event.target.value)} />
          <div className="max-h-56 space-y-1 overflow-y-auto pr-1">
            {contacts.map((contact) => {
              const blocked = contact.doNotContact || contact.isUnsubscribed;
              return (
                <label key={contact.id} className="flex flex-wrap items-center gap-2 text-sm">
                  <input type="checkbox" name="contactIds" value={contact.id} disabled={blocked || invited.has(contact.id)} defaultChecked={chosenContacts.includes(contact.id)} />
                  <span className={blocked ? "text-slate-400" : ""}>{contact.name}</span>
                  <span className="text-slate-500">{contact.outletName ?? contact.email}</span>
                  {invited.has(contact.id) && <Badge tone="blue">{t("invite.alreadyInvited")}</Badge>}
                  {contact.doNotContact && <Badge tone="red">{t("invite.doNotContact")}</Badge>}
                  {contact.isUnsubscribed && <Badge tone="amber">{t("invite.unsubscribed")}</Badge>}
                </label>
              );
            })}
          </div>
          <FieldErrors id="contactIds-error" errors={errorsOf(state, "contactIds")} />
        </fieldset>
      </div>
      <p className="text-xs text-slate-500">{t("invite.hint")}</p>
      <SubmitButton pendingLabel={t("invite.sending")}>{t("invite.send")}</SubmitButton>
    </form>
  );
}
