import "server-only";
import { z } from "zod";
import { listContactsForPicker, listDistributionListsForPicker } from "@/features/media-contacts/queries";
import { type Actor, requirePermission } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { parseInput } from "@/server/validation";
import { outboxQuerySchema, unsubscribeTokenSchema } from "./schema";

/** A recipient as the progress view shows it. "SENDING" = claimed by the job, not yet marked (see jobs.ts). */
export type RecipientView = {
  id: string;
  name: string;
  email: string;
  status: "QUEUED" | "SENDING" | "SENT" | "FAILED" | "SKIPPED";
  error: string | null;
  sentAt: Date | null;
  attempts: number;
};

export type DistributionView = Awaited<ReturnType<typeof getDistributionStatus>>[number];

/** The distributions of a release, newest first, with counts per status and their recipients. */
export async function getDistributionStatus(actor: Actor | null, pressReleaseId: string) {
  requirePermission(actor, "pressRelease.view");
  requirePermission(actor, "contact.view");
  if (!z.uuid().safeParse(pressReleaseId).success) throw new NotFoundError();
  const distributions = await db.distribution.findMany({
    where: { pressReleaseId },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: {
      id: true,
      status: true,
      isEmbargoed: true,
      createdAt: true,
      finishedAt: true,
      recipients: {
        select: { id: true, name: true, email: true, status: true, error: true, sentAt: true, attempts: true, messageId: true },
        orderBy: [{ name: "asc" }, { email: "asc" }],
      },
    },
  });
  return distributions.map(({ recipients, ...distribution }) => {
    const rows: RecipientView[] = recipients.map(({ messageId, ...recipient }) => ({
      ...recipient,
      status: recipient.status === "QUEUED" && messageId !== null ? "SENDING" : recipient.status,
    }));
    const counts = { QUEUED: 0, SENDING: 0, SENT: 0, FAILED: 0, SKIPPED: 0 };
    for (const row of rows) counts[row.status] += 1;
    return { ...distribution, counts, total: rows.length, recipients: rows };
  });
}

/** What the picker offers: the lists (with member counts) and the contacts (with outlet and flags). */
export async function listDistributionTargets(actor: Actor | null) {
  requirePermission(actor, "pressRelease.distribute");
  const [lists, contacts] = await Promise.all([listDistributionListsForPicker(actor), listContactsForPicker(actor)]);
  return { lists, contacts };
}

/** Mail written to the outbox while no SMTP server is configured (development), newest first. */
export async function listOutboxMessages(actor: Actor | null, rawInput: unknown = {}) {
  requirePermission(actor, "mailOutbox.view");
  const { limit } = parseInput(outboxQuerySchema, rawInput);
  return db.outboxMessage.findMany({
    select: { id: true, to: true, subject: true, text: true, html: true, headers: true, createdAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
  });
}

/**
 * For the public unsubscribe page (no session; the token is the credential): whether the link is valid
 * and whether it was used already. Reveals nothing else about the contact. Reading changes nothing
 * (mail scanners open links): only the page's button unsubscribes.
 */
export async function getUnsubscribeLinkState(token: string): Promise<"invalid" | "subscribed" | "unsubscribed"> {
  if (!unsubscribeTokenSchema.safeParse(token).success) return "invalid";
  const contact = await db.mediaContact.findUnique({ where: { unsubscribeToken: token }, select: { unsubscribedAt: true } });
  if (!contact) return "invalid";
  return contact.unsubscribedAt ? "unsubscribed" : "subscribed";
}
