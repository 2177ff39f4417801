import "server-only";
import type { Prisma } from "@/generated/prisma/client";

// A partner city's timeline: everything that happened with the partner, newest first — activities,
// letters, proposals and protocol visits both ways. Like a media contact's history
// (media-contacts/history.ts) it is a list of sources, each reading one kind of row by partnerCityId.

export type PartnerTimelineKind = "activity" | "correspondence" | "proposal" | "visit";

export interface PartnerTimelineItem {
  kind: PartnerTimelineKind;
  /** Its own finer kind (an activity's kind, a letter's direction…), for the label; null if none. */
  subkind: string | null;
  at: Date;
  title: string;
  /** A line under the title (a description, a letter's language, the department…). */
  detail: string | null;
  /** A staff URL of the related record (an anchor on the city's page, or another module's page). */
  href: string | null;
}

/** Any Prisma client or transaction client: sources read whatever model they need. */
export type PartnerTimelineReader = Prisma.TransactionClient;
export type PartnerTimelineSource = (client: PartnerTimelineReader, partnerCityId: string) => Promise<PartnerTimelineItem[]>;

const LIMIT = 200;

/** Joint projects, events, notes of visits and other activities. */
export const activitiesTimeline: PartnerTimelineSource = async (client, partnerCityId) => {
  const rows = await client.partnerActivity.findMany({
    where: { partnerCityId },
    orderBy: { date: "desc" },
    take: LIMIT,
    select: { id: true, kind: true, date: true, title: true, description: true },
  });
  return rows.map((row) => ({ kind: "activity" as const, subkind: row.kind, at: row.date, title: row.title, detail: row.description, href: `#activity-${row.id}` }));
};

/** Letters in and out. */
export const correspondenceTimeline: PartnerTimelineSource = async (client, partnerCityId) => {
  const rows = await client.partnerCorrespondence.findMany({
    where: { partnerCityId },
    orderBy: { date: "desc" },
    take: LIMIT,
    select: { id: true, direction: true, date: true, subject: true, language: true },
  });
  return rows.map((row) => ({ kind: "correspondence" as const, subkind: row.direction, at: row.date, title: row.subject, detail: row.language.toUpperCase(), href: `#letter-${row.id}` }));
};

/** Proposals received from the partner (and the department they went to). */
export const proposalsTimeline: PartnerTimelineSource = async (client, partnerCityId) => {
  const rows = await client.partnerProposal.findMany({
    where: { partnerCityId },
    orderBy: { receivedOn: "desc" },
    take: LIMIT,
    select: { id: true, receivedOn: true, summary: true, department: true, answeredAt: true },
  });
  return rows.map((row) => ({
    kind: "proposal" as const,
    subkind: row.answeredAt ? "ANSWERED" : row.department ? "PASSED_ON" : "RECEIVED",
    at: row.receivedOn,
    title: row.summary.length > 140 ? `${row.summary.slice(0, 139)}…` : row.summary,
    detail: row.department,
    href: `#proposal-${row.id}`,
  }));
};

/** Protocol visits with the partner, both ways (the visits module's rows). */
export const visitsTimeline: PartnerTimelineSource = async (client, partnerCityId) => {
  const rows = await client.visit.findMany({
    where: { partnerCityId },
    orderBy: { startDate: "desc" },
    take: LIMIT,
    select: { id: true, direction: true, startDate: true, title: true, status: true },
  });
  return rows.map((row) => ({ kind: "visit" as const, subkind: row.direction, at: row.startDate, title: row.title, detail: null, href: `/visits/${row.id}` }));
};

export const PARTNER_TIMELINE_SOURCES: PartnerTimelineSource[] = [activitiesTimeline, correspondenceTimeline, proposalsTimeline, visitsTimeline];

/** The whole timeline, newest first (ties: the order of the sources). */
export async function readPartnerTimeline(client: PartnerTimelineReader, partnerCityId: string, sources: readonly PartnerTimelineSource[] = PARTNER_TIMELINE_SOURCES): Promise<PartnerTimelineItem[]> {
  const items = (await Promise.all(sources.map((source) => source(client, partnerCityId)))).flat();
  return items.sort((a, b) => b.at.getTime() - a.at.getTime());
}
