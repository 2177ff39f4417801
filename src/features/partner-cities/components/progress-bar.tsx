import { Badge } from "@/components/ui/page-header";
import type { ActionStatus, PartnerStatus } from "../schema";

/** A plan's progress: the share of actions done (cancelled ones aside), as a bar with its figure. */
export function ProgressBar({ percent, text, label, testId }: { percent: number | null; text: string; label: string; testId?: string }) {
  const value = percent ?? 0;
  return (
    <div className="flex min-w-36 items-center gap-2" data-testid={testId}>
      <div className="h-2 flex-1 overflow-hidden rounded-full bg-slate-200" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={value} aria-label={label}>
        <div className={`h-full rounded-full ${value === 100 ? "bg-emerald-500" : "bg-brand-500"}`} style={{ width: `${value}%` }} />
      </div>
      <span className="whitespace-nowrap text-right text-xs tabular-nums text-slate-700" data-testid={testId ? `${testId}-text` : undefined}>
        {text}
      </span>
    </div>
  );
}

const cityTones: Record<PartnerStatus, "green" | "slate" | "blue"> = { ACTIVE: "green", DORMANT: "slate", PROPOSED: "blue" };
export function PartnerStatusBadge({ status, label }: { status: PartnerStatus; label: string }) {
  return <Badge tone={cityTones[status]}>{label}</Badge>;
}

const actionTones: Record<ActionStatus, "green" | "slate" | "blue" | "amber"> = { PLANNED: "blue", IN_PROGRESS: "amber", DONE: "green", CANCELLED: "slate" };
export function ActionStatusBadge({ status, label }: { status: ActionStatus; label: string }) {
  return <Badge tone={actionTones[status]}>{label}</Badge>;
}
