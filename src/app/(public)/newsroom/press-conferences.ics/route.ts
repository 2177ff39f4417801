import { conferencesIcsResponse } from "@/features/press-conferences/ics-response";

// The upcoming press conferences as an iCalendar feed (RFC 5545) that calendars subscribe to.
export const dynamic = "force-dynamic";

export function GET() {
  return conferencesIcsResponse();
}
