import "server-only";
import { cache } from "react";
import type { SearchSource } from "@/lib/overview";
import { prefixTsQuery } from "@/lib/search-words";
import { type Actor, can, requirePermission } from "@/server/authz/permissions";
import { cityToday } from "@/server/calendar-day";
import { config } from "@/server/config";
import { db } from "@/server/db";
import { DONE_STATUSES } from "./schema";

// What the inquiry desk offers to the dashboard, the role homes and global search (features/overview).

export interface InquirySummary {
  open: number;
  overdue: number;
  /** Median hours from receipt to answer of this month's inquiries (as /inquiries/stats computes it); null without answers. */
  medianHoursThisMonth: number | null;
  answeredThisMonth: number;
}

/**
 * One query: open (not ANSWERED/CLOSED), overdue (deadline passed and open: listInquiries' overdue filter) and
 * this month's median response time (month of receipt in the city's time zone, like inquiryStats).
 */
export const inquirySummary = cache(async function inquirySummary(actor: Actor | null, now = new Date()): Promise<InquirySummary> {
  requirePermission(actor, "inquiry.view");
  const timeZone = config().CITY_TIME_ZONE;
  const month = cityToday(now).slice(0, 7);
  const done = [...DONE_STATUSES];
  const [row] = await db.$queryRaw<InquirySummary[]>`
    SELECT
      count(*) FILTER (WHERE "status"::text <> ALL(${done}))::int AS "open",
      count(*) FILTER (WHERE "status"::text <> ALL(${done}) AND "deadline" < ${now})::int AS "overdue",
      count("answeredAt") FILTER (WHERE to_char("receivedAt" AT TIME ZONE ${timeZone}, 'YYYY-MM') = ${month})::int AS "answeredThisMonth",
      (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM ("answeredAt" - "receivedAt")))
         FILTER (WHERE to_char("receivedAt" AT TIME ZONE ${timeZone}, 'YYYY-MM') = ${month}) / 3600)::float8 AS "medianHoursThisMonth"
    FROM "Inquiry"
    WHERE "status"::text <> ALL(${done}) OR "receivedAt" >= ${new Date(now.getTime() - 32 * 86_400_000)}`;
  return row;
});

export const inquiryLinks = {
  open: "/inquiries?open=1",
  overdue: "/inquiries?overdue=1",
  stats: "/inquiries/stats",
  mine: (userId: string) => `/inquiries?open=1&ownerId=${userId}&sort=deadline&dir=asc`,
};

/** The spokesperson's home: my open inquiries, nearest deadline first. */
export async function myOpenInquiries(actor: Actor | null, limit = 6) {
  requirePermission(actor, "inquiry.view");
  return db.inquiry.findMany({
    where: { ownerId: actor.id, status: { notIn: [...DONE_STATUSES] } },
    orderBy: [{ deadline: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, number: true, subject: true, deadline: true },
  });
}

/** Global search: the number, or words of the subject, question and answer (searchVector, prefixes, no diacritics). */
export const searchInquiries: SearchSource = async (actor, query, limit) => {
  if (!can(actor, "inquiry.view")) return [];
  const tsQuery = prefixTsQuery(query);
  if (!tsQuery) return [];
  const number = query.trim().toUpperCase();
  const rows = await db.$queryRaw<Array<{ id: string; number: string; subject: string; status: string; receivedAt: Date }>>`
    SELECT "id", "number", "subject", "status"::text AS "status", "receivedAt" FROM "Inquiry"
    WHERE "searchVector" @@ to_tsquery('simple', "herald_unaccent"(${tsQuery})) OR "number" = ${number}
    ORDER BY "receivedAt" DESC, "id" DESC LIMIT ${limit}`;
  return rows.map((row) => ({
    kind: "inquiry",
    id: row.id,
    title: row.subject,
    subtitle: row.number,
    tag: `inquiries.status.${row.status}`,
    href: `/inquiries/${row.id}`,
    at: row.receivedAt,
  }));
};
