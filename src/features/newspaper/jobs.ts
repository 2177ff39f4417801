import "server-only";
import { z } from "zod";
import { writeAudit } from "@/server/audit";
import { db } from "@/server/db";
import type { JobContext, JobHandler } from "@/server/jobs/queue";
import { logger } from "@/server/logger";
import { describeMailError, isSmtpUnreachable, newMessageId, sendMail } from "@/server/mail/send-mail";
import { REJECTION_MAIL_JOB, REJECTION_MAIL_MAX_ATTEMPTS } from "./articles";

// The rejection e-mail to a contributor, at most once (the inquiries' answer pattern): claim the article's
// mail with a new Message-ID (QUEUED and no Message-ID yet) → send with that id → mark SENT / FAILED.
// A claimed-but-unmarked mail found on a later run was interrupted: FAILED "interrupted", never re-sent.

const payloadSchema = z.strictObject({ articleId: z.uuid() });

export function renderRejectionEmail(article: { title: string; reason: string; publication: string; issue: string; contributor: string }) {
  const text = [
    `Dobrý den${article.contributor ? `, ${article.contributor}` : ""},`,
    "",
    `děkujeme za Váš příspěvek „${article.title}“ do ${article.publication} (${article.issue}).`,
    "Redakce jej bohužel nezařadí. Důvod:",
    "",
    article.reason,
    "",
    "S pozdravem",
    "redakce",
  ].join("\n");
  return { subject: `Váš příspěvek „${article.title}“ nebude otištěn`, text };
}

export async function sendRejectionMail(payload: unknown, context: Partial<JobContext> = {}): Promise<void> {
  const { articleId } = payloadSchema.parse(payload);
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      title: true,
      status: true,
      rejectionReason: true,
      rejectionMailStatus: true,
      rejectionMailMessageId: true,
      contributor: { select: { name: true, email: true } },
      issue: { select: { number: true, year: true, publication: { select: { name: true } } } },
    },
  });
  if (!article || article.rejectionMailStatus !== "QUEUED" || !article.contributor?.email || !article.rejectionReason) return;
  if (article.rejectionMailMessageId) {
    await markFailed(article.id, article.rejectionMailMessageId, "interrupted");
    return;
  }
  const messageId = newMessageId();
  const claimed = await db.$executeRaw`
    UPDATE "Article" SET "rejectionMailMessageId" = ${messageId}
    WHERE "id" = ${article.id}::uuid AND "rejectionMailStatus" = 'QUEUED' AND "rejectionMailMessageId" IS NULL`;
  if (claimed === 0) return;
  const mail = renderRejectionEmail({
    title: article.title,
    reason: article.rejectionReason,
    publication: article.issue.publication.name,
    issue: `${article.issue.number}/${article.issue.year}`,
    contributor: article.contributor.name,
  });
  try {
    await sendMail({ to: article.contributor.email, ...mail, messageId });
  } catch (error) {
    const reason = describeMailError(error);
    if (isSmtpUnreachable(error) && (context.attempt ?? 1) < REJECTION_MAIL_MAX_ATTEMPTS) {
      await db.article.updateMany({ where: { id: article.id, rejectionMailMessageId: messageId }, data: { rejectionMailMessageId: null } });
      throw new Error(`SMTP server unreachable: ${reason}`);
    }
    await markFailed(article.id, messageId, isSmtpUnreachable(error) ? "smtpUnavailable" : reason);
    logger.warn("newspaper rejection mail failed", { articleId, reason });
    return;
  }
  await db.$transaction(async (tx) => {
    const { count } = await tx.article.updateMany({ where: { id: article.id, rejectionMailMessageId: messageId }, data: { rejectionMailStatus: "SENT" } });
    if (count) await writeAudit(tx, { actorId: null, action: "newspaper.article.rejectionSent", entityType: "Article", entityId: article.id, after: { messageId } });
  });
}

async function markFailed(articleId: string, messageId: string, reason: string) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.article.updateMany({ where: { id: articleId, rejectionMailMessageId: messageId, rejectionMailStatus: "QUEUED" }, data: { rejectionMailStatus: "FAILED", rejectionMailError: reason } });
    if (count) await writeAudit(tx, { actorId: null, action: "newspaper.article.rejectionFailed", entityType: "Article", entityId: articleId, after: { error: reason } });
  });
}

export const newspaperJobs: Record<string, JobHandler> = {
  [REJECTION_MAIL_JOB]: (payload, context) => sendRejectionMail(payload, context),
};
