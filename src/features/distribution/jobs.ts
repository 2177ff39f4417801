import "server-only";
import { z } from "zod";
import { config } from "@/server/config";
import { db } from "@/server/db";
import { enqueueJob, type JobHandler } from "@/server/jobs/queue";
import { logger } from "@/server/logger";
import { sendClaimed } from "@/server/mail/send-claimed";
import { appBaseUrl, newMessageId } from "@/server/mail/send-mail";
import { renderReleaseEmail } from "./email-template";
import { REASONS } from "./schema";
import { DISTRIBUTION_JOB, DISTRIBUTION_JOB_MAX_ATTEMPTS } from "./service";

// The background side of a distribution: one job per sending, one e-mail per recipient, one at a time.
//
// GUARANTEE — at most one copy per recipient per distribution, also across a crash or a second run:
//   1. claim:  UPDATE … SET attempts = attempts + 1, messageId = <new Message-ID>
//              WHERE id = … AND status = 'QUEUED' AND messageId IS NULL        (only one runner wins)
//      The schema's RecipientStatus has no SENDING, so "QUEUED with a messageId" means "being sent".
//   2. send through SMTP with exactly that Message-ID;
//   3. mark SENT (messageId, sentAt) or FAILED (the SMTP reply) — WHERE id = … AND messageId = <ours>.
// A recipient found "being sent" when a run starts was interrupted between 1 and 3 (crash, restart,
// database lost): we cannot know whether the server took the message, so it is marked FAILED
// "interrupted" and NOT sent again automatically; a person may retry it (retryFailedRecipients), knowing
// the journalist may then get a second copy. The Message-ID recorded at claim lets the mail server's log
// tell whether it went out. Nothing is ever re-sent without a person deciding so.
//
// Two runs at once (the runner re-claims a job whose lease ran out while it still runs) are safe too:
// the claim lets only one of them take a recipient; the other's start-up sweep may mark a recipient that
// is being sent "interrupted" for a moment, and the sender's own mark (conditional on its Message-ID)
// then sets SENT. Only if a person pressed "retry" in exactly that moment could a second copy go out.
// Each run also hands over to a continuation job after SEND_BUDGET_MS, below the runner's lease.
//
// One exception to "a send error → FAILED": when the SMTP server cannot be reached at all (connection
// refused, DNS, greeting timeout — nothing was handed over), the claim is released (QUEUED again) and
// the job throws, so that the runner tries again later with backoff. On the job's last allowed run the
// remaining recipients become FAILED "smtpUnavailable" instead, and the distribution is finished.


const payloadSchema = z.strictObject({ distributionId: z.uuid() });

/**
 * How long one run sends before it hands over to a continuation job: below the runner's lease (5 min),
 * so that the runner never takes a long distribution for a dead one.
 */
export const SEND_BUDGET_MS = 4 * 60_000;

export async function sendDistribution(
  payload: unknown,
  context: { jobId?: bigint; attempt?: number; now?: Date } = {},
  options: { budgetMs?: number } = {},
): Promise<void> {
  const { distributionId } = payloadSchema.parse(payload);
  const startedAt = Date.now();
  const budgetMs = options.budgetMs ?? SEND_BUDGET_MS;
  const distribution = await db.distribution.findUnique({
    where: { id: distributionId },
    select: {
      id: true,
      isEmbargoed: true,
      status: true,
      pressRelease: { select: { title: true, perex: true, bodyHtml: true, slug: true, language: true, dateline: true, embargoUntil: true, status: true } },
    },
  });
  if (!distribution) {
    logger.warn("distribution job without its distribution", { distributionId });
    return;
  }

  // An earlier run stopped between claiming and marking: never send those again on our own.
  const interrupted = await db.distributionRecipient.updateMany({
    where: { distributionId, status: "QUEUED", messageId: { not: null } },
    data: { status: "FAILED", error: REASONS.interrupted },
  });
  if (interrupted.count > 0) logger.warn("distribution: interrupted sends marked failed", { distributionId, count: interrupted.count });

  await db.distribution.updateMany({ where: { id: distributionId, status: "QUEUED" }, data: { status: "SENDING" } });
  const release = distribution.pressRelease;

  if (release.status === "WITHDRAWN") {
    await db.distributionRecipient.updateMany({
      where: { distributionId, status: "QUEUED", messageId: null },
      data: { status: "SKIPPED", error: REASONS.releaseWithdrawn },
    });
  }

  const { CITY_TIME_ZONE, CITY_NAME } = config();
  let handled = 0;
  for (;;) {
    const next = await db.distributionRecipient.findFirst({
      where: { distributionId, status: "QUEUED", messageId: null },
      orderBy: { id: "asc" },
      select: { id: true, email: true, name: true, contactId: true },
    });
    if (!next) break;
    // At least one recipient per run, so that every run makes progress.
    if (handled > 0 && Date.now() - startedAt >= budgetMs) {
      // Hand over: the rest goes in a new job, this run ends within the runner's lease. Keyed by this
      // job, so that a re-run of this job after a crash adds no second continuation.
      await db.$transaction((tx) =>
        enqueueJob(tx, {
          kind: DISTRIBUTION_JOB,
          payload: { distributionId },
          dedupeKey: `distribution:${distributionId}:continue:${context.jobId?.toString() ?? `direct-${Date.now()}`}`,
          maxAttempts: DISTRIBUTION_JOB_MAX_ATTEMPTS,
        }),
      );
      logger.info("distribution: continues in a new job", { distributionId, jobId: context.jobId?.toString() });
      return;
    }

    const claimedMessageId = newMessageId();
    const claimed = await db.$executeRaw`
      UPDATE "DistributionRecipient" SET "attempts" = "attempts" + 1, "messageId" = ${claimedMessageId}
      WHERE "id" = ${next.id}::uuid AND "status" = 'QUEUED' AND "messageId" IS NULL`;
    if (claimed === 0) continue; // another runner took it
    handled += 1;

    // Read the contact now, not at queueing: an unsubscribe in between wins.
    const contact = next.contactId
      ? await db.mediaContact.findUnique({ where: { id: next.contactId }, select: { doNotContact: true, unsubscribedAt: true, unsubscribeToken: true } })
      : null;
    const skipReason = !contact ? REASONS.contactRemoved : contact.doNotContact ? REASONS.doNotContact : contact.unsubscribedAt ? REASONS.unsubscribed : null;
    if (skipReason || !contact) {
      await db.distributionRecipient.updateMany({
        where: { id: next.id, messageId: claimedMessageId },
        data: { status: "SKIPPED", error: skipReason, messageId: null },
      });
      continue;
    }

    const now = new Date();
    const mail = renderReleaseEmail(release, { name: next.name, unsubscribeToken: contact.unsubscribeToken }, {
      baseUrl: appBaseUrl(),
      timeZone: CITY_TIME_ZONE,
      cityName: CITY_NAME,
      embargoed: distribution.isEmbargoed && release.embargoUntil !== null && release.embargoUntil > now,
    });

    const outcome = await sendClaimed(
      { to: next.email, ...mail, messageId: claimedMessageId },
      {
        attempt: context.attempt ?? 1,
        maxAttempts: DISTRIBUTION_JOB_MAX_ATTEMPTS,
        // Nothing reached the server: give the recipient back to the queue and let the runner retry later.
        release: () => db.distributionRecipient.updateMany({ where: { id: next.id, messageId: claimedMessageId }, data: { messageId: null } }),
      },
    );
    if (outcome.status === "unavailable") {
      logger.error("distribution: SMTP server unreachable on the last attempt", { distributionId, reason: outcome.reason });
      await db.distributionRecipient.updateMany({ where: { id: next.id, messageId: claimedMessageId }, data: { status: "FAILED", error: REASONS.smtpUnavailable } });
      await db.distributionRecipient.updateMany({
        where: { distributionId, status: "QUEUED", messageId: null },
        data: { status: "FAILED", error: REASONS.smtpUnavailable },
      });
      continue;
    }
    if (outcome.status === "failed") {
      logger.warn("distribution: send failed", { distributionId, recipientId: next.id, reason: outcome.reason });
      await db.distributionRecipient.updateMany({ where: { id: next.id, messageId: claimedMessageId }, data: { status: "FAILED", error: outcome.reason } });
      continue;
    }
    const sentMessageId = outcome.messageId;
    // A separate write: if it fails, the job fails and its next run finds the recipient
    // "being sent" → FAILED "interrupted", never a second copy.
    await db.distributionRecipient.updateMany({
      where: { id: next.id, messageId: claimedMessageId },
      data: { status: "SENT", messageId: sentMessageId, sentAt: new Date(), error: null },
    });
  }

  const remaining = await db.distributionRecipient.count({ where: { distributionId, status: "QUEUED" } });
  if (remaining === 0) {
    await db.distribution.updateMany({ where: { id: distributionId, status: { not: "DONE" } }, data: { status: "DONE", finishedAt: new Date() } });
  }
  logger.info("distribution job finished", { distributionId, jobId: context.jobId?.toString(), attempt: context.attempt });
}

/** For the job runner's registry: kind → handler. */
export const distributionJobs: Record<string, JobHandler> = {
  [DISTRIBUTION_JOB]: (payload, context) => sendDistribution(payload, context),
};
