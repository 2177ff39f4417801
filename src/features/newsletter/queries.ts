import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { type Actor, requirePermission } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { parseInput } from "@/server/validation";
import { listSubscribersSchema, SUBSCRIBER_STATUSES, type SubscriberStatus, tokenSchema } from "./schema";

export const SUBSCRIBERS_PAGE_SIZE = 50;

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
