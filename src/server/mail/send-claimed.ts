import "server-only";
import { describeMailError, isSmtpUnreachable, type MailMessage, sendMail } from "./send-mail";

// The middle step of "claim → send → mark", the at-most-once pattern of every job that sends e-mail one
// recipient at a time (distribution, invitations, ceremony mails, the newspaper's e-mail edition):
//   1. the caller claims its row with a fresh Message-ID (newMessageId) in a conditional UPDATE;
//   2. sendClaimed sends the message with exactly that Message-ID and classifies the outcome;
//   3. the caller marks its row SENT or FAILED — conditional on the claimed Message-ID.
// A row found claimed but unmarked was interrupted and is never sent again on its own.
//
// When the SMTP server cannot be reached at all (nothing was handed over), the claim is given back
// (`release`) and an error is thrown so that the job runner retries later with backoff — unless this is
// the job's last allowed run, then the outcome is "unavailable" and the caller fails the rest.

export type ClaimedOutcome =
  | { status: "sent"; messageId: string }
  | { status: "failed"; reason: string }
  | { status: "unavailable"; reason: string };

export async function sendClaimed(
  message: MailMessage & { messageId: string },
  options: { attempt: number; maxAttempts: number; release: () => Promise<unknown> },
): Promise<ClaimedOutcome> {
  try {
    return { status: "sent", messageId: (await sendMail(message)).messageId };
  } catch (error) {
    const reason = describeMailError(error);
    if (!isSmtpUnreachable(error)) return { status: "failed", reason };
    if (options.attempt < options.maxAttempts) {
      await options.release();
      throw new Error(`SMTP server unreachable: ${reason}`);
    }
    return { status: "unavailable", reason };
  }
}
