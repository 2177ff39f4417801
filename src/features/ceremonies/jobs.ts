import "server-only";
import { config } from "@/server/config";
import { db } from "@/server/db";
import type { JobHandler } from "@/server/jobs/queue";
import type { PeriodicTask } from "@/server/jobs/worker";
import { logger } from "@/server/logger";
import { appBaseUrl, describeMailError, isSmtpUnreachable, newMessageId, sendMail } from "@/server/mail/send-mail";
import { renderCeremonyMail } from "./mail";
import { CEREMONY_MAIL_JOB, CEREMONY_MAIL_JOB_MAX_ATTEMPTS, purgeExpiredRegistrations } from "./service";

// Sends the QUEUED ceremony e-mails with the press conferences' guarantee (claim → send → mark): at most
// one copy of each (registration, kind), also across a crash or a second run. A mail found claimed but
// unmarked was interrupted: FAILED "interrupted", never re-sent on its own.
export async function sendCeremonyMails(_payload: unknown, context: { attempt?: number } = {}): Promise<void> {
  const interrupted = await db.ceremonyMail.updateMany({ where: { status: "QUEUED", messageId: { not: null } }, data: { status: "FAILED", error: "interrupted" } });
  if (interrupted.count > 0) logger.warn("ceremony mails: interrupted sends marked failed", { count: interrupted.count });
  const { CITY_TIME_ZONE, CITY_NAME } = config();
  for (;;) {
    const next = await db.ceremonyMail.findFirst({
      where: { status: "QUEUED", messageId: null },
      orderBy: { id: "asc" },
      select: {
        id: true,
        kind: true,
        email: true,
        registration: { select: { names: true, rsvpToken: true, erasedAt: true, slot: { select: { startsAt: true } }, ceremony: { select: { title: true, venue: true, officiant: true } } } },
      },
    });
    if (!next) break;
    const claimedMessageId = newMessageId();
    const claimed = await db.$executeRaw`
      UPDATE "CeremonyMail" SET "messageId" = ${claimedMessageId}
      WHERE "id" = ${next.id}::uuid AND "status" = 'QUEUED' AND "messageId" IS NULL`;
    if (claimed === 0) continue;
    const reg = next.registration;
    const mail = renderCeremonyMail(
      { kind: next.kind, names: reg.names, ceremony: reg.ceremony, slotStartsAt: reg.slot?.startsAt ?? null, rsvpToken: reg.rsvpToken },
      { baseUrl: appBaseUrl(), timeZone: CITY_TIME_ZONE, cityName: CITY_NAME },
    );
    let sentMessageId: string;
    try {
      sentMessageId = (await sendMail({ to: next.email, ...mail, messageId: claimedMessageId })).messageId;
    } catch (error) {
      const reason = describeMailError(error);
      if (isSmtpUnreachable(error) && (context.attempt ?? 1) < CEREMONY_MAIL_JOB_MAX_ATTEMPTS) {
        await db.ceremonyMail.updateMany({ where: { id: next.id, messageId: claimedMessageId }, data: { messageId: null } });
        throw new Error(`SMTP server unreachable: ${reason}`);
      }
      await db.ceremonyMail.updateMany({ where: { id: next.id, messageId: claimedMessageId }, data: { status: "FAILED", error: isSmtpUnreachable(error) ? "smtpUnavailable" : reason } });
      continue;
    }
    await db.ceremonyMail.updateMany({ where: { id: next.id, messageId: claimedMessageId }, data: { status: "SENT", messageId: sentMessageId, sentAt: new Date(), error: null } });
  }
}

export const ceremonyJobs: Record<string, JobHandler> = {
  [CEREMONY_MAIL_JOB]: (payload, context) => sendCeremonyMails(payload, context),
};

/** Retention: erases participants' personal data `ceremonyRetentionMonths` after their ceremony; conditional, so overlapping runs do nothing twice. */
export const ceremonyPeriodicTasks: PeriodicTask[] = [
  { name: "purge ceremony participants", everyMs: 6 * 3600 * 1000, run: (now) => purgeExpiredRegistrations(now) },
];
