import { Badge } from "@/components/ui/page-header";
import type { GrantStatus } from "../policy";

const TONES: Record<GrantStatus, "slate" | "green" | "red" | "amber" | "blue"> = {
  SUBMITTED: "slate",
  EVALUATED: "blue",
  GRANTED: "green",
  REJECTED: "red",
  REPORT_DUE: "amber",
  REPORT_RECEIVED: "blue",
  ACCEPTED: "green",
  RETURN_REQUIRED: "red",
};

export function GrantStatusBadge({ status, label }: { status: GrantStatus; label: string }) {
  return <Badge tone={TONES[status]}>{label}</Badge>;
}

/** Haléře as "12 500,00 Kč" in the user's locale. */
export function formatCzk(minor: number | null | undefined, locale: string): string {
  if (minor === null || minor === undefined) return "—";
  return new Intl.NumberFormat(locale === "cs" ? "cs-CZ" : "en-GB", { style: "currency", currency: "CZK" }).format(minor / 100);
}
