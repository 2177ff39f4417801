import "server-only";
import { z } from "zod";
import { writeAudit } from "@/server/audit";
import { config } from "@/server/config";
import { db } from "@/server/db";
import type { JobContext, JobHandler } from "@/server/jobs/queue";
import { logger } from "@/server/logger";
import { describeMailError, isSmtpUnreachable, newMessageId, sendMail } from "@/server/mail/send-mail";
import { INQUIRY_ANSWER_JOB, INQUIRY_ANSWER_JOB_MAX_ATTEMPTS } from "./service";

// Sending an approved answer by e-mail, at most once (the distribution job's guarantee, for one message):
//   1. claim:  UPDATE "Inquiry" SET sentMessageId = <new Message-ID>
//              WHERE id = … AND sentStatus = 'QUEUED' AND sentMessageId IS NULL   (one runner wins)
//   2. send through SMTP with exactly that Message-ID;
//   3. mark SENT (or FAILED with the SMTP reply) WHERE sentMessageId = <ours>.
// "QUEUED with a Message-ID" found at the start of a run means a run stopped between 1 and 3: we cannot
// know whether the server took it, so it becomes FAILED "interrupted" and is never re-sent on our own.
// An unreachable server (nothing handed over) releases the claim and the job retries with backoff; on
// the last allowed run the answer is FAILED "smtpUnavailable".

export const SEND_FAILURES = { interrupted: "interrupted", smtpUnavailable: "smtpUnavailable" } as const;

const payloadSchema = z.strictObject({ inquiryId: z.uuid() });

/** The e-mail a journalist gets: plain text, in Czech (the office's language), signed by the approver. */
export function renderAnswerEmail(inquiry: { number: string; subject: string; question: string; answer: string; signedBy: string | null }, cityName: string) {
  const quoted = inquiry.question
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");
  const text = [
    "Dobrý den,",
    "",
    inquiry.answer,
    "",
    "S pozdravem",
    inquiry.signedBy ?? "Tisková kancelář",
    `${cityName}`,
    "",
    `Váš dotaz (${inquiry.number}):`,
    quoted,
  ].join("\n");
  return { subject: `Odpověď na dotaz: ${inquiry.subject} (${inquiry.number})`, text };
}

export async function sendInquiryAnswer(payload: unknown, context: Partial<JobContext> = {}): Promise<void> {
  const { inquiryId } = payloadSchema.parse(payload);
  const inquiry = await db.inquiry.findUnique({
    where: { id: inquiryId },
    select: {
      id: true,
      number: true,
      subject: true,
      question: true,
      answerDraft: true,
      answerEmail: true,
      sentStatus: true,
      sentMessageId: true,
      answerApprovedBy: { select: { name: true } },
    },
  });
  if (!inquiry || inquiry.sentStatus !== "QUEUED" || !inquiry.answerEmail || !inquiry.answerDraft) return;
  if (inquiry.sentMessageId) {
    await markFailed(inquiry.id, inquiry.sentMessageId, SEND_FAILURES.interrupted);
    logger.warn("inquiry answer: an interrupted send marked failed", { inquiryId });
    return;
  }
  const messageId = newMessageId();
  const claimed = await db.$executeRaw`
    UPDATE "Inquiry" SET "sentMessageId" = ${messageId}
    WHERE "id" = ${inquiry.id}::uuid AND "sentStatus" = 'QUEUED' AND "sentMessageId" IS NULL`;
  if (claimed === 0) return;

  const mail = renderAnswerEmail(
    { number: inquiry.number, subject: inquiry.subject, question: inquiry.question, answer: inquiry.answerDraft, signedBy: inquiry.answerApprovedBy?.name ?? null },
    config().CITY_NAME,
  );
  let sentMessageId: string;
  try {
    sentMessageId = (await sendMail({ to: inquiry.answerEmail, ...mail, messageId })).messageId;
  } catch (error) {
    const reason = describeMailError(error);
    if (isSmtpUnreachable(error) && (context.attempt ?? 1) < INQUIRY_ANSWER_JOB_MAX_ATTEMPTS) {
      await db.inquiry.updateMany({ where: { id: inquiry.id, sentMessageId: messageId }, data: { sentMessageId: null } });
      throw new Error(`SMTP server unreachable: ${reason}`);
    }
    await markFailed(inquiry.id, messageId, isSmtpUnreachable(error) ? SEND_FAILURES.smtpUnavailable : reason);
    logger.warn("inquiry answer: send failed", { inquiryId, reason });
    return;
  }
  await db.$transaction(async (tx) => {
    const { count } = await tx.inquiry.updateMany({
      where: { id: inquiry.id, sentMessageId: messageId },
      data: { sentStatus: "SENT", sentMessageId, sentAt: new Date(), sentError: null },
    });
    if (count) await writeAudit(tx, { actorId: null, action: "inquiry.answerSent", entityType: "Inquiry", entityId: inquiry.id, after: { sentStatus: "SENT", messageId: sentMessageId } });
  });
}

async function markFailed(inquiryId: string, messageId: string, reason: string) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.inquiry.updateMany({ where: { id: inquiryId, sentMessageId: messageId, sentStatus: "QUEUED" }, data: { sentStatus: "FAILED", sentError: reason } });
    if (count) await writeAudit(tx, { actorId: null, action: "inquiry.answerFailed", entityType: "Inquiry", entityId: inquiryId, after: { sentStatus: "FAILED", error: reason } });
  });
}

/** For the job runner's registry: kind → handler. */
export const inquiryJobs: Record<string, JobHandler> = {
  [INQUIRY_ANSWER_JOB]: (payload, context) => sendInquiryAnswer(payload, context),
};
