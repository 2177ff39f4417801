import "server-only";
import type { Prisma } from "@/generated/prisma/client";

// Login attempts are counted per account and per client address, in PostgreSQL (so every app instance
// sees the same counters). The account key uses the typed e-mail, known or not: an unknown e-mail locks
// exactly like a real one, so the lock tells an attacker nothing.
//
// An attempt is counted *before* its password is checked (reserveAttempt), in one statement that returns
// the new count: guesses sent in parallel cannot all slip past the limit. A failed check may then lock
// the key; a successful one clears the account's count and gives the address its attempt back.
export const ACCOUNT_LIMIT = { failures: 5, windowMinutes: 15, lockMinutes: 15 };
export const ADDRESS_LIMIT = { failures: 30, windowMinutes: 15, lockMinutes: 15 };
export type ThrottleLimit = typeof ACCOUNT_LIMIT;

type Tx = Prisma.TransactionClient;

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const addressKey = (ip: string) => `ip:${ip}`;

/** Counts one attempt; true when it may go on to the password check (not locked, not over the limit). */
export async function reserveAttempt(tx: Tx, key: string, limit: ThrottleLimit, now: Date): Promise<boolean> {
  const windowStart = new Date(now.getTime() - limit.windowMinutes * 60_000);
  const [row] = await tx.$queryRaw<Array<{ failures: number; lockedUntil: Date | null }>>`
    INSERT INTO "LoginThrottle" ("key", "failures", "windowStartedAt", "lockedUntil", "updatedAt")
    VALUES (${key}, 1, ${now}, NULL, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "LoginThrottle"."windowStartedAt" < ${windowStart} THEN 1
                        ELSE "LoginThrottle"."failures" + 1 END,
      "windowStartedAt" = CASE WHEN "LoginThrottle"."windowStartedAt" < ${windowStart} THEN ${now}
                               ELSE "LoginThrottle"."windowStartedAt" END,
      "updatedAt" = ${now}
    RETURNING "failures", "lockedUntil"`;
  const isLocked = row.lockedUntil !== null && row.lockedUntil > now;
  return !isLocked && row.failures <= limit.failures;
}

/** After a failed check: locks the key once its count reached the limit; a running lock is not extended. */
export async function lockIfOverLimit(tx: Tx, key: string, limit: ThrottleLimit, now: Date): Promise<void> {
  const lockUntil = new Date(now.getTime() + limit.lockMinutes * 60_000);
  await tx.$executeRaw`
    UPDATE "LoginThrottle" SET "lockedUntil" = ${lockUntil}, "updatedAt" = ${now}
    WHERE "key" = ${key} AND "failures" >= ${limit.failures}
      AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})`;
}

/** One failed attempt, counted and judged (what a wrong password does). */
export async function recordFailure(tx: Tx, key: string, limit: ThrottleLimit, now: Date): Promise<void> {
  await reserveAttempt(tx, key, limit, now);
  await lockIfOverLimit(tx, key, limit, now);
}

/** A successful login gives its address the reserved attempt back (an office behind one address logs in every morning). */
export async function releaseAttempt(tx: Tx, key: string): Promise<void> {
  await tx.$executeRaw`UPDATE "LoginThrottle" SET "failures" = GREATEST("failures" - 1, 0) WHERE "key" = ${key}`;
}

export async function clearThrottle(tx: Tx, key: string): Promise<void> {
  await tx.loginThrottle.deleteMany({ where: { key } });
}
