import { describe, expect, it } from "vitest";
import { unlockUser } from "@/features/users/service";
import { db } from "@/server/db";
import { isEmbedded } from "../../../tests/support/database";
import { KNOWN_PASSWORD, makeAdmin, makeUser, uniqueEmail, uniqueIp } from "../../../tests/support/factories";
import { authenticate } from "./authenticate";
import { ACCOUNT_LIMIT, ADDRESS_LIMIT, accountKey, addressKey } from "./login-throttle";

// Every test uses its own e-mail addresses and client address, so that counters never mix.
const WRONG = "not the right password";
const minutes = (n: number) => n * 60_000;

function throttle(key: string) {
  return db.loginThrottle.findUnique({ where: { key } });
}

function failedLogins(ip: string) {
  return db.auditLog.findMany({ where: { action: "auth.login.failed", ip }, orderBy: { id: "asc" } });
}

/** `count` failed attempts with a wrong password, one second apart from `start`. */
async function failAttempts(email: string, ip: string, count: number, start = new Date()) {
  for (let i = 0; i < count; i++) {
    expect(await authenticate({ email, password: WRONG, ip, now: new Date(start.getTime() + i * 1_000) })).toEqual({ ok: false, reason: "invalid" });
  }
}

describe("authenticate", () => {
  it("signs in with the right password: the public user, lastLoginAt and an auth.login audit entry", async () => {
    const { user } = await makeUser({ roles: ["SPOKESPERSON"] });
    const ip = uniqueIp();
    const now = new Date("2026-03-02T08:30:00.000Z");
    const result = await authenticate({ email: `  ${user.email.toUpperCase()} `, password: KNOWN_PASSWORD, ip, now });
    expect(result).toEqual({
      ok: true,
      user: { id: user.id, email: user.email, name: user.name, roles: ["SPOKESPERSON"], sessionVersion: 0 },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).toEqual(now);
    expect(await db.auditLog.findMany({ where: { entityId: user.id } })).toMatchObject([
      { action: "auth.login", actorId: user.id, entityType: "User", ip },
    ]);
  });

  it("resets the account's failure counter on success", async () => {
    const { user } = await makeUser();
    const ip = uniqueIp();
    await failAttempts(user.email, ip, ACCOUNT_LIMIT.failures - 1);
    expect(await throttle(accountKey(user.email))).toMatchObject({ failures: 4, lockedUntil: null });
    expect(await authenticate({ email: user.email, password: KNOWN_PASSWORD, ip })).toMatchObject({ ok: true });
    expect(await throttle(accountKey(user.email))).toBeNull();
    // Counting starts afresh: four more failures do not lock.
    await failAttempts(user.email, ip, ACCOUNT_LIMIT.failures - 1);
    expect(await authenticate({ email: user.email, password: KNOWN_PASSWORD, ip })).toMatchObject({ ok: true });
  });

  it.each([
    ["a wrong password", "wrongPassword"],
    ["an unknown e-mail", "unknownEmail"],
    ["a deactivated account (right password)", "deactivated"],
  ])("answers %s with 'invalid' and an auth.login.failed entry", async (_case, reason) => {
    const { user } = await makeUser({ isActive: reason !== "deactivated" });
    const email = reason === "unknownEmail" ? uniqueEmail("nobody") : user.email;
    const ip = uniqueIp();
    const password = reason === "wrongPassword" ? WRONG : KNOWN_PASSWORD;
    expect(await authenticate({ email, password, ip })).toEqual({ ok: false, reason: "invalid" });
    expect(await failedLogins(ip)).toMatchObject([
      { actorId: null, entityType: "User", entityId: reason === "unknownEmail" ? null : user.id, after: { email, reason } },
    ]);
    expect(await throttle(accountKey(email))).toMatchObject({ failures: 1 });
    expect(await throttle(addressKey(ip))).toMatchObject({ failures: 1 });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).toBeNull();
  });

  it("locks the account after 5 failures: the right password is then refused as 'throttled'", async () => {
    const { user } = await makeUser();
    const ip = uniqueIp();
    const start = new Date();
    await failAttempts(user.email, ip, ACCOUNT_LIMIT.failures, start);
    expect(await throttle(accountKey(user.email))).toMatchObject({ failures: 5, lockedUntil: expect.any(Date) });

    const sixth = await authenticate({ email: user.email, password: KNOWN_PASSWORD, ip: uniqueIp(), now: new Date(start.getTime() + 10_000) });
    expect(sixth).toEqual({ ok: false, reason: "throttled" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).toBeNull();
    expect(await db.auditLog.findFirst({ where: { action: "auth.login.failed", entityId: null, after: { path: ["email"], equals: user.email } }, orderBy: { id: "desc" } })).toMatchObject({
      after: { reason: "throttled" },
    });
  });

  it("locks an unknown e-mail address just the same (the lock reveals nothing)", async () => {
    const email = uniqueEmail("nobody");
    const ip = uniqueIp();
    await failAttempts(email, ip, ACCOUNT_LIMIT.failures);
    expect(await authenticate({ email, password: KNOWN_PASSWORD, ip, now: new Date(Date.now() + 10_000) })).toEqual({ ok: false, reason: "throttled" });
    expect(await throttle(accountKey(email))).toMatchObject({ lockedUntil: expect.any(Date) });
  });

  it("counts failures within 15 minutes only", async () => {
    const { user } = await makeUser();
    const ip = uniqueIp();
    const start = new Date();
    await failAttempts(user.email, ip, ACCOUNT_LIMIT.failures - 1, start);
    await failAttempts(user.email, ip, 1, new Date(start.getTime() + minutes(ACCOUNT_LIMIT.windowMinutes) + 5_000));
    expect(await throttle(accountKey(user.email))).toMatchObject({ failures: 1, lockedUntil: null });
  });

  it("lifts the lock after 15 minutes", async () => {
    const { user } = await makeUser();
    const ip = uniqueIp();
    const start = new Date();
    await failAttempts(user.email, ip, ACCOUNT_LIMIT.failures, start);
    const { lockedUntil } = (await throttle(accountKey(user.email)))!;
    expect(lockedUntil).toEqual(new Date(start.getTime() + 4_000 + minutes(ACCOUNT_LIMIT.lockMinutes)));

    // (No attempt in between: a refused attempt during the lock counts as a failure and extends it.)
    const justAfter = new Date(lockedUntil!.getTime() + 1_000);
    expect(await authenticate({ email: user.email, password: KNOWN_PASSWORD, ip, now: justAfter })).toMatchObject({ ok: true });
    expect(await throttle(accountKey(user.email))).toBeNull();
  });

  it("is unlocked at once by an administrator (unlockUser)", async () => {
    const { actor: admin } = await makeAdmin();
    const { user } = await makeUser();
    const ip = uniqueIp();
    await failAttempts(user.email, ip, ACCOUNT_LIMIT.failures);
    expect(await authenticate({ email: user.email, password: KNOWN_PASSWORD, ip })).toEqual({ ok: false, reason: "throttled" });
    await unlockUser(admin, { id: user.id });
    expect(await authenticate({ email: user.email, password: KNOWN_PASSWORD, ip })).toMatchObject({ ok: true });
  });

  it("throttles a client address after 30 failures, whichever accounts they tried", async () => {
    const ip = uniqueIp();
    const start = new Date();
    for (let i = 0; i < ADDRESS_LIMIT.failures; i++) {
      await authenticate({ email: uniqueEmail("spray"), password: WRONG, ip, now: new Date(start.getTime() + i * 1_000) });
    }
    expect(await throttle(addressKey(ip))).toMatchObject({ failures: 30, lockedUntil: expect.any(Date) });

    const { user } = await makeUser();
    const later = new Date(start.getTime() + 60_000);
    expect(await authenticate({ email: user.email, password: KNOWN_PASSWORD, ip, now: later })).toEqual({ ok: false, reason: "throttled" });
    // The same account from another address is not affected.
    expect(await authenticate({ email: user.email, password: KNOWN_PASSWORD, ip: uniqueIp(), now: later })).toMatchObject({ ok: true });
  });

  // PGlite serialises sessions: parallel attempts never overlap there, so this proves something only on a server.
  it.skipIf(isEmbedded)("counts every one of many parallel failures", async () => {
    const { user } = await makeUser();
    const ip = uniqueIp();
    const attempts = 12;
    const results = await Promise.all(Array.from({ length: attempts }, () => authenticate({ email: user.email, password: WRONG, ip })));
    expect(results.every((result) => !result.ok)).toBe(true);
    expect(await throttle(accountKey(user.email))).toMatchObject({ failures: attempts, lockedUntil: expect.any(Date) });
    expect(await throttle(addressKey(ip))).toMatchObject({ failures: attempts });
    expect(await failedLogins(ip)).toHaveLength(attempts);
  });

  it.skipIf(isEmbedded)("lets no more than 5 of many parallel guesses be checked", async () => {
    const { user } = await makeUser();
    const ip = uniqueIp();
    const guesses = Array.from({ length: 20 }, (_, i) => (i === 19 ? KNOWN_PASSWORD : `${WRONG} ${i}`));
    const results = await Promise.all(guesses.map((password) => authenticate({ email: user.email, password, ip })));
    const checked = results.filter((result) => result.ok || result.reason === "invalid");
    expect(checked.length).toBeLessThanOrEqual(ACCOUNT_LIMIT.failures);
  });
});
