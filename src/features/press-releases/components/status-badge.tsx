import { Badge } from "@/components/ui/page-header";
import type { ReleaseStatus } from "../schema";

const TONES: Record<ReleaseStatus, "slate" | "green" | "red" | "amber" | "blue"> = {
  DRAFT: "slate",
  IN_REVIEW: "amber",
  CHANGES_REQUESTED: "red",
  APPROVED: "blue",
  SCHEDULED: "blue",
  PUBLISHED: "green",
  WITHDRAWN: "slate",
};

export function StatusBadge({ status, label }: { status: ReleaseStatus; label: string }) {
  return <Badge tone={TONES[status]}>{label}</Badge>;
}
