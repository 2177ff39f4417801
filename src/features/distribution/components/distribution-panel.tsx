"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useMemo, useState } from "react";
import { Badge } from "@/components/ui/page-header";
import { FieldErrors, TextInput } from "@/components/ui/field";
import { errorsOf, FormOutcome, valuesOf } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { retryFailedRecipientsAction, startDistributionAction } from "../actions";
import { REASONS } from "../schema";

type RecipientStatus = "QUEUED" | "SENDING" | "SENT" | "FAILED" | "SKIPPED";

export interface DistributionPanelProps {
  pressReleaseId: string;
  idempotencyKey: string;
  canDistribute: boolean;
  distributions: Array<{
    id: string;
    status: "QUEUED" | "SENDING" | "DONE";
    isEmbargoed: boolean;
    createdAt: Date;
    finishedAt: Date | null;
    total: number;
    counts: Record<RecipientStatus, number>;
    recipients: Array<{ id: string; name: string; email: string; status: RecipientStatus; error: string | null; sentAt: Date | null }>;
  }>;
  targets: {
    lists: Array<{ id: string; name: string; memberCount: number }>;
    contacts: Array<{ id: string; name: string; email: string; outletName: string | null; doNotContact: boolean; isUnsubscribed: boolean }>;
  } | null;
}

const POLL_MS = 2_000;
const STATUS_TONE: Record<RecipientStatus, "slate" | "green" | "red" | "amber" | "blue"> = {
  QUEUED: "slate",
  SENDING: "blue",
  SENT: "green",
  FAILED: "red",
  SKIPPED: "amber",
};

/** Choosing lists and contacts, sending, and the progress of each sending (refreshed while it runs). */
export function DistributionPanel({ pressReleaseId, idempotencyKey, canDistribute, distributions, targets }: DistributionPanelProps) {
  const t = useTranslations("distribution");
  const router = useRouter();
  const running = distributions.some((distribution) => distribution.counts.QUEUED + distribution.counts.SENDING > 0);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => router.refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [running, router]);

  return (
    // The page around it gives the heading (a Card with its own h2); the section is named for screen readers.
    <section className="space-y-6" aria-label={t("title")}>
      {canDistribute && targets && <StartForm pressReleaseId={pressReleaseId} idempotencyKey={idempotencyKey} targets={targets} />}
      {distributions.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        distributions.map((distribution) => (
          <DistributionProgress key={distribution.id} distribution={distribution} canRetry={canDistribute} />
        ))
      )}
    </section>
  );
}

function StartForm({ pressReleaseId, idempotencyKey, targets }: { pressReleaseId: string; idempotencyKey: string; targets: NonNullable<DistributionPanelProps["targets"]> }) {
  const t = useTranslations("distribution");
  const [state, action] = useActionState(startDistributionAction, null);
  const [filter, setFilter] = useState("");
  const chosenLists = valuesOf(state, "listIds");
  const chosenContacts = valuesOf(state, "contactIds");
  const contacts = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    if (!needle) return targets.contacts;
    return targets.contacts.filter((contact) => `${contact.name} ${contact.email} ${contact.outletName ?? ""}`.toLowerCase().includes(needle));
  }, [filter, targets.contacts]);
  const started = state?.ok ? (state.data as { queued: number; skipped: number; embargoed: boolean }) : null;

  return (
    <form action={action} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      <input type="hidden" name="pressReleaseId" value={pressReleaseId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <FormOutcome state={state} success={started && t("started", { queued: started.queued, skipped: started.skipped })} />
      <div className="grid gap-6 md:grid-cols-2">
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">{t("lists")}</legend>
          {targets.lists.length === 0 && <p className="text-sm text-slate-500">{t("noLists")}</p>}
          {targets.lists.map((list) => (
            <label key={list.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="listIds" value={list.id} defaultChecked={chosenLists.includes(list.id)} />
              <span>{list.name}</span>
              <span className="text-slate-500">{t("memberCount", { count: list.memberCount })}</span>
            </label>
          ))}
          <FieldErrors id="listIds-error" errors={errorsOf(state, "listIds")} />
        </fieldset>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">{t("contacts")}</legend>
          <TextInput type="search" aria-label={t("filterContacts")} placeholder={t("filterContacts")} value={filter} onChange={(event) => setFilter(event.target.value)} />
          <div className="max-h-64 space-y-1 overflow-y-auto pr-1">
            {contacts.map((contact) => {
              const blocked = contact.doNotContact || contact.isUnsubscribed;
              return (
                <label key={contact.id} className="flex flex-wrap items-center gap-2 text-sm">
                  <input type="checkbox" name="contactIds" value={contact.id} disabled={blocked} defaultChecked={chosenContacts.includes(contact.id)} />
                  <span className={blocked ? "text-slate-400" : ""}>{contact.name}</span>
                  <span className="text-slate-500">{contact.outletName ?? contact.email}</span>
                  {contact.doNotContact && <Badge tone="red">{t("doNotContact")}</Badge>}
                  {contact.isUnsubscribed && <Badge tone="amber">{t("unsubscribed")}</Badge>}
                </label>
              );
            })}
          </div>
          <FieldErrors id="contactIds-error" errors={errorsOf(state, "contactIds")} />
        </fieldset>
      </div>
      <p className="text-xs text-slate-500">{t("skipHint")}</p>
      <SubmitButton pendingLabel={t("sending")}>{t("send")}</SubmitButton>
    </form>
  );
}

function DistributionProgress({ distribution, canRetry }: { distribution: DistributionPanelProps["distributions"][number]; canRetry: boolean }) {
  const t = useTranslations("distribution");
  const format = useFormatter();
  const { counts, total } = distribution;
  const finished = counts.SENT + counts.FAILED + counts.SKIPPED;
  const percent = total === 0 ? 100 : Math.round((finished / total) * 100);
  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <span className="font-medium text-slate-800">
          {t("sentOn", { date: format.dateTime(distribution.createdAt, { dateStyle: "medium", timeStyle: "short" }) })}
          {distribution.isEmbargoed && <span className="ml-2"><Badge tone="red">{t("embargo")}</Badge></span>}
        </span>
        <span className="text-slate-600">
          {t("summary", { sent: counts.SENT, failed: counts.FAILED, skipped: counts.SKIPPED, total })}
        </span>
      </div>
      <div
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-label={t("progress")}
        className="h-2 w-full overflow-hidden rounded-full bg-slate-100">
        <div className={`h-full ${counts.FAILED > 0 ? "bg-amber-500" : "bg-emerald-600"}`} style={{ width: `${percent}%` }} />
      </div>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="text-xs uppercase text-slate-500">
            <tr>
              <th className="py-1 pr-3 font-medium">{t("recipient")}</th>
              <th className="py-1 pr-3 font-medium">{t("email")}</th>
              <th className="py-1 pr-3 font-medium">{t("statusLabel")}</th>
              <th className="py-1 pr-3 font-medium">{t("detail")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {distribution.recipients.map((recipient) => (
              <tr key={recipient.id}>
                <td className="py-1.5 pr-3">{recipient.name}</td>
                <td className="py-1.5 pr-3 text-slate-600">{recipient.email}</td>
                <td className="py-1.5 pr-3">
                  <Badge tone={STATUS_TONE[recipient.status]}>{t(`status.${recipient.status}`)}</Badge>
                </td>
                <td className="py-1.5 pr-3 text-slate-600">
                  {recipient.sentAt
                    ? format.dateTime(recipient.sentAt, { dateStyle: "short", timeStyle: "medium" })
                    : recipient.error && (recipient.error in REASONS ? t(`reason.${recipient.error as keyof typeof REASONS}`) : recipient.error)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canRetry && distribution.status === "DONE" && counts.FAILED > 0 && <RetryForm distributionId={distribution.id} failed={counts.FAILED} />}
    </div>
  );
}

function RetryForm({ distributionId, failed }: { distributionId: string; failed: number }) {
  const t = useTranslations("distribution");
  const [state, action] = useActionState(retryFailedRecipientsAction, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="distributionId" value={distributionId} />
      <FormOutcome state={state} success={t("retried")} />
      <p className="text-xs text-slate-500">{t("retryHint")}</p>
      <SubmitButton variant="secondary" pendingLabel={t("sending")}>
        {t("retry", { count: failed })}
      </SubmitButton>
    </form>
  );
}
