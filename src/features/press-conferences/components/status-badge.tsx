import { Badge } from "@/components/ui/page-header";
import type { ConferenceStatus } from "../schema";

const TONES: Record<ConferenceStatus, "slate" | "green" | "red" | "amber" | "blue"> = {
  PLANNED: "slate",
  INVITED: "blue",
  HELD: "green",
  CANCELLED: "red",
};

export function ConferenceStatusBadge({ status, label }: { status: ConferenceStatus; label: string }) {
  return <Badge tone={TONES[status]}>{label}</Badge>;
}
