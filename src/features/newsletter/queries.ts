import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { type Actor, requirePermission } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { parseInput } from "@/server/validation";
import { can } from "@/server/authz/permissions";
import { renderEditionMail } from "./mail";
import { allowedEditionSteps } from "./policy";
import { type EditionArticle, type EditionStatus, listSubscribersSchema, SUBSCRIBER_STATUSES, type SubscriberStatus, tokenSchema } from "./schema";
import { appBaseUrl } from "@/server/mail/send-mail";
import { config } from "@/server/config";

export const SUBSCRIBERS_PAGE_SIZE = 25;

function subscriberWhere(input: { status?: SubscriberStatus; q?: string }): Prisma.NewsletterSubscriberWhereInput {
  const words = (input.q ?? "").split(/\s+/).filter(Boolean).slice(0, 5);
  return {
    ...(input.status ? { status: input.status } : {}),
    AND: words.map((word) => ({ OR: [{ email: { contains: word, mode: "insensitive" as const } }, { name: { contains: word, mode: "insensitive" as const } }] })),
  };
}

/** The staff list: a page of subscribers (newest first) and the counts per status. */
export async function listSubscribers(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "newsletterSubscriber.view");
  const input = parseInput(listSubscribersSchema, rawInput);
  const where = subscriberWhere(input);
  const page = input.page ?? 1;
  const [total, rows, grouped] = await Promise.all([
    db.newsletterSubscriber.count({ where }),
    db.newsletterSubscriber.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * SUBSCRIBERS_PAGE_SIZE,
      take: SUBSCRIBERS_PAGE_SIZE,
      select: { id: true, email: true, name: true, status: true, consentVersion: true, consentAt: true, consentSource: true, confirmedAt: true, unsubscribedAt: true, createdAt: true, version: true },
    }),
    db.newsletterSubscriber.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const counts = Object.fromEntries(SUBSCRIBER_STATUSES.map((status) => [status, grouped.find((row) => row.status === status)?._count._all ?? 0])) as Record<SubscriberStatus, number>;
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / SUBSCRIBERS_PAGE_SIZE)), counts };
}

/** One subscriber with their consent history (oldest first). */
export async function getSubscriber(actor: Actor | null, id: string) {
  requirePermission(actor, "newsletterSubscriber.view");
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFoundError();
  const subscriber = await db.newsletterSubscriber.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      status: true,
      consentVersion: true,
      consentAt: true,
      consentSource: true,
      confirmedAt: true,
      unsubscribedAt: true,
      createdAt: true,
      version: true,
      consents: { orderBy: { at: "asc" }, select: { id: true, action: true, consentVersion: true, source: true, via: true, at: true } },
    },
  });
  if (!subscriber) throw new NotFoundError();
  return { ...subscriber, consents: subscriber.consents.map((row) => ({ ...row, id: row.id.toString() })) };
}

/** Every subscriber for the CSV export (the current filter). */
export async function exportSubscribers(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "newsletterSubscriber.view");
  const input = parseInput(listSubscribersSchema, rawInput);
  return db.newsletterSubscriber.findMany({
    where: subscriberWhere(input),
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { email: true, name: true, status: true, consentVersion: true, consentAt: true, consentSource: true, confirmedAt: true, unsubscribedAt: true },
  });
}

/** What the public confirmation page shows (opening it changes nothing; mail scanners open links). */
export async function getConfirmLinkState(token: string, now = new Date()): Promise<"invalid" | "pending" | "expired" | "confirmed"> {
  if (!tokenSchema.safeParse(token).success) return "invalid";
  const subscriber = await db.newsletterSubscriber.findUnique({ where: { confirmToken: token }, select: { status: true, confirmExpiresAt: true } });
  if (!subscriber || subscriber.status === "UNSUBSCRIBED") return "invalid";
  if (subscriber.status === "CONFIRMED") return "confirmed";
  return subscriber.confirmExpiresAt && subscriber.confirmExpiresAt > now ? "pending" : "expired";
}

export async function getUnsubscribeLinkState(token: string): Promise<"invalid" | "subscribed" | "unsubscribed"> {
  if (!tokenSchema.safeParse(token).success) return "invalid";
  const subscriber = await db.newsletterSubscriber.findUnique({ where: { unsubscribeToken: token }, select: { status: true } });
  if (!subscriber) return "invalid";
  return subscriber.status === "UNSUBSCRIBED" ? "unsubscribed" : "subscribed";
}

const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
const DELIVERY_STATUSES = ["QUEUED", "SENT", "FAILED", "SKIPPED"] as const;

/**
 * The e-mail edition page of an issue: the issue, its edition (if built) with the preview (HTML and plain
 * text, as a subscriber would get it), the steps this person may take, the sending's progress and the
 * recipients' statuses (failed first).
 */
export async function getEditionPage(actor: Actor | null, issueId: string) {
  requirePermission(actor, "newsletter.view");
  if (!isUuid(issueId)) throw new NotFoundError();
  const issue = await db.newspaperIssue.findUnique({
    where: { id: issueId },
    select: {
      id: true,
      number: true,
      year: true,
      status: true,
      publication: { select: { name: true } },
      articles: { where: { status: { in: ["APPROVED", "PLACED"] } }, select: { id: true } },
    },
  });
  if (!issue) throw new NotFoundError();
  const issueLabel = `${issue.publication.name} č. ${issue.number}/${issue.year}`;
  const [edition, confirmed] = await Promise.all([
    db.newsletterEdition.findUnique({ where: { issueId } }),
    db.newsletterSubscriber.count({ where: { status: "CONFIRMED" } }),
  ]);
  if (!edition) return { issue: { ...issue, label: issueLabel, approvedArticles: issue.articles.length }, edition: null, confirmed };
  const [grouped, deliveries, people] = await Promise.all([
    db.newsletterDelivery.groupBy({ by: ["status"], where: { editionId: edition.id }, _count: { _all: true } }),
    // Failed, skipped and waiting recipients first (they need attention), then the sent ones.
    Promise.all([
      db.newsletterDelivery.findMany({ where: { editionId: edition.id, status: { not: "SENT" } }, orderBy: [{ status: "asc" }, { email: "asc" }], take: 200, select: { id: true, email: true, status: true, error: true, sentAt: true } }),
      db.newsletterDelivery.findMany({ where: { editionId: edition.id, status: "SENT" }, orderBy: { sentAt: "desc" }, take: 100, select: { id: true, email: true, status: true, error: true, sentAt: true } }),
    ]).then(([open, sent]) => [...open, ...sent]),
    db.user.findMany({
      where: { id: { in: [edition.createdById, edition.editedById, edition.approvedById, edition.sentById].filter((id): id is string => Boolean(id)) } },
      select: { id: true, name: true },
    }),
  ]);
  const progress = Object.fromEntries(DELIVERY_STATUSES.map((status) => [status, grouped.find((row) => row.status === status)?._count._all ?? 0])) as Record<(typeof DELIVERY_STATUSES)[number], number>;
  const articles = edition.articles as unknown as EditionArticle[];
  const preview = renderEditionMail({ issueId, subject: edition.subject, intro: edition.intro, issueLabel, articles }, { name: "", unsubscribeToken: null }, { baseUrl: appBaseUrl(), cityName: config().CITY_NAME });
  const nameOf = (id: string | null) => people.find((person) => person.id === id)?.name ?? null;
  return {
    issue: { ...issue, label: issueLabel, approvedArticles: issue.articles.length },
    confirmed,
    edition: {
      ...edition,
      status: edition.status as EditionStatus,
      articles,
      createdByName: nameOf(edition.createdById),
      editedByName: nameOf(edition.editedById),
      approvedByName: nameOf(edition.approvedById),
      sentByName: nameOf(edition.sentById),
      steps: allowedEditionSteps(
        { status: edition.status as EditionStatus, createdById: edition.createdById, editedById: edition.editedById },
        { id: actor.id, mayPrepare: can(actor, "newsletterEdition.prepare"), mayApprove: can(actor, "newsletterEdition.approve") },
      ),
      progress,
      deliveries: [...deliveries].sort((a, b) => Number(b.status === "FAILED") - Number(a.status === "FAILED")),
      preview,
    },
  };
}

/** The public web version of a sent edition: its intro and its articles in full. Null when not sent. */
export async function getPublicEdition(issueId: string) {
  if (!isUuid(issueId)) return null;
  const edition = await db.newsletterEdition.findUnique({
    where: { issueId },
    select: { subject: true, intro: true, articles: true, status: true, sendStartedAt: true, issue: { select: { id: true, number: true, year: true, finalPdfKey: true, publication: { select: { name: true } } } } },
  });
  if (!edition || (edition.status !== "SENT" && edition.status !== "SENDING")) return null;
  const snapshot = edition.articles as unknown as EditionArticle[];
  const bodies = await db.article.findMany({
    where: { id: { in: snapshot.map((article) => article.articleId) }, status: { in: ["APPROVED", "PLACED"] } },
    select: { id: true, perex: true, body: true, authorName: true },
  });
  return {
    label: `${edition.issue.publication.name} č. ${edition.issue.number}/${edition.issue.year}`,
    subject: edition.subject,
    intro: edition.intro,
    sentAt: edition.sendStartedAt,
    hasPdf: Boolean(edition.issue.finalPdfKey),
    issueId: edition.issue.id,
    articles: snapshot.map((article) => ({ ...article, full: bodies.find((body) => body.id === article.articleId) ?? null })),
  };
}

/** The public archive's e-mail editions: every sent edition's issue and subject, newest first (public, no actor). */
export async function listPublicEditions() {
  return db.newsletterEdition.findMany({
    where: { status: { in: ["SENT", "SENDING"] } },
    orderBy: { sendStartedAt: "desc" },
    take: 60,
    select: { issueId: true, subject: true, sendStartedAt: true },
  });
}

/** The issues around now with their e-mail edition's state: the way to each issue's edition page. */
export async function listEditions(actor: Actor | null) {
  requirePermission(actor, "newsletter.view");
  const issues = await db.newspaperIssue.findMany({
    orderBy: [{ distributionDate: "desc" }],
    take: 24,
    select: {
      id: true,
      number: true,
      year: true,
      status: true,
      distributionDate: true,
      publication: { select: { name: true } },
      newsletterEdition: { select: { status: true, recipientCount: true, sendStartedAt: true } },
      _count: { select: { articles: { where: { status: { in: ["APPROVED", "PLACED"] } } } } },
    },
  });
  return issues.map((issue) => ({
    id: issue.id,
    label: `${issue.publication.name} č. ${issue.number}/${issue.year}`,
    issueStatus: issue.status,
    distributionDate: issue.distributionDate,
    approvedArticles: issue._count.articles,
    edition: issue.newsletterEdition ? { ...issue.newsletterEdition, status: issue.newsletterEdition.status as EditionStatus } : null,
  }));
}
