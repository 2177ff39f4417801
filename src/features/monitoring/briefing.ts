import "server-only";
import { TZDate } from "@date-fns/tz";
import { addDays, fromIsoDate, isWorkingDay, toIsoDate } from "@/features/inquiries/foi";
import { cityIsoDate } from "@/features/inquiries/time";
import type { Prisma } from "@/generated/prisma/client";
import { config } from "@/server/config";
import { db } from "@/server/db";
import { enqueueJob } from "@/server/jobs/queue";
import { logger } from "@/server/logger";
import { appBaseUrl, describeMailError, isSmtpUnreachable, newMessageId, sendMail } from "@/server/mail/send-mail";
import { type BriefingContent, buildBriefingContent } from "./briefing-content";
import { renderBriefingMail } from "./briefing-mail";
import { readBriefingSettings } from "./settings";

export const BRIEFING_MAIL_JOB = "monitoring.sendBriefing";
export const BRIEFING_MAIL_JOB_MAX_ATTEMPTS = 8;

/** The wall-clock time "HH:MM" of a city day as an instant. */
export function cityTime(day: string, time: string, timeZone: string): Date {
  const { year, month, day: dayOfMonth } = fromIsoDate(day);
  const [hour, minute] = time.split(":").map(Number);
  return new Date(new TZDate(year, month - 1, dayOfMonth, hour, minute, 0, 0, timeZone).getTime());
}

/** The working day before `day` (weekends and Czech public holidays skipped). */
export function previousWorkingDay(day: string): string {
  let date = addDays(fromIsoDate(day), -1);
  while (!isWorkingDay(date)) date = addDays(date, -1);
  return toIsoDate(date);
}

/** The daily briefing's period: since the previous working day's briefing time (so Monday covers the weekend). */
export function dailyPeriod(day: string, time: string, timeZone: string) {
  return { from: cityTime(previousWorkingDay(day), time, timeZone), to: cityTime(day, time, timeZone) };
}

/** The content of any period, read now (the on-demand briefing and the daily one). */
export async function briefingContentFor(period: { from: Date; to: Date }, client: Pick<Prisma.TransactionClient, "clipping"> = db): Promise<BriefingContent> {
  const rows = await client.clipping.findMany({
    where: { publishedAt: { gte: period.from, lt: period.to }, status: { not: "IGNORED" } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: 2000,
    select: { id: true, title: true, outlet: true, mediaType: true, publishedAt: true, url: true, sentiment: true, status: true, note: true, reach: true, topics: true, syndicationKey: true, responseCase: { select: { id: true } } },
  });
  return buildBriefingContent(
    rows.map(({ publishedAt, responseCase, ...row }) => ({ ...row, publishedAt: publishedAt.toISOString(), hasCase: Boolean(responseCase) })),
    period,
  );
}

/**
 * The periodic task: on a working day at or after the configured time, builds the day's briefing once
 * (`day` is unique: INSERT … ON CONFLICT DO NOTHING, so several instances or a second run add nothing),
 * with one mail row per recipient and the sending job in the same transaction.
 */
export async function ensureDailyBriefing(now = new Date()): Promise<{ built: boolean; day: string }> {
  const timeZone = config().CITY_TIME_ZONE;
  const day = cityIsoDate(now, timeZone);
  const settings = await readBriefingSettings();
  if (!settings.enabled || !isWorkingDay(fromIsoDate(day))) return { built: false, day };
  const period = dailyPeriod(day, settings.time, timeZone);
  if (now.getTime() < period.to.getTime()) return { built: false, day };
  if (await db.monitoringBriefing.findUnique({ where: { day: new Date(`${day}T00:00:00Z`) }, select: { id: true } })) return { built: false, day };
  const content = await briefingContentFor(period);
  const built = await db.$transaction(async (tx) => {
    const inserted = await tx.$queryRaw<Array<{ id: string }>>`
      INSERT INTO "MonitoringBriefing" ("id", "day", "periodFrom", "periodTo", "content")
      VALUES (gen_random_uuid(), ${day}::date, ${period.from}, ${period.to}, ${JSON.stringify(content)}::jsonb)
      ON CONFLICT ("day") DO NOTHING
      RETURNING "id"`;
    if (inserted.length === 0) return false;
    const briefingId = inserted[0].id;
    if (settings.recipients.length > 0) {
      await tx.briefingMail.createMany({ data: settings.recipients.map((email) => ({ briefingId, email })), skipDuplicates: true });
      await enqueueJob(tx, { kind: BRIEFING_MAIL_JOB, payload: { briefingId }, dedupeKey: `monitoring.briefing:${day}`, maxAttempts: BRIEFING_MAIL_JOB_MAX_ATTEMPTS });
    }
    return true;
  });
  if (built) logger.info("monitoring briefing built", { day, clippings: content.total, recipients: settings.recipients.length });
  return { built, day };
}

/**
 * Sends the briefing's QUEUED mails one by one with the distribution's guarantee (claim with a Message-ID →
 * send → mark): at most one copy per recipient, also across a crash or a second run. A mail found claimed
 * but unmarked was interrupted: FAILED "interrupted", never re-sent on its own.
 */
export async function sendBriefingMails(payload: unknown, context: { attempt?: number } = {}): Promise<void> {
  const briefingId = (payload as { briefingId?: unknown })?.briefingId;
  if (typeof briefingId !== "string") return;
  const briefing = await db.monitoringBriefing.findUnique({ where: { id: briefingId }, select: { id: true, day: true, content: true } });
  if (!briefing) return;
  await db.briefingMail.updateMany({ where: { briefingId, status: "QUEUED", messageId: { not: null } }, data: { status: "FAILED", error: "interrupted" } });
  const day = briefing.day.toISOString().slice(0, 10);
  const mail = renderBriefingMail(briefing.content as unknown as BriefingContent, { day, baseUrl: appBaseUrl(), timeZone: config().CITY_TIME_ZONE, cityName: config().CITY_NAME });
  for (;;) {
    const next = await db.briefingMail.findFirst({ where: { briefingId, status: "QUEUED", messageId: null }, orderBy: { id: "asc" }, select: { id: true, email: true } });
    if (!next) break;
    const claimedMessageId = newMessageId();
    const claimed = await db.$executeRaw`
      UPDATE "BriefingMail" SET "messageId" = ${claimedMessageId}
      WHERE "id" = ${next.id}::uuid AND "status" = 'QUEUED' AND "messageId" IS NULL`;
    if (claimed === 0) continue;
    let sentMessageId: string;
    try {
      sentMessageId = (await sendMail({ to: next.email, ...mail, messageId: claimedMessageId })).messageId;
    } catch (error) {
      const reason = describeMailError(error);
      if (isSmtpUnreachable(error) && (context.attempt ?? 1) < BRIEFING_MAIL_JOB_MAX_ATTEMPTS) {
        await db.briefingMail.updateMany({ where: { id: next.id, messageId: claimedMessageId }, data: { messageId: null } });
        throw new Error(`SMTP server unreachable: ${reason}`);
      }
      await db.briefingMail.updateMany({ where: { id: next.id, messageId: claimedMessageId }, data: { status: "FAILED", error: isSmtpUnreachable(error) ? "smtpUnavailable" : reason } });
      continue;
    }
    await db.briefingMail.updateMany({ where: { id: next.id, messageId: claimedMessageId }, data: { status: "SENT", messageId: sentMessageId, sentAt: new Date(), error: null } });
  }
}
