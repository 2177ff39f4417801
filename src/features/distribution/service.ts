import "server-only";
import { writeAudit } from "@/server/audit";
import { resolveRecipients } from "@/features/media-contacts/recipients";
import { type Actor, requirePermission } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { NotFoundError, PreconditionError } from "@/server/errors";
import { once } from "@/server/idempotency";
import { enqueueJob } from "@/server/jobs/queue";
import { parseInput } from "@/server/validation";
import { REASONS, retryFailedSchema, startDistributionSchema, unsubscribeSchema } from "./schema";

export const DISTRIBUTION_JOB = "distribution.send";
/**
 * Runs of the send job while the SMTP server cannot be reached (backoff 30 s, 1, 2, 4, 8, 16, 32 min:
 * about an hour); the last run marks what is left FAILED "smtpUnavailable", so that a person can retry.
 */
export const DISTRIBUTION_JOB_MAX_ATTEMPTS = 8;

/**
 * Sends a press release to the members of the chosen lists and the chosen contacts.
 * Allowed for a PUBLISHED release, or an APPROVED/SCHEDULED one whose embargo is still ahead (the mail is
 * then marked "EMBARGO until …"). Recipients are de-duplicated by e-mail; contacts marked "do not contact"
 * or unsubscribed are recorded as SKIPPED with the reason (visible in the progress table), never mailed.
 * The Distribution, its recipients, the send job and the audit entry commit together; an idempotency key
 * makes a double click one distribution.
 */
export async function startDistribution(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, "pressRelease.distribute");
  const input = parseInput(startDistributionSchema, rawInput);
  const listIds = [...new Set(input.listIds)];
  const contactIds = [...new Set(input.contactIds)];
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "distribution.start" }, async () => {
      const release = await tx.pressRelease.findUnique({
        where: { id: input.pressReleaseId },
        select: { id: true, status: true, embargoUntil: true },
      });
      if (!release) throw new NotFoundError();
      const embargoAhead = release.embargoUntil !== null && release.embargoUntil > now;
      const distributable = release.status === "PUBLISHED" || ((release.status === "APPROVED" || release.status === "SCHEDULED") && embargoAhead);
      if (!distributable) throw new PreconditionError("releaseNotDistributable");

      const contacts = await resolveRecipients(tx, { listIds, contactIds });
      const recipients = contacts.map((contact) => {
        const reason = contact.doNotContact ? REASONS.doNotContact : contact.unsubscribedAt ? REASONS.unsubscribed : null;
        return { contactId: contact.id, email: contact.email, name: contact.name, status: reason ? ("SKIPPED" as const) : ("QUEUED" as const), error: reason };
      });
      const queued = recipients.filter((recipient) => recipient.status === "QUEUED").length;
      if (queued === 0) throw new PreconditionError("noDeliverableRecipients");

      const distribution = await tx.distribution.create({
        data: { pressReleaseId: release.id, createdById: actor.id, isEmbargoed: release.status !== "PUBLISHED" && embargoAhead },
        select: { id: true, isEmbargoed: true },
      });
      await tx.distributionRecipient.createMany({ data: recipients.map((recipient) => ({ ...recipient, distributionId: distribution.id })) });
      await enqueueJob(tx, { kind: DISTRIBUTION_JOB, payload: { distributionId: distribution.id }, dedupeKey: `distribution:${distribution.id}`, maxAttempts: DISTRIBUTION_JOB_MAX_ATTEMPTS });
      const result = { id: distribution.id, queued, skipped: recipients.length - queued, embargoed: distribution.isEmbargoed };
      await writeAudit(tx, {
        actorId: actor.id,
        action: "distribution.start",
        entityType: "Distribution",
        entityId: distribution.id,
        // Counts and ids only: the recipients' addresses are in DistributionRecipient, not in the log.
        after: { pressReleaseId: release.id, listIds, contactIds, ...result },
      });
      return result;
    }),
  );
}

/**
 * Puts the FAILED recipients of a finished distribution back in the queue and enqueues the send job again.
 * Only a finished (DONE) distribution: so that two send jobs never work on one distribution at once.
 * Recipients whose send was interrupted are FAILED too; retrying them is the person's decision (they may
 * have received the first copy).
 */
export async function retryFailedRecipients(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, "pressRelease.distribute");
  const input = parseInput(retryFailedSchema, rawInput);
  return db.$transaction(async (tx) => {
    const reopened = await tx.distribution.updateMany({
      where: { id: input.distributionId, status: "DONE" },
      data: { status: "QUEUED", finishedAt: null },
    });
    if (reopened.count === 0) {
      const exists = await tx.distribution.findUnique({ where: { id: input.distributionId }, select: { id: true } });
      throw exists ? new PreconditionError("distributionInProgress") : new NotFoundError();
    }
    const requeued = await tx.distributionRecipient.updateMany({
      where: { distributionId: input.distributionId, status: "FAILED" },
      data: { status: "QUEUED", error: null, messageId: null },
    });
    if (requeued.count === 0) throw new PreconditionError("noFailedRecipients");
    await enqueueJob(tx, {
      kind: DISTRIBUTION_JOB,
      payload: { distributionId: input.distributionId },
      dedupeKey: `distribution:${input.distributionId}:retry:${now.getTime()}`,
      maxAttempts: DISTRIBUTION_JOB_MAX_ATTEMPTS,
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "distribution.retry",
      entityType: "Distribution",
      entityId: input.distributionId,
      after: { requeued: requeued.count },
    });
    return { id: input.distributionId, requeued: requeued.count };
  });
}

/**
 * A journalist leaves the mailing (the link in every e-mail): no session, the token is the credential.
 * Unknown token → NotFoundError("unsubscribeLinkInvalid"). Saying it twice changes nothing the second time.
 */
export async function unsubscribeByToken(rawInput: unknown, options: { via?: "page" | "oneClick"; now?: Date } = {}) {
  const input = parseInput(unsubscribeSchema, rawInput);
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const contact = await tx.mediaContact.findUnique({ where: { unsubscribeToken: input.token }, select: { id: true, unsubscribedAt: true } });
    if (!contact) throw new NotFoundError("unsubscribeLinkInvalid");
    if (contact.unsubscribedAt) return { alreadyUnsubscribed: true };
    const { count } = await tx.mediaContact.updateMany({
      where: { id: contact.id, unsubscribedAt: null },
      data: { unsubscribedAt: now, version: { increment: 1 } },
    });
    if (count === 0) return { alreadyUnsubscribed: true };
    await writeAudit(tx, {
      actorId: null,
      action: "mediaContact.unsubscribe",
      entityType: "MediaContact",
      entityId: contact.id,
      before: { unsubscribedAt: null },
      after: { unsubscribedAt: now, via: options.via ?? "page" },
    });
    return { alreadyUnsubscribed: false };
  });
}
