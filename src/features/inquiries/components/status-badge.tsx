import { Badge } from "@/components/ui/page-header";
import type { InquiryStatus } from "../schema";

const tones: Record<InquiryStatus, "slate" | "green" | "red" | "amber" | "blue"> = {
  NEW: "blue",
  IN_PROGRESS: "amber",
  WAITING_FOR_DEPARTMENT: "amber",
  ANSWERED: "green",
  CLOSED: "slate",
};

export function InquiryStatusBadge({ status, label }: { status: InquiryStatus; label: string }) {
  return <Badge tone={tones[status]}>{label}</Badge>;
}

export function OverdueBadge({ label }: { label: string }) {
  return <Badge tone="red">{label}</Badge>;
}
