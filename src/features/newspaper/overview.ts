import "server-only";
import type { CalendarSource, SearchSource } from "@/lib/overview";
import { type Actor, can } from "@/server/authz/permissions";
import { cityToday, dateToDay, dayToDate } from "@/server/calendar-day";
import { db } from "@/server/db";
import { daysBetween } from "./policy";

// What the city paper offers to the office-wide views (dashboard, calendar, "my work").

const KINDS = ["editorialDeadline", "adDeadline", "printDate", "distributionDate"] as const;
const LABEL: Record<(typeof KINDS)[number], string> = {
  editorialDeadline: "uzávěrka redakce",
  adDeadline: "uzávěrka inzerce",
  printDate: "tisk",
  distributionDate: "distribuce",
};

/** Issue deadlines and print/distribution days as all-day entries (titles in Czech, the office's language). */
export const newspaperCalendarEntries: CalendarSource = async (actor, range) => {
  if (!can(actor, "newsletter.view")) return [];
  const from = dayToDate(dateToDay(range.from));
  const issues = await db.newspaperIssue.findMany({
    where: { OR: KINDS.map((kind) => ({ [kind]: { gte: from, lt: range.to } })) },
    select: { id: true, number: true, year: true, editorialDeadline: true, adDeadline: true, printDate: true, distributionDate: true, publication: { select: { name: true } } },
  });
  return issues.flatMap((issue) =>
    KINDS.filter((kind) => issue[kind] >= from && issue[kind] < range.to).map((kind) => ({
      module: "newspaper",
      id: `${issue.id}:${kind}`,
      title: `${issue.publication.name} ${issue.number}/${issue.year}: ${LABEL[kind]}`,
      start: issue[kind],
      end: new Date(issue[kind].getTime() + 86_400_000),
      allDay: true,
      people: [],
      href: `/newsletter/issues/${issue.id}`,
    })),
  );
};

/** The next issue not yet at the printer: its deadlines, articles by status, unplaced, days to the editorial deadline. */
export async function nextIssueSummary(actor: Actor) {
  if (!can(actor, "newsletter.view")) return null;
  const issue = await db.newspaperIssue.findFirst({
    where: { status: { in: ["PLANNING", "EDITING", "PROOFREADING"] } },
    orderBy: [{ printDate: "asc" }],
    select: { id: true, number: true, year: true, status: true, editorialDeadline: true, adDeadline: true, printDate: true, distributionDate: true, publication: { select: { name: true } } },
  });
  if (!issue) return null;
  const rows = await db.$queryRaw<Array<{ status: string; count: number; unplaced: number }>>`
    SELECT "status"::text AS status, count(*)::int AS count,
           count(*) FILTER (WHERE "status" = 'APPROVED' AND "page" IS NULL)::int AS unplaced
    FROM "Article" WHERE "issueId" = ${issue.id}::uuid GROUP BY "status"`;
  const today = cityToday();
  const byStatus = Object.fromEntries(rows.map((row) => [row.status, row.count])) as Record<string, number>;
  return {
    id: issue.id,
    title: `${issue.publication.name} ${issue.number}/${issue.year}`,
    status: issue.status,
    editorialDeadline: dateToDay(issue.editorialDeadline),
    adDeadline: dateToDay(issue.adDeadline),
    printDate: dateToDay(issue.printDate),
    distributionDate: dateToDay(issue.distributionDate),
    articlesByStatus: byStatus,
    unplaced: rows.reduce((sum, row) => sum + row.unplaced, 0),
    daysToEditorialDeadline: daysBetween(today, dateToDay(issue.editorialDeadline)),
    editorialDeadlinePassed: dateToDay(issue.editorialDeadline) < today,
    href: `/newsletter/issues/${issue.id}`,
  };
}

/** Articles waiting on the actor: those they edit in SUBMITTED/EDITING, and (approvers) those in PROOFREADING. */
export async function myArticles(actor: Actor) {
  if (!can(actor, "newsletter.view")) return [];
  const approver = can(actor, "newsletter.approve");
  const articles = await db.article.findMany({
    where: {
      issue: { status: { notIn: ["AT_PRINTER", "DISTRIBUTED"] } },
      OR: [
        { editorId: actor.id, status: { in: ["SUBMITTED", "EDITING", "PROOFREADING"] } },
        ...(can(actor, "newsletter.edit") ? [{ editorId: null, status: "SUBMITTED" as const }] : []),
        ...(approver ? [{ status: "PROOFREADING" as const }] : []),
      ],
    },
    orderBy: [{ issue: { editorialDeadline: "asc" } }, { submittedAt: "asc" }],
    take: 50,
    select: { id: true, title: true, status: true, charCount: true, allottedChars: true, issue: { select: { number: true, year: true, editorialDeadline: true } } },
  });
  return articles.map((article) => ({
    id: article.id,
    title: article.title,
    status: article.status,
    issue: `${article.issue.number}/${article.issue.year}`,
    editorialDeadline: dateToDay(article.issue.editorialDeadline),
    overLength: article.allottedChars !== null && article.charCount > article.allottedChars,
    href: `/newsletter/articles/${article.id}`,
  }));
}

/** Articles by title, perex, byline and text, ignoring case and diacritics (the generated searchVector, GIN). */
export const newspaperSearch: SearchSource = async (actor, query, limit) => {
  if (!can(actor, "newsletter.view") || !query.trim()) return [];
  const rows = await db.$queryRaw<Array<{ id: string; title: string; status: string; number: number; year: number; updatedAt: Date }>>`
    SELECT a."id", a."title", a."status"::text AS status, i."number", i."year", a."updatedAt"
    FROM "Article" a JOIN "NewspaperIssue" i ON i."id" = a."issueId"
    WHERE a."searchVector" @@ websearch_to_tsquery('simple', herald_unaccent(${query}))
    ORDER BY ts_rank(a."searchVector", websearch_to_tsquery('simple', herald_unaccent(${query}))) DESC, a."updatedAt" DESC
    LIMIT ${Math.max(1, Math.min(limit, 50))}`;
  return rows.map((row) => ({ kind: "article", id: row.id, title: row.title, subtitle: `${row.number}/${row.year}`, href: `/newsletter/articles/${row.id}`, at: row.updatedAt }));
};
