import "server-only";
import { writeAudit } from "@/server/audit";
import type { Role } from "@/server/authz/roles";
import { db } from "@/server/db";
import {
  ACCOUNT_LIMIT,
  ADDRESS_LIMIT,
  accountKey,
  addressKey,
  clearThrottle,
  lockIfOverLimit,
  releaseAttempt,
  reserveAttempt,
} from "./login-throttle";
import { verifyAgainstDummy, verifyPassword } from "./password-hash";

export type AuthenticationResult =
  | { ok: true; user: { id: string; email: string; name: string; roles: Role[]; sessionVersion: number } }
  /** "invalid" covers unknown e-mail, wrong password and a deactivated account alike. */
  | { ok: false; reason: "invalid" | "throttled" };

export async function authenticate(input: {
  email: string;
  password: string;
  ip: string;
  now?: Date;
}): Promise<AuthenticationResult> {
  const now = input.now ?? new Date();
  const email = input.email.trim().toLowerCase().slice(0, 320);
  const account = accountKey(email);
  const address = addressKey(input.ip);

  // Count the attempt first (see login-throttle.ts): parallel guesses cannot pass the limit together.
  const [accountAllowed, addressAllowed] = await db.$transaction(async (tx) => [
    await reserveAttempt(tx, account, ACCOUNT_LIMIT, now),
    await reserveAttempt(tx, address, ADDRESS_LIMIT, now),
  ]);
  if (!accountAllowed || !addressAllowed) {
    await verifyAgainstDummy(input.password);
    await logFailure(email, input.ip, "throttled", null);
    return { ok: false, reason: "throttled" };
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, roles: true, isActive: true, sessionVersion: true, passwordHash: true },
  });
  const passwordMatches = user
    ? await verifyPassword(user.passwordHash, input.password.slice(0, 1024))
    : await verifyAgainstDummy(input.password);

  if (!user || !passwordMatches || !user.isActive) {
    const reason = !user ? "unknownEmail" : !passwordMatches ? "wrongPassword" : "deactivated";
    await db.$transaction(async (tx) => {
      await lockIfOverLimit(tx, account, ACCOUNT_LIMIT, now);
      await lockIfOverLimit(tx, address, ADDRESS_LIMIT, now);
    });
    await logFailure(email, input.ip, reason, user?.id ?? null);
    return { ok: false, reason: "invalid" };
  }

  await db.$transaction(async (tx) => {
    await clearThrottle(tx, account);
    await releaseAttempt(tx, address);
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
    await writeAudit(tx, { actorId: user.id, action: "auth.login", entityType: "User", entityId: user.id, ip: input.ip });
  });
  const { passwordHash: _hash, isActive: _active, ...publicUser } = user;
  return { ok: true, user: publicUser };
}

/** Every failed attempt is in the audit log, with the typed e-mail and why (never the password). */
async function logFailure(email: string, ip: string, reason: string, userId: string | null) {
  await writeAudit(db, {
    actorId: null,
    action: "auth.login.failed",
    entityType: "User",
    entityId: userId,
    after: { email, reason },
    ip,
  });
}
