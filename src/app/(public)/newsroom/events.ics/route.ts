import { eventsIcsResponse } from "@/features/events/ics-response";

// The public events as an iCalendar feed (RFC 5545) that calendars subscribe to; internal events never.
export const dynamic = "force-dynamic";

export function GET() {
  return eventsIcsResponse();
}
