import "server-only";
import { config } from "@/server/config";
import { db } from "@/server/db";
import type { JobHandler } from "@/server/jobs/queue";
import { logger } from "@/server/logger";
import { sendClaimed } from "@/server/mail/send-claimed";
import { appBaseUrl, newMessageId } from "@/server/mail/send-mail";
import { renderConfirmationMail } from "./mail";
import { CONFIRMATION_MAIL_JOB, CONFIRMATION_MAIL_JOB_MAX_ATTEMPTS } from "./service";

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

export const newsletterJobs: Record<string, JobHandler> = {
  [CONFIRMATION_MAIL_JOB]: (payload, context) => sendConfirmationMails(payload, context),
};
