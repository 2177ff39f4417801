import "server-only";
import type { Prisma } from "@/generated/prisma/client";

// Failed logins are counted per account and per client address, in PostgreSQL (so every app instance
// sees the same counters). The account key uses the typed e-mail, known or not: an unknown e-mail
// locks exactly like a real one, so the lock tells an attacker nothing.
export const ACCOUNT_LIMIT = { failures: 5, windowMinutes: 15, lockMinutes: 15 };
export const ADDRESS_LIMIT = { failures: 30, windowMinutes: 15, lockMinutes: 15 };

type Tx = Prisma.TransactionClient;

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const addressKey = (ip: string) => `ip:${ip}`;

export async function isLocked(tx: Tx, keys: string[], now: Date): Promise<boolean> {
  const locked = await tx.loginThrottle.findFirst({
    where: { key: { in: keys }, lockedUntil: { gt: now } },
    select: { key: true },
  });
  return locked !== null;
}

/** Counts one failure atomically (one statement, so parallel attempts cannot lose a count). */
export async function recordFailure(
  tx: Tx,
  key: string,
  limit: typeof ACCOUNT_LIMIT,
  now: Date,
): Promise<void> {
  const windowStart = new Date(now.getTime() - limit.windowMinutes * 60_000);
  const lockUntil = new Date(now.getTime() + limit.lockMinutes * 60_000);
  await tx.$executeRaw`
    INSERT INTO "LoginThrottle" ("key", "failures", "windowStartedAt", "lockedUntil", "updatedAt")
    VALUES (${key}, 1, ${now}, ${limit.failures <= 1 ? lockUntil : null}, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "LoginThrottle"."windowStartedAt" < ${windowStart} THEN 1
                        ELSE "LoginThrottle"."failures" + 1 END,
      "windowStartedAt" = CASE WHEN "LoginThrottle"."windowStartedAt" < ${windowStart} THEN ${now}
                               ELSE "LoginThrottle"."windowStartedAt" END,
      "lockedUntil" = CASE
        WHEN "LoginThrottle"."windowStartedAt" >= ${windowStart}
             AND "LoginThrottle"."failures" + 1 >= ${limit.failures} THEN ${lockUntil}
        ELSE "LoginThrottle"."lockedUntil" END,
      "updatedAt" = ${now}`;
}

export async function clearThrottle(tx: Tx, key: string): Promise<void> {
  await tx.loginThrottle.deleteMany({ where: { key } });
}
