import "server-only";
import { z } from "zod";
import { config } from "@/server/config";
import { db } from "@/server/db";
import type { JobHandler } from "@/server/jobs/queue";
import { logger } from "@/server/logger";
import { appBaseUrl, describeMailError, isSmtpUnreachable, newMessageId, sendMail } from "@/server/mail/send-mail";
import { renderInvitationEmail } from "./invitation-email";
import { INVITATION_JOB, INVITATION_JOB_MAX_ATTEMPTS } from "./service";

// Sends a conference's QUEUED invitations, one e-mail each, with the distribution job's guarantee
// (features/distribution/jobs.ts): at most one copy per invitation, also across a crash or a second run.
//   1. claim: UPDATE … SET attempts + 1, messageId = <new Message-ID> WHERE status = 'QUEUED' AND messageId IS NULL
//   2. send with exactly that Message-ID;
//   3. mark SENT or FAILED — WHERE messageId = <ours>.
// An invitation found claimed but unmarked when a run starts was interrupted: FAILED "interrupted", never
// re-sent on its own. An unreachable SMTP server (nothing handed over) releases the claim and retries the
// job with backoff; on the last attempt what is left becomes FAILED "smtpUnavailable".

const payloadSchema = z.strictObject({ conferenceId: z.uuid() });

export async function sendConferenceInvitations(payload: unknown, context: { attempt?: number } = {}): Promise<void> {
  const { conferenceId } = payloadSchema.parse(payload);
  const conference = await db.pressConference.findUnique({
    where: { id: conferenceId },
    select: {
      topic: true,
      startsAt: true,
      endsAt: true,
      venue: true,
      agenda: true,
      status: true,
      speakers: { select: { name: true, function: true }, orderBy: { position: "asc" } },
    },
  });
  if (!conference) {
    logger.warn("invitation job without its conference", { conferenceId });
    return;
  }
  const interrupted = await db.pressConferenceInvitation.updateMany({
    where: { conferenceId, status: "QUEUED", messageId: { not: null } },
    data: { status: "FAILED", error: "interrupted" },
  });
  if (interrupted.count > 0) logger.warn("invitations: interrupted sends marked failed", { conferenceId, count: interrupted.count });
  if (conference.status === "CANCELLED") {
    await db.pressConferenceInvitation.updateMany({ where: { conferenceId, status: "QUEUED", messageId: null }, data: { status: "FAILED", error: "conferenceCancelled" } });
    return;
  }

  const { CITY_TIME_ZONE, CITY_NAME } = config();
  for (;;) {
    const next = await db.pressConferenceInvitation.findFirst({
      where: { conferenceId, status: "QUEUED", messageId: null },
      orderBy: { id: "asc" },
      select: { id: true, email: true, name: true, rsvpToken: true, contact: { select: { doNotContact: true, unsubscribedAt: true } } },
    });
    if (!next) break;
    const claimedMessageId = newMessageId();
    const claimed = await db.$executeRaw`
      UPDATE "PressConferenceInvitation" SET "attempts" = "attempts" + 1, "messageId" = ${claimedMessageId}
      WHERE "id" = ${next.id}::uuid AND "status" = 'QUEUED' AND "messageId" IS NULL`;
    if (claimed === 0) continue;
    // Read at sending, not at queueing: an unsubscribe in between wins.
    if (next.contact.doNotContact || next.contact.unsubscribedAt) {
      const reason = next.contact.doNotContact ? "doNotContact" : "unsubscribed";
      await db.pressConferenceInvitation.updateMany({ where: { id: next.id, messageId: claimedMessageId }, data: { status: "FAILED", error: reason, messageId: null } });
      continue;
    }
    const mail = renderInvitationEmail(conference, { name: next.name, rsvpToken: next.rsvpToken }, { baseUrl: appBaseUrl(), timeZone: CITY_TIME_ZONE, cityName: CITY_NAME });
    let sentMessageId: string;
    try {
      sentMessageId = (await sendMail({ to: next.email, ...mail, messageId: claimedMessageId })).messageId;
    } catch (error) {
      const reason = describeMailError(error);
      if (isSmtpUnreachable(error) && (context.attempt ?? 1) < INVITATION_JOB_MAX_ATTEMPTS) {
        await db.pressConferenceInvitation.updateMany({ where: { id: next.id, messageId: claimedMessageId }, data: { messageId: null } });
        throw new Error(`SMTP server unreachable: ${reason}`);
      }
      if (isSmtpUnreachable(error)) {
        await db.pressConferenceInvitation.updateMany({ where: { id: next.id, messageId: claimedMessageId }, data: { status: "FAILED", error: "smtpUnavailable" } });
        await db.pressConferenceInvitation.updateMany({ where: { conferenceId, status: "QUEUED", messageId: null }, data: { status: "FAILED", error: "smtpUnavailable" } });
        continue;
      }
      logger.warn("invitation: send failed", { conferenceId, invitationId: next.id, reason });
      await db.pressConferenceInvitation.updateMany({ where: { id: next.id, messageId: claimedMessageId }, data: { status: "FAILED", error: reason } });
      continue;
    }
    await db.pressConferenceInvitation.updateMany({
      where: { id: next.id, messageId: claimedMessageId },
      data: { status: "SENT", messageId: sentMessageId, sentAt: new Date(), error: null },
    });
  }
}

export const pressConferenceJobs: Record<string, JobHandler> = {
  [INVITATION_JOB]: (payload, context) => sendConferenceInvitations(payload, context),
};
