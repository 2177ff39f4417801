import "server-only";
import { config } from "@/server/config";
import { db } from "@/server/db";
import type { JobHandler } from "@/server/jobs/queue";
import { logger } from "@/server/logger";
import { sendClaimed } from "@/server/mail/send-claimed";
import { appBaseUrl, newMessageId } from "@/server/mail/send-mail";
import { z } from "zod";
import { enqueueJob } from "@/server/jobs/queue";
import { renderConfirmationMail, renderEditionMail } from "./mail";
import type { EditionArticle } from "./schema";
import { CONFIRMATION_MAIL_JOB, CONFIRMATION_MAIL_JOB_MAX_ATTEMPTS, EDITION_JOB, EDITION_JOB_MAX_ATTEMPTS } from "./service";

// The confirmation e-mails of the double opt-in, sent with claim → send → mark (server/mail/send-claimed):
// at most one copy of each queued e-mail, also across a crash or a second run. One claimed but unmarked
// was interrupted: FAILED "interrupted", never re-sent on its own (the reader may subscribe again).
export async function sendConfirmationMails(_payload: unknown, context: { attempt?: number } = {}): Promise<void> {
  const interrupted = await db.newsletterConfirmationMail.updateMany({ where: { status: "QUEUED", messageId: { not: null } }, data: { status: "FAILED", error: "interrupted" } });
  if (interrupted.count > 0) logger.warn("newsletter confirmations: interrupted sends marked failed", { count: interrupted.count });
  const { CITY_NAME } = config();
  for (;;) {
    const next = await db.newsletterConfirmationMail.findFirst({
      where: { status: "QUEUED", messageId: null },
      orderBy: { id: "asc" },
      select: { id: true, email: true, subscriber: { select: { name: true, status: true, confirmToken: true } } },
    });
    if (!next) break;
    const claimedMessageId = newMessageId();
    const claimed = await db.$executeRaw`
      UPDATE "NewsletterConfirmationMail" SET "messageId" = ${claimedMessageId}
      WHERE "id" = ${next.id}::uuid AND "status" = 'QUEUED' AND "messageId" IS NULL`;
    if (claimed === 0) continue;
    const mine = { id: next.id, messageId: claimedMessageId };
    // Confirmed or unsubscribed meanwhile, or the link is gone: nothing to confirm any more.
    if (next.subscriber.status !== "PENDING" || !next.subscriber.confirmToken) {
      await db.newsletterConfirmationMail.updateMany({ where: mine, data: { status: "SKIPPED", messageId: null } });
      continue;
    }
    const mail = renderConfirmationMail({ name: next.subscriber.name, token: next.subscriber.confirmToken, paperName: CITY_NAME }, { baseUrl: appBaseUrl(), cityName: CITY_NAME });
    const outcome = await sendClaimed(
      { to: next.email, ...mail, messageId: claimedMessageId },
      {
        attempt: context.attempt ?? 1,
        maxAttempts: CONFIRMATION_MAIL_JOB_MAX_ATTEMPTS,
        release: () => db.newsletterConfirmationMail.updateMany({ where: mine, data: { messageId: null } }),
      },
    );
    await db.newsletterConfirmationMail.updateMany({
      where: mine,
      data:
        outcome.status === "sent"
          ? { status: "SENT", messageId: outcome.messageId, sentAt: new Date(), error: null }
          : { status: "FAILED", error: outcome.status === "unavailable" ? "smtpUnavailable" : outcome.reason },
    });
  }
}

const editionPayload = z.strictObject({ editionId: z.uuid() });

/** How long one run sends before it hands over to a continuation job (below the runner's 5-minute lease). */
export const EDITION_SEND_BUDGET_MS = 4 * 60_000;

// The e-mail edition, one recipient at a time. GUARANTEE — at most one copy per subscriber and edition:
//   claim (UPDATE … SET messageId WHERE status = 'QUEUED' AND messageId IS NULL: one runner wins) →
//   send with that Message-ID (server/mail/send-claimed) → mark SENT/FAILED WHERE messageId = ours.
// A recipient found claimed but unmarked when a run starts was interrupted: FAILED "interrupted", never
// sent again on its own. A subscriber who unsubscribed after the sending started is SKIPPED. When no
// recipient is left QUEUED, the edition is SENT. Two runs at once (a re-claimed job) never send twice.
export async function sendEditionJob(payload: unknown, context: { jobId?: bigint; attempt?: number } = {}, options: { budgetMs?: number } = {}): Promise<void> {
  const { editionId } = editionPayload.parse(payload);
  const startedAt = Date.now();
  const budgetMs = options.budgetMs ?? EDITION_SEND_BUDGET_MS;
  const edition = await db.newsletterEdition.findUnique({
    where: { id: editionId },
    select: { id: true, status: true, subject: true, intro: true, articles: true, issueId: true, issue: { select: { number: true, year: true, publication: { select: { name: true } } } } },
  });
  if (!edition || (edition.status !== "SENDING" && edition.status !== "SENT")) {
    logger.warn("newsletter edition job without a sending edition", { editionId });
    return;
  }
  const interrupted = await db.newsletterDelivery.updateMany({ where: { editionId, status: "QUEUED", messageId: { not: null } }, data: { status: "FAILED", error: "interrupted" } });
  if (interrupted.count > 0) logger.warn("newsletter edition: interrupted sends marked failed", { editionId, count: interrupted.count });
  const { CITY_NAME } = config();
  const forMail = {
    issueId: edition.issueId,
    subject: edition.subject,
    intro: edition.intro,
    issueLabel: `${edition.issue.publication.name} č. ${edition.issue.number}/${edition.issue.year}`,
    articles: edition.articles as unknown as EditionArticle[],
  };
  let handled = 0;
  for (;;) {
    const next = await db.newsletterDelivery.findFirst({ where: { editionId, status: "QUEUED", messageId: null }, orderBy: { id: "asc" }, select: { id: true, email: true, subscriberId: true } });
    if (!next) break;
    if (handled > 0 && Date.now() - startedAt >= budgetMs) {
      await db.$transaction((tx) =>
        enqueueJob(tx, {
          kind: EDITION_JOB,
          payload: { editionId },
          dedupeKey: `newsletter:edition:${editionId}:continue:${context.jobId?.toString() ?? `direct-${Date.now()}`}`,
          maxAttempts: EDITION_JOB_MAX_ATTEMPTS,
        }),
      );
      return;
    }
    const claimedMessageId = newMessageId();
    const claimed = await db.$executeRaw`
      UPDATE "NewsletterDelivery" SET "attempts" = "attempts" + 1, "messageId" = ${claimedMessageId}
      WHERE "id" = ${next.id}::uuid AND "status" = 'QUEUED' AND "messageId" IS NULL`;
    if (claimed === 0) continue;
    handled += 1;
    const mine = { id: next.id, messageId: claimedMessageId };
    // Read the subscriber now: an unsubscribe after the sending started wins.
    const subscriber = next.subscriberId
      ? await db.newsletterSubscriber.findUnique({ where: { id: next.subscriberId }, select: { status: true, name: true, unsubscribeToken: true } })
      : null;
    if (!subscriber || subscriber.status !== "CONFIRMED") {
      await db.newsletterDelivery.updateMany({ where: mine, data: { status: "SKIPPED", error: subscriber ? "unsubscribed" : "subscriberRemoved", messageId: null } });
      continue;
    }
    const mail = renderEditionMail(forMail, { name: subscriber.name, unsubscribeToken: subscriber.unsubscribeToken }, { baseUrl: appBaseUrl(), cityName: CITY_NAME });
    const outcome = await sendClaimed(
      { to: next.email, ...mail, messageId: claimedMessageId },
      { attempt: context.attempt ?? 1, maxAttempts: EDITION_JOB_MAX_ATTEMPTS, release: () => db.newsletterDelivery.updateMany({ where: mine, data: { messageId: null } }) },
    );
    if (outcome.status === "sent") {
      await db.newsletterDelivery.updateMany({ where: mine, data: { status: "SENT", messageId: outcome.messageId, sentAt: new Date(), error: null } });
      continue;
    }
    await db.newsletterDelivery.updateMany({ where: mine, data: { status: "FAILED", error: outcome.status === "unavailable" ? "smtpUnavailable" : outcome.reason } });
    if (outcome.status === "unavailable") {
      logger.error("newsletter edition: SMTP server unreachable on the last attempt", { editionId });
      await db.newsletterDelivery.updateMany({ where: { editionId, status: "QUEUED", messageId: null }, data: { status: "FAILED", error: "smtpUnavailable" } });
    }
  }
  const remaining = await db.newsletterDelivery.count({ where: { editionId, status: "QUEUED" } });
  if (remaining === 0) await db.newsletterEdition.updateMany({ where: { id: editionId, status: "SENDING" }, data: { status: "SENT", finishedAt: new Date() } });
}

export const newsletterJobs: Record<string, JobHandler> = {
  [CONFIRMATION_MAIL_JOB]: (payload, context) => sendConfirmationMails(payload, context),
  [EDITION_JOB]: (payload, context) => sendEditionJob(payload, context),
};
