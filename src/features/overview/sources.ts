import "server-only";
import { ceremonyCalendarEntries } from "@/features/ceremonies/overview";
import { eventCalendarEntries } from "@/features/events/overview";
import { searchInquiries } from "@/features/inquiries/overview";
import { searchContacts, searchOutlets } from "@/features/media-contacts/overview";
import { searchClippings } from "@/features/monitoring/overview";
import { newspaperCalendarEntries, newspaperSearch } from "@/features/newspaper/overview";
import { searchPartnerCities } from "@/features/partner-cities/overview";
import { conferenceCalendarEntries, searchConferences } from "@/features/press-conferences/overview";
import { searchReleases } from "@/features/press-releases/overview";
import { searchPromoItems } from "@/features/promo-items/overview";
import { searchVisits, visitCalendarEntries } from "@/features/visits/overview";
import type { CalendarSource, SearchSource } from "@/lib/overview";
import type { Permission } from "@/server/authz/permissions";

// The registries: a module joins the office calendar or global search with one line here (and its
// `overview.ts`). Each source checks its own permission and returns [] when the actor may not see it.
// The `module` / `kind` key is also the filter value and the message key (calendar.modules.*, search.kinds.*).

/** `permission`: the module's view permission (the filter and the legend offer only modules the actor sees; the source checks it again). */
export const CALENDAR_SOURCES: ReadonlyArray<{ module: string; permission: Permission; source: CalendarSource }> = [
  { module: "conference", permission: "pressConference.view", source: conferenceCalendarEntries },
  { module: "visit", permission: "visit.view", source: visitCalendarEntries },
  { module: "event", permission: "event.view", source: eventCalendarEntries },
  { module: "ceremony", permission: "ceremony.view", source: ceremonyCalendarEntries },
  { module: "newspaper", permission: "newsletter.view", source: newspaperCalendarEntries },
];

export const SEARCH_SOURCES: ReadonlyArray<{ kind: string; source: SearchSource }> = [
  { kind: "release", source: searchReleases },
  { kind: "contact", source: searchContacts },
  { kind: "outlet", source: searchOutlets },
  { kind: "inquiry", source: searchInquiries },
  { kind: "conference", source: searchConferences },
  { kind: "visit", source: searchVisits },
  { kind: "partnerCity", source: searchPartnerCities },
  { kind: "promoItem", source: searchPromoItems },
  { kind: "clipping", source: searchClippings },
  { kind: "article", source: newspaperSearch },
];
