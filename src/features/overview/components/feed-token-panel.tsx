"use client";

import { useActionState } from "react";
import { FormOutcome } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { createFeedTokenAction, revokeFeedTokenAction } from "../actions";

// The personal ICS feed: create (or replace) a secret address, shown once; revoke it. The server keeps only
// the token's hash, so a lost address is replaced, never shown again.

export interface FeedTokenLabels {
  title: string;
  intro: string;
  active: string;
  none: string;
  create: string;
  rotate: string;
  revoke: string;
  revoked: string;
  pending: string;
  newUrl: string;
  copyHint: string;
}

export function FeedTokenPanel({ origin, active, labels }: { origin: string; active: string | null; labels: FeedTokenLabels }) {
  const [created, create] = useActionState(createFeedTokenAction, null);
  const [revoked, revoke] = useActionState(revokeFeedTokenAction, null);
  const token = created?.ok && (!revoked?.ok || created.at > revoked.at) ? created.data.token : null;
  const url = token ? `${origin}/calendar/feed/${token}.ics` : null;
  return (
    <section aria-labelledby="feed-title" className="mt-8 rounded-lg border border-slate-200 bg-white p-4" data-testid="feed-panel">
      <h2 id="feed-title" className="font-semibold text-slate-900">
        {labels.title}
      </h2>
      <p className="mt-1 max-w-3xl text-sm text-slate-600">{labels.intro}</p>
      <p className="mt-2 text-sm text-slate-700" data-testid="feed-status">
        {active ?? labels.none}
      </p>
      {url && (
        <div className="mt-3 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm">
          <label htmlFor="feed-url" className="font-medium text-emerald-900">
            {labels.newUrl}
          </label>
          <input id="feed-url" readOnly value={url} className="mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs" data-testid="feed-url" />
          <p className="mt-1 text-xs text-emerald-900">{labels.copyHint}</p>
        </div>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        <form action={create}>
          <SubmitButton pendingLabel={labels.pending}>{active ? labels.rotate : labels.create}</SubmitButton>
        </form>
        {(active || url) && (
          <form action={revoke}>
            <SubmitButton variant="danger" pendingLabel={labels.pending}>
              {labels.revoke}
            </SubmitButton>
          </form>
        )}
      </div>
      <FormOutcome state={created && !created.ok ? created : revoked} success={revoked?.ok && !url ? labels.revoked : undefined} />
    </section>
  );
}
