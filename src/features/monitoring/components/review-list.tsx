"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { Badge } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { quickReviewAction } from "../actions";
import type { ClippingStatus, Sentiment } from "../schema";

export interface ReviewRow {
  id: string;
  version: number;
  title: string;
  outlet: string;
  mediaType: string;
  publishedAt: string;
  publishedAtEstimated: boolean;
  url: string | null;
  excerpt: string;
  sentiment: Sentiment | null;
  status: ClippingStatus;
  topics: string[];
  matchedKeywords: string[];
  alsoIn: string[];
  reach: number | null;
  hasCase: boolean;
  syndicationKey: string | null;
}

const SENTIMENT_TONE = { POSITIVE: "green", NEUTRAL: "slate", NEGATIVE: "red" } as const;
const STATUS_TONE = { NEW: "blue", REVIEWED: "green", NEEDS_RESPONSE: "amber", IGNORED: "slate" } as const;

/**
 * The clippings list and the morning's bulk review with the keyboard: j/k (or ↓/↑) move, r reviewed,
 * n needs a response, i ignore, u back to new, 1/2/3 positive/neutral/negative, 0 no sentiment, o or
 * Enter opens. Each keystroke saves one clipping (a server action with its version) and moves on.
 */
export function ReviewList({ rows: initialRows, canManage, timeZone, locale }: { rows: ReviewRow[]; canManage: boolean; timeZone: string; locale: string }) {
  const t = useTranslations("monitoring");
  const router = useRouter();
  const [rows, setRows] = useState(initialRows);
  const [current, setCurrent] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => setRows(initialRows), [initialRows]);

  const format = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "cs-CZ", { timeZone, day: "numeric", month: "numeric", year: "numeric", hour: "2-digit", minute: "2-digit" });

  const apply = useCallback(
    async (index: number, change: { status?: ClippingStatus; sentiment?: Sentiment | "" }) => {
      const row = rows[index];
      if (!row || !canManage || saving) return;
      setSaving(true);
      setError(null);
      const result = await quickReviewAction(null, { id: row.id, version: row.version, ...change });
      setSaving(false);
      if (!result?.ok) {
        setError(result?.message ?? t("review.failed"));
        return;
      }
      const data = result.data as { version: number; status: ClippingStatus; sentiment: Sentiment | null };
      setRows((list) => list.map((item, i) => (i === index ? { ...item, version: data.version, status: data.status, sentiment: data.sentiment } : item)));
      if (change.status) setCurrent((value) => Math.min(value + 1, rows.length - 1));
    },
    [rows, canManage, saving, t],
  );

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const keyMap: Record<string, () => void> = {
        j: () => setCurrent((value) => Math.min(value + 1, rows.length - 1)),
        ArrowDown: () => setCurrent((value) => Math.min(value + 1, rows.length - 1)),
        k: () => setCurrent((value) => Math.max(value - 1, 0)),
        ArrowUp: () => setCurrent((value) => Math.max(value - 1, 0)),
        r: () => void apply(current, { status: "REVIEWED" }),
        n: () => void apply(current, { status: "NEEDS_RESPONSE" }),
        i: () => void apply(current, { status: "IGNORED" }),
        u: () => void apply(current, { status: "NEW" }),
        "1": () => void apply(current, { sentiment: "POSITIVE" }),
        "2": () => void apply(current, { sentiment: "NEUTRAL" }),
        "3": () => void apply(current, { sentiment: "NEGATIVE" }),
        "0": () => void apply(current, { sentiment: "" }),
        o: () => rows[current] && router.push(`/monitoring/${rows[current].id}`),
        Enter: () => rows[current] && router.push(`/monitoring/${rows[current].id}`),
      };
      const handler = keyMap[event.key];
      if (!handler) return;
      if (!canManage && !["j", "k", "ArrowDown", "ArrowUp", "o", "Enter"].includes(event.key)) return;
      event.preventDefault();
      handler();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [apply, current, rows, canManage, router]);

  useEffect(() => {
    listRef.current?.querySelector<HTMLElement>(`[data-index="${current}"]`)?.scrollIntoView({ block: "nearest" });
  }, [current]);

  if (rows.length === 0) return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-500">{t("list.empty")}</p>;

  return (
    <div>
      {canManage && (
        <p className="mb-2 text-xs text-slate-500" data-testid="review-help">
          {t("review.help")}
        </p>
      )}
      {error && (
        <Notice tone="error" className="mb-2">
          {error}
        </Notice>
      )}
      <ol ref={listRef} className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" aria-label={t("list.title")} data-testid="clipping-list">
        {rows.map((row, index) => (
          <li
            key={row.id}
            data-index={index}
            data-testid="clipping-row"
            data-status={row.status}
            aria-current={index === current ? "true" : undefined}
            onClick={() => setCurrent(index)}
            className={`flex gap-3 px-4 py-3 ${index === current ? "bg-brand-50 ring-2 ring-inset ring-brand-300" : ""}`}
          >
            <div className="min-w-0 flex-1">
              <div className="flex flex-wrap items-center gap-2 text-xs text-slate-500">
                <span className="font-medium text-slate-700">{row.outlet}</span>
                <span>{t(`mediaType.${row.mediaType}`)}</span>
                <span>
                  {format.format(new Date(row.publishedAt))}
                  {row.publishedAtEstimated ? ` (${t("list.estimated")})` : ""}
                </span>
                {row.reach !== null && <span>{t("list.reach", { reach: row.reach })}</span>}
                {row.alsoIn.length > 0 && (
                  <Link href={`/monitoring?story=${encodeURIComponent(row.syndicationKey ?? "")}`} className="text-brand-700 hover:underline" title={row.alsoIn.join(", ")}>
                    {t("list.alsoIn", { count: row.alsoIn.length })}
                  </Link>
                )}
              </div>
              <Link href={`/monitoring/${row.id}`} className="mt-0.5 block font-medium text-slate-900 hover:underline">
                {row.title}
              </Link>
              {row.excerpt && <p className="mt-0.5 line-clamp-2 text-sm text-slate-600">{row.excerpt}</p>}
              <div className="mt-1 flex flex-wrap gap-1">
                {row.topics.map((topic) => (
                  <Badge key={topic} tone="blue">
                    {topic}
                  </Badge>
                ))}
                {row.matchedKeywords.length > 0 && <span className="text-xs text-slate-400">{t("list.matched", { terms: row.matchedKeywords.join(", ") })}</span>}
              </div>
            </div>
            <div className="flex shrink-0 flex-col items-end gap-1">
              <Badge tone={STATUS_TONE[row.status]}>{t(`status.${row.status}`)}</Badge>
              {row.sentiment ? <Badge tone={SENTIMENT_TONE[row.sentiment]}>{t(`sentiment.${row.sentiment}`)}</Badge> : <span className="text-xs text-slate-400">{t("sentiment.none")}</span>}
              {row.hasCase && <Badge tone="amber">{t("list.hasCase")}</Badge>}
              {canManage && (
                <div className="mt-1 flex gap-1" role="group" aria-label={t("review.actions")}>
                  <button type="button" className="rounded border border-slate-300 px-1.5 text-xs hover:bg-slate-50" onClick={() => void apply(index, { status: "REVIEWED" })} title={t("review.reviewedKey")}>
                    {t("review.reviewed")}
                  </button>
                  <button type="button" className="rounded border border-amber-300 px-1.5 text-xs text-amber-900 hover:bg-amber-50" onClick={() => void apply(index, { status: "NEEDS_RESPONSE" })} title={t("review.needsResponseKey")}>
                    {t("review.needsResponse")}
                  </button>
                  <button type="button" className="rounded border border-slate-300 px-1.5 text-xs text-slate-500 hover:bg-slate-50" onClick={() => void apply(index, { status: "IGNORED" })} title={t("review.ignoreKey")}>
                    {t("review.ignore")}
                  </button>
                </div>
              )}
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
