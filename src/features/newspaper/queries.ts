import "server-only";
import { type Actor, requirePermission } from "@/server/authz/permissions";
import { cityToday, dateToDay } from "@/server/calendar-day";
import { db } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { parseInput } from "@/server/validation";
import { z } from "zod";
import { issuePageFill } from "./page-plan";
import { type ArticleStatus, ARTICLE_STATUSES, councilBalance, type IssueStatus, issueLateness } from "./policy";
import { councilReportSchema } from "./schema";

const idSchema = z.uuid();

function days(issue: { editorialDeadline: Date; adDeadline: Date; printDate: Date; distributionDate: Date }) {
  return {
    editorialDeadline: dateToDay(issue.editorialDeadline),
    adDeadline: dateToDay(issue.adDeadline),
    printDate: dateToDay(issue.printDate),
    distributionDate: dateToDay(issue.distributionDate),
  };
}

/** Publications with their issues (newest first) and what is late. */
export async function listNewspaperOverview(actor: Actor | null, options: { year?: number } = {}) {
  requirePermission(actor, "newsletter.view");
  const today = cityToday();
  const publications = await db.publication.findMany({ orderBy: { name: "asc" } });
  const issues = await db.newspaperIssue.findMany({
    where: options.year ? { year: options.year } : {},
    orderBy: [{ year: "desc" }, { number: "desc" }],
    select: { id: true, publicationId: true, number: true, year: true, title: true, status: true, pageCount: true, editorialDeadline: true, adDeadline: true, printDate: true, distributionDate: true, finalPdfKey: true, version: true },
  });
  const ids = issues.map((issue) => issue.id);
  const [articleCounts, adCounts] = await Promise.all([
    db.article.groupBy({ by: ["issueId", "status"], where: { issueId: { in: ids } }, _count: { _all: true } }),
    db.adOrder.groupBy({ by: ["issueId", "status"], where: { issueId: { in: ids } }, _count: { _all: true } }),
  ]);
  return {
    today,
    publications,
    issues: issues.map((issue) => {
      const counts = Object.fromEntries(ARTICLE_STATUSES.map((status) => [status, 0])) as Record<ArticleStatus, number>;
      for (const row of articleCounts) if (row.issueId === issue.id) counts[row.status as ArticleStatus] = row._count._all;
      const ads = adCounts.filter((row) => row.issueId === issue.id);
      const adsWithoutArtwork = ads.filter((row) => row.status === "ORDERED").reduce((sum, row) => sum + row._count._all, 0);
      const adsTotal = ads.filter((row) => row.status !== "CANCELLED").reduce((sum, row) => sum + row._count._all, 0);
      const issueDays = days(issue);
      const openArticles = counts.SUBMITTED + counts.EDITING + counts.PROOFREADING;
      return { ...issue, ...issueDays, counts, adsTotal, adsWithoutArtwork, hasFinalPdf: Boolean(issue.finalPdfKey), late: issueLateness({ status: issue.status as IssueStatus, ...issueDays }, today, { openArticles, adsWithoutArtwork }) };
    }),
  };
}

export async function getIssue(actor: Actor | null, rawId: unknown) {
  requirePermission(actor, "newsletter.view");
  const id = parseInput(idSchema, rawId);
  const issue = await db.newspaperIssue.findUnique({ where: { id }, include: { publication: true } });
  if (!issue) throw new NotFoundError();
  const [articles, ads, invites, fills] = await Promise.all([
    db.article.findMany({
      where: { issueId: id },
      orderBy: [{ page: { sort: "asc", nulls: "last" } }, { pageOrder: "asc" }, { submittedAt: "asc" }],
      select: { id: true, title: true, status: true, authorName: true, source: true, charCount: true, allottedChars: true, page: true, pageOrder: true, editorId: true, councilClub: { select: { name: true } }, contributor: { select: { name: true, organisation: true } }, _count: { select: { images: true } } },
    }),
    db.adOrder.findMany({
      where: { issueId: id },
      orderBy: [{ page: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
      select: { id: true, status: true, sizeCode: true, pageShareBp: true, priceMinor: true, vatPercent: true, placement: true, page: true, artworkName: true, version: true, advertiser: { select: { id: true, company: true } } },
    }),
    db.contributorInvite.findMany({
      where: { issueId: id },
      orderBy: { createdAt: "desc" },
      select: { id: true, allottedChars: true, brief: true, deadline: true, revokedAt: true, submissions: true, createdAt: true, contributor: { select: { name: true, organisation: true, email: true } } },
    }),
    issuePageFill(db, id),
  ]);
  const today = cityToday();
  const issueDays = days(issue);
  const openArticles = articles.filter((article) => ["SUBMITTED", "EDITING", "PROOFREADING"].includes(article.status)).length;
  const adsWithoutArtwork = ads.filter((ad) => ad.status === "ORDERED").length;
  return {
    ...issue,
    ...issueDays,
    today,
    late: issueLateness({ status: issue.status as IssueStatus, ...issueDays }, today, { openArticles, adsWithoutArtwork }),
    articles,
    ads,
    invites: invites.map((invite) => ({ ...invite, deadline: dateToDay(invite.deadline) })),
    fills,
  };
}

export async function getArticle(actor: Actor | null, rawId: unknown) {
  requirePermission(actor, "newsletter.view");
  const id = parseInput(idSchema, rawId);
  const article = await db.article.findUnique({
    where: { id },
    include: {
      issue: { select: { id: true, number: true, year: true, status: true, pageCount: true, publication: { select: { name: true } } } },
      contributor: { select: { id: true, name: true, email: true, organisation: true, kind: true } },
      councilClub: { select: { id: true, name: true } },
      revisions: { orderBy: { number: "desc" } },
      proofRounds: { orderBy: { number: "asc" } },
      comments: { orderBy: { createdAt: "asc" } },
      images: { orderBy: { position: "asc" } },
    },
  });
  if (!article) throw new NotFoundError();
  const userIds = [...new Set([article.editorId, article.approvedById, ...article.revisions.map((r) => r.createdById), ...article.comments.map((c) => c.authorId), ...article.proofRounds.flatMap((r) => [r.openedById, r.closedById])].filter((value): value is string => Boolean(value)))];
  const users = await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } });
  return { ...article, userNames: Object.fromEntries(users.map((user) => [user.id, user.name])) as Record<string, string> };
}

/** Staff who can edit articles (the editor picker). */
export async function listEditors(actor: Actor | null) {
  requirePermission(actor, "newsletter.view");
  return db.user.findMany({ where: { isActive: true, roles: { hasSome: ["SPOKESPERSON", "PR_STAFF"] } }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

export async function listContributors(actor: Actor | null) {
  requirePermission(actor, "newsletter.view");
  return db.contributor.findMany({ orderBy: [{ isActive: "desc" }, { name: "asc" }], include: { councilClub: { select: { name: true } }, _count: { select: { articles: true } } } });
}

export async function listCouncilClubs(actor: Actor | null) {
  requirePermission(actor, "newsletter.view");
  return db.councilClub.findMany({ orderBy: [{ seats: "desc" }, { name: "asc" }] });
}

/** Advertisers, the rate card and orders: of one issue, of every issue (`all`), or (default) of the issues not yet distributed. */
export async function listAdvertising(actor: Actor | null, filter: { issueId?: string; all?: boolean } = {}) {
  requirePermission(actor, "newsletter.view");
  const issueId = filter.issueId && idSchema.safeParse(filter.issueId).success ? filter.issueId : undefined;
  const orderWhere = issueId ? { issueId } : filter.all ? {} : { issue: { status: { not: "DISTRIBUTED" as const } } };
  const [advertisers, sizes, orders, issues] = await Promise.all([
    db.advertiser.findMany({ orderBy: { company: "asc" }, include: { _count: { select: { orders: true } } } }),
    db.adSize.findMany({ orderBy: [{ publicationId: "asc" }, { pageShareBp: "desc" }, { validFrom: "desc" }], include: { publication: { select: { name: true } } } }),
    db.adOrder.findMany({
      where: orderWhere,
      orderBy: [{ issue: { year: "desc" } }, { issue: { number: "desc" } }, { createdAt: "desc" }],
      take: 500,
      select: { id: true, status: true, sizeCode: true, priceMinor: true, vatPercent: true, placement: true, page: true, artworkName: true, version: true, advertiser: { select: { company: true } }, issue: { select: { id: true, number: true, year: true, status: true } } },
    }),
    db.newspaperIssue.findMany({ where: { status: { in: ["PLANNING", "EDITING", "PROOFREADING"] } }, orderBy: [{ year: "asc" }, { number: "asc" }], select: { id: true, number: true, year: true, publicationId: true, publication: { select: { name: true } } } }),
  ]);
  const today = cityToday();
  // The current rate per publication and code: the newest row valid today.
  const current = new Set<string>();
  const seen = new Set<string>();
  for (const size of sizes) {
    const key = `${size.publicationId}:${size.code}`;
    if (dateToDay(size.validFrom) <= today && !seen.has(key)) {
      seen.add(key);
      current.add(size.id);
    }
  }
  return { advertisers, sizes: sizes.map((size) => ({ ...size, validFrom: dateToDay(size.validFrom), isCurrent: current.has(size.id) })), orders, issues };
}

/**
 * The council members' balance over a year: characters of council members' articles (approved or
 * placed, in issues of that year) per club against the clubs' seats; per issue too.
 */
export async function councilSpaceReport(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "newsletter.view");
  const input = parseInput(councilReportSchema, rawInput);
  const [clubs, rows] = await Promise.all([
    db.councilClub.findMany({ where: { isActive: true }, orderBy: [{ seats: "desc" }, { name: "asc" }], select: { id: true, name: true, seats: true } }),
    db.article.groupBy({
      by: ["councilClubId", "issueId"],
      where: { councilClubId: { not: null }, status: { in: ["APPROVED", "PLACED"] }, issue: { year: input.year, ...(input.publicationId ? { publicationId: input.publicationId } : {}) } },
      _sum: { charCount: true },
      _count: { _all: true },
    }),
  ]);
  const issues = await db.newspaperIssue.findMany({
    where: { year: input.year, ...(input.publicationId ? { publicationId: input.publicationId } : {}) },
    orderBy: { number: "asc" },
    select: { id: true, number: true, year: true },
  });
  const byClub = new Map<string, number>();
  const perIssue = new Map<string, Map<string, number>>();
  for (const row of rows) {
    if (!row.councilClubId) continue;
    const chars = row._sum.charCount ?? 0;
    byClub.set(row.councilClubId, (byClub.get(row.councilClubId) ?? 0) + chars);
    const issueMap = perIssue.get(row.issueId) ?? new Map<string, number>();
    issueMap.set(row.councilClubId, chars);
    perIssue.set(row.issueId, issueMap);
  }
  const balance = councilBalance(clubs.map((club) => ({ clubId: club.id, name: club.name, seats: club.seats, chars: byClub.get(club.id) ?? 0 })));
  return {
    year: input.year,
    balance,
    issues: issues.map((issue) => ({ ...issue, chars: Object.fromEntries(clubs.map((club) => [club.id, perIssue.get(issue.id)?.get(club.id) ?? 0])) as Record<string, number> })),
  };
}

/** Staff download of an article image or an ad's artwork. */
export async function findArticleImage(actor: Actor | null, rawId: unknown) {
  requirePermission(actor, "newsletter.view");
  const id = parseInput(idSchema, rawId);
  const image = await db.articleImage.findUnique({ where: { id }, select: { storageKey: true, fileName: true, mimeType: true } });
  return image ? { key: image.storageKey, name: image.fileName, mime: image.mimeType } : null;
}

export async function findArtwork(actor: Actor | null, rawId: unknown) {
  requirePermission(actor, "newsletter.view");
  const id = parseInput(idSchema, rawId);
  const order = await db.adOrder.findUnique({ where: { id }, select: { artworkKey: true, artworkName: true, artworkMime: true } });
  return order?.artworkKey && order.artworkName && order.artworkMime ? { key: order.artworkKey, name: order.artworkName, mime: order.artworkMime } : null;
}

export async function findFinalPdf(actor: Actor | null, rawId: unknown) {
  requirePermission(actor, "newsletter.view");
  const id = parseInput(idSchema, rawId);
  const issue = await db.newspaperIssue.findUnique({ where: { id }, select: { finalPdfKey: true, finalPdfName: true } });
  return issue?.finalPdfKey ? { key: issue.finalPdfKey, name: issue.finalPdfName ?? "vydani.pdf", mime: "application/pdf" } : null;
}

// Public archive: distributed issues with their final PDF, nothing else.

export async function listPublicArchive() {
  const issues = await db.newspaperIssue.findMany({
    where: { status: "DISTRIBUTED", finalPdfKey: { not: null } },
    orderBy: [{ year: "desc" }, { number: "desc" }],
    select: { id: true, number: true, year: true, title: true, distributionDate: true, pageCount: true, finalPdfBytes: true, publication: { select: { name: true } } },
  });
  return issues.map((issue) => ({ ...issue, distributionDate: dateToDay(issue.distributionDate) }));
}

export async function findPublicPdf(rawId: unknown) {
  const parsed = idSchema.safeParse(rawId);
  if (!parsed.success) return null;
  const issue = await db.newspaperIssue.findFirst({ where: { id: parsed.data, status: "DISTRIBUTED" }, select: { finalPdfKey: true, finalPdfName: true } });
  return issue?.finalPdfKey ? { key: issue.finalPdfKey, name: issue.finalPdfName ?? "vydani.pdf", mime: "application/pdf" } : null;
}
