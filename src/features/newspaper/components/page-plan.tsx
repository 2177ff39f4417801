"use client";
import { useRouter } from "next/navigation";
import { useActionState, useState, useTransition } from "react";
import { Notice } from "@/components/ui/notice";
import { placeOnPageAction } from "../actions";

export interface PlanEntry {
  kind: "article" | "ad";
  id: string;
  title: string;
  detail: string;
  page: number | null;
  /** Share of a page in basis points. */
  shareBp: number;
  href?: string;
}

export interface PlanLabels {
  page: string;
  pageShort: string;
  unplaced: string;
  nothingUnplaced: string;
  place: string;
  remove: string;
  pick: string;
  overfilled: string;
  fill: string;
  emptyPage: string;
  dragHint: string;
  ad: string;
}

/**
 * The flat plan: a grid of pages with their fill, and the list of what is not yet placed. Every item has a
 * small form (page picker + button) that works without JavaScript; dragging a card onto a page is the
 * enhancement and sends the same action.
 */
export function PagePlan({ pageCount, fills, entries, labels, editable }: { pageCount: number; fills: Array<{ page: number; fillBp: number; overfilled: boolean }>; entries: PlanEntry[]; labels: PlanLabels; editable: boolean }) {
  const router = useRouter();
  const [dragging, setDragging] = useState<PlanEntry | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "error" | "warning"; text: string } | null>(null);
  const unplaced = entries.filter((entry) => entry.page === null);

  function drop(page: number | null) {
    const entry = dragging;
    setDragging(null);
    setOver(null);
    if (!entry || entry.page === page) return;
    startTransition(async () => {
      const result = await placeOnPageAction(null, { kind: entry.kind, id: entry.id, page: page === null ? "" : String(page) });
      if (result && !result.ok) setMessage({ tone: "error", text: result.message });
      else if (result?.ok && (result.data as { overfilled?: boolean }).overfilled) setMessage({ tone: "warning", text: labels.overfilled });
      else setMessage(null);
      router.refresh();
    });
  }

  return (
    <div className="space-y-4" data-testid="page-plan">
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      {editable && <p className="text-xs text-slate-500">{labels.dragHint}</p>}
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4" aria-busy={pending}>
        {fills.map((fill) => {
          const items = entries.filter((entry) => entry.page === fill.page);
          const percent = Math.round(fill.fillBp / 100);
          return (
            <section
              key={fill.page}
              data-testid={`page-${fill.page}`}
              aria-label={`${labels.page} ${fill.page}`}
              onDragOver={(event) => {
                if (!editable || !dragging) return;
                event.preventDefault();
                setOver(fill.page);
              }}
              onDragLeave={() => setOver(null)}
              onDrop={(event) => {
                event.preventDefault();
                drop(fill.page);
              }}
              className={`flex min-h-44 flex-col rounded-md border bg-white p-2 shadow-xs ${fill.overfilled ? "border-red-400" : "border-slate-300"} ${over === fill.page ? "ring-2 ring-brand-400" : ""}`}
            >
              <header className="mb-1 flex items-baseline justify-between">
                <h4 className="text-sm font-semibold text-slate-800">
                  {labels.page} {fill.page}
                </h4>
                <span className={`text-xs ${fill.overfilled ? "font-semibold text-red-700" : "text-slate-500"}`} title={labels.fill}>
                  {percent} %
                </span>
              </header>
              <div className="mb-2 h-1.5 w-full overflow-hidden rounded bg-slate-100" aria-hidden>
                <div className={`h-full ${fill.overfilled ? "bg-red-500" : percent >= 90 ? "bg-emerald-500" : "bg-brand-500"}`} style={{ width: `${Math.min(100, percent)}%` }} />
              </div>
              {fill.overfilled && <p className="mb-1 text-xs font-medium text-red-700">{labels.overfilled}</p>}
              <ul className="flex-1 space-y-1">
                {items.map((entry) => (
                  <PlanCard key={entry.id} entry={entry} labels={labels} editable={editable} pageCount={pageCount} onDragStart={() => setDragging(entry)} />
                ))}
                {items.length === 0 && <li className="text-xs italic text-slate-400">{labels.emptyPage}</li>}
              </ul>
            </section>
          );
        })}
      </div>
      <section
        aria-label={labels.unplaced}
        data-testid="unplaced"
        onDragOver={(event) => {
          if (editable && dragging?.page) event.preventDefault();
        }}
        onDrop={(event) => {
          event.preventDefault();
          drop(null);
        }}
        className="rounded-md border border-dashed border-slate-300 bg-slate-50 p-3"
      >
        <h4 className="mb-2 text-sm font-semibold text-slate-800">
          {labels.unplaced} ({unplaced.length})
        </h4>
        {unplaced.length === 0 ? (
          <p className="text-sm text-slate-500">{labels.nothingUnplaced}</p>
        ) : (
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {unplaced.map((entry) => (
              <PlanCard key={entry.id} entry={entry} labels={labels} editable={editable} pageCount={pageCount} onDragStart={() => setDragging(entry)} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function PlanCard({ entry, labels, editable, pageCount, onDragStart }: { entry: PlanEntry; labels: PlanLabels; editable: boolean; pageCount: number; onDragStart: () => void }) {
  const [state, action] = useActionState(placeOnPageAction, null);
  return (
    <li
      draggable={editable}
      onDragStart={onDragStart}
      data-testid={`plan-${entry.kind}-${entry.id}`}
      className={`rounded border px-2 py-1 text-xs ${entry.kind === "ad" ? "border-amber-300 bg-amber-50" : "border-slate-200 bg-slate-50"} ${editable ? "cursor-grab" : ""}`}
    >
      <div className="font-medium text-slate-800">
        {entry.kind === "ad" && <span className="mr-1 rounded bg-amber-200 px-1 text-[10px] uppercase">{labels.ad}</span>}
        {entry.href ? (
          <a href={entry.href} className="hover:underline">
            {entry.title}
          </a>
        ) : (
          entry.title
        )}
      </div>
      <div className="text-slate-500">{entry.detail}</div>
      {editable && (
        <form action={action} className="mt-1 flex flex-wrap items-center gap-1">
          <input type="hidden" name="kind" value={entry.kind} />
          <input type="hidden" name="id" value={entry.id} />
          <label className="sr-only" htmlFor={`page-${entry.id}`}>
            {labels.pick}
          </label>
          <select id={`page-${entry.id}`} name="page" defaultValue={entry.page ? String(entry.page) : ""} className="min-w-0 rounded border border-slate-300 bg-white px-1 py-0.5 text-xs">
            <option value="">—</option>
            {Array.from({ length: pageCount }, (_, index) => (
              <option key={index + 1} value={String(index + 1)}>
                {labels.pageShort} {index + 1}
              </option>
            ))}
          </select>
          <button type="submit" className="rounded bg-white px-1.5 py-0.5 text-xs font-medium text-brand-700 ring-1 ring-slate-300 hover:bg-brand-50">
            {labels.place}
          </button>
          {state && !state.ok && <span className="text-red-700">{state.message}</span>}
        </form>
      )}
    </li>
  );
}
