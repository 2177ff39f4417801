import { describe, expect, it } from "vitest";
import { authenticate } from "@/server/auth/authenticate";
import { ACCOUNT_LIMIT, accountKey, recordFailure } from "@/server/auth/login-throttle";
import { verifyPassword } from "@/server/auth/password-hash";
import { db } from "@/server/db";
import { ConflictError, NotFoundError, PreconditionError, ValidationError } from "@/server/errors";
import { isEmbedded } from "../../../tests/support/database";
import { makeAdmin, makeUser, unique, uniqueEmail, uniqueIp } from "../../../tests/support/factories";
import { expectRefusedWithoutChange } from "../../../tests/support/snapshot";
import {
  createUser,
  createUserFromCommandLine,
  deactivateUser,
  reactivateUser,
  resetUserPassword,
  unlockUser,
  updateUser,
} from "./service";

const NEW_PASSWORD = "a new and rather long passphrase";

function auditOf(entityId: string) {
  return db.auditLog.findMany({ where: { entityType: "User", entityId }, orderBy: { id: "asc" } });
}

function validNewUser(overrides: Record<string, unknown> = {}): Record<string, unknown> & { email: string } {
  return { email: uniqueEmail("new"), name: "Jana Nováková", roles: ["PR_STAFF"], password: NEW_PASSWORD, ...overrides };
}

describe("createUser", () => {
  it("creates the user with a normalised e-mail and an argon2id hash, audited in the same step", async () => {
    const { actor } = await makeAdmin();
    const email = uniqueEmail("jana");
    const { id } = await createUser(actor, {
      email: `  ${email.toUpperCase()} `,
      name: "  Jana Nováková ",
      roles: ["PR_STAFF", "ASSISTANT"],
      locale: "en",
      password: NEW_PASSWORD,
    });

    const row = await db.user.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ email, name: "Jana Nováková", roles: ["PR_STAFF", "ASSISTANT"], locale: "en", isActive: true, version: 0, sessionVersion: 0 });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(row.passwordHash, NEW_PASSWORD)).toBe(true);

    const audit = await auditOf(id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "user.create", actorId: actor.id, before: null, after: { id, email, roles: ["PR_STAFF", "ASSISTANT"] } });
    expect(JSON.stringify(audit[0].after)).not.toContain("argon2");
  });

  it("defaults the interface language to Czech, and the new user can sign in", async () => {
    const { actor } = await makeAdmin();
    const input = validNewUser();
    const { id } = await createUser(actor, input);
    expect((await db.user.findUniqueOrThrow({ where: { id } })).locale).toBe("cs");
    const result = await authenticate({ email: input.email, password: NEW_PASSWORD, ip: uniqueIp() });
    expect(result).toMatchObject({ ok: true, user: { id } });
  });

  it("refuses a taken e-mail address (in any letter case) on the email field", async () => {
    const { actor } = await makeAdmin();
    const { user: existing } = await makeUser();
    const error = await expectRefusedWithoutChange(
      () => createUser(actor, validNewUser({ email: existing.email.toUpperCase() })),
      ValidationError,
    );
    expect(error.fieldIssues).toEqual({ email: [{ key: "emailTaken" }] });
  });

  it.each([
    ["too short", "short pass", "passwordTooShort"],
    ["common", "password1234", "passwordTooCommon"],
    ["common, in capitals", "PASSWORD1234", "passwordTooCommon"],
    ["the e-mail address itself", null, "passwordTooCommon"],
    ["longer than 128 characters", "x1".repeat(65), "passwordTooLong"],
  ])("refuses a password that is %s", async (_case, password, key) => {
    const { actor } = await makeAdmin();
    const input = validNewUser();
    const error = await expectRefusedWithoutChange(() => createUser(actor, { ...input, password: password ?? input.email }), ValidationError);
    expect(error.fieldIssues).toEqual({ password: [{ key }] });
  });

  it.each([
    ["a missing field", { name: undefined }, { name: [{ key: "required" }] }],
    ["an empty name", { name: "   " }, { name: [{ key: "required" }] }],
    ["an oversized name", { name: "N".repeat(201) }, { name: [{ key: "tooLong", values: { max: 200 } }] }],
    ["an oversized e-mail", { email: `${"e".repeat(320)}@mesto.cz` }, { email: [{ key: "tooLong", values: { max: 320 } }] }],
    ["an oversized password", { password: "p".repeat(1025) }, { password: [{ key: "tooLong", values: { max: 1024 } }] }],
    ["an oversized idempotency key", { idempotencyKey: "k".repeat(101) }, { idempotencyKey: [{ key: "tooLong", values: { max: 100 } }] }],
    ["an invalid e-mail", { email: "not-an-address" }, { email: [{ key: "invalidEmail" }] }],
    ["no role", { roles: [] }, { roles: [{ key: "tooFewItems", values: { min: 1 } }] }],
    ["an unknown role", { roles: ["SUPERUSER"] }, { "roles.0": [{ key: "invalidChoice" }] }],
    ["an unknown language", { locale: "de" }, { locale: [{ key: "invalidChoice" }] }],
    ["unknown keys", { isActive: false, passwordHash: "x" }, { isActive: [{ key: "unknownField" }], passwordHash: [{ key: "unknownField" }] }],
  ])("refuses %s, with nothing changed", async (_case, change, fieldIssues) => {
    const { actor } = await makeAdmin();
    const error = await expectRefusedWithoutChange(() => createUser(actor, validNewUser(change)), ValidationError);
    expect(error.fieldIssues).toEqual(fieldIssues);
  });

  it.each([
    ["roles as a string", { roles: "ADMIN" }, "roles"],
    ["the name as a number", { name: 42 }, "name"],
    ["the e-mail as a list", { email: ["a@mesto.cz"] }, "email"],
    ["the password as an object", { password: { value: NEW_PASSWORD } }, "password"],
  ])("refuses values of the wrong type: %s, with nothing changed", async (_case, change, field) => {
    const { actor } = await makeAdmin();
    const error = await expectRefusedWithoutChange(() => createUser(actor, validNewUser(change)), ValidationError);
    // The key is checked in src/server/validation.test.ts (a known bug calls these "required").
    expect(Object.keys(error.fieldIssues)).toEqual([field]);
  });

  it("refuses input that is not an object", async () => {
    const { actor } = await makeAdmin();
    await expectRefusedWithoutChange(() => createUser(actor, "email=a@b.cz"), ValidationError);
    await expectRefusedWithoutChange(() => createUser(actor, null), ValidationError);
  });

  it("makes one user for two requests with the same idempotency key, and returns the same id", async () => {
    const { actor } = await makeAdmin();
    const idempotencyKey = unique("form");
    const input = validNewUser({ idempotencyKey });
    const first = await createUser(actor, input);
    const second = await createUser(actor, input);
    expect(second).toEqual(first);
    expect(await db.user.count({ where: { email: input.email } })).toBe(1);
    expect(await auditOf(first.id)).toHaveLength(1);
    expect(await db.idempotencyKey.findMany({ where: { userId: actor.id } })).toMatchObject([
      { key: `${actor.id}:user.create:${idempotencyKey}`, action: "user.create", result: first },
    ]);
  });

  it("keeps idempotency keys apart per administrator", async () => {
    const { actor: first } = await makeAdmin();
    const { actor: second } = await makeAdmin();
    const idempotencyKey = unique("form");
    const a = await createUser(first, validNewUser({ idempotencyKey }));
    const b = await createUser(second, validNewUser({ idempotencyKey }));
    expect(b.id).not.toBe(a.id);
  });

  // PGlite serialises sessions: two calls there never overlap, so this proves something only on a server.
  it.skipIf(isEmbedded)("makes one user for two concurrent requests with the same idempotency key", async () => {
    const { actor } = await makeAdmin();
    const input = validNewUser({ idempotencyKey: unique("double-click") });
    const [first, second] = await Promise.all([createUser(actor, input), createUser(actor, input)]);
    expect(second).toEqual(first);
    expect(await db.user.count({ where: { email: input.email } })).toBe(1);
    expect(await auditOf(first.id)).toHaveLength(1);
  });
});

describe("createUserFromCommandLine", () => {
  it("creates the first administrator without an actor, audited as from the command line", async () => {
    const email = uniqueEmail("first-admin");
    const { id } = await createUserFromCommandLine({ email, name: "First Admin", roles: ["ADMIN"], password: NEW_PASSWORD });
    expect(await db.user.findUniqueOrThrow({ where: { id } })).toMatchObject({ email, roles: ["ADMIN"], isActive: true });
    expect(await auditOf(id)).toMatchObject([{ action: "user.create", actorId: null, after: { email, source: "command line" } }]);
  });

  it("applies the same input rules and password policy", async () => {
    await expectRefusedWithoutChange(
      () => createUserFromCommandLine({ email: uniqueEmail(), name: "X", roles: ["ADMIN"], password: "password1234" }),
      ValidationError,
      { fieldIssues: { password: [{ key: "passwordTooCommon" }] } },
    );
    await expectRefusedWithoutChange(
      () => createUserFromCommandLine({ email: uniqueEmail(), name: "X", roles: ["ROOT"], password: NEW_PASSWORD }),
      ValidationError,
    );
  });
});

describe("updateUser", () => {
  it("changes name, roles and language, bumps the version and audits before and after", async () => {
    const { actor } = await makeAdmin();
    const { user } = await makeUser({ roles: ["PR_STAFF"] });
    const result = await updateUser(actor, { id: user.id, version: 0, name: " Renamed ", roles: ["SPOKESPERSON", "PR_STAFF"], locale: "en" });
    expect(result).toEqual({ id: user.id, version: 1 });

    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ name: "Renamed", roles: ["SPOKESPERSON", "PR_STAFF"], locale: "en", version: 1 });
    expect(row).toMatchObject({ email: user.email, passwordHash: user.passwordHash, sessionVersion: user.sessionVersion });
    expect(await auditOf(user.id)).toMatchObject([
      { action: "user.update", actorId: actor.id, before: { name: user.name, roles: ["PR_STAFF"], version: 0 }, after: { name: "Renamed", version: 1 } },
    ]);
  });

  it("accepts the version as form text", async () => {
    const { actor } = await makeAdmin();
    const { user } = await makeUser();
    await updateUser(actor, { id: user.id, version: "0", name: "From a form", roles: ["ASSISTANT"], locale: "cs" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("From a form");
  });

  it("refuses a stale version (someone saved in between) and leaves the row as the other saved it", async () => {
    const { actor } = await makeAdmin();
    const { user } = await makeUser();
    await updateUser(actor, { id: user.id, version: 0, name: "First save", roles: ["PR_STAFF"], locale: "cs" });
    await expectRefusedWithoutChange(
      () => updateUser(actor, { id: user.id, version: 0, name: "Second save", roles: ["ADMIN"], locale: "en" }),
      ConflictError,
      { messageKey: "staleVersion" },
    );
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ name: "First save", roles: ["PR_STAFF"], version: 1 });
  });

  it("refuses an unknown user", async () => {
    const { actor } = await makeAdmin();
    await expectRefusedWithoutChange(
      () => updateUser(actor, { id: "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", version: 0, name: "Nobody", roles: ["PR_STAFF"], locale: "cs" }),
      NotFoundError,
    );
  });

  it("refuses bad input with nothing changed", async () => {
    const { actor } = await makeAdmin();
    const { user } = await makeUser();
    const valid = { id: user.id, version: 0, name: "Valid", roles: ["PR_STAFF"], locale: "cs" };
    for (const [change, field] of [
      [{ id: "not-a-uuid" }, "id"],
      [{ version: -1 }, "version"],
      [{ version: "abc" }, "version"],
      [{ name: "N".repeat(201) }, "name"],
      [{ roles: [] }, "roles"],
      [{ email: "changed@mesto.cz" }, "email"],
      [{ isActive: false }, "isActive"],
    ] as const) {
      const error = await expectRefusedWithoutChange(() => updateUser(actor, { ...valid, ...change }), ValidationError);
      expect(Object.keys(error.fieldIssues), JSON.stringify(change)).toEqual([field]);
    }
  });

  it("does not let an administrator drop their own ADMIN role", async () => {
    const { user, actor } = await makeAdmin();
    await expectRefusedWithoutChange(
      () => updateUser(actor, { id: user.id, version: 0, name: user.name, roles: ["SPOKESPERSON"], locale: "cs" }),
      PreconditionError,
      { messageKey: "cannotRemoveOwnAdmin" },
    );
    // Keeping ADMIN while adding a role is fine.
    await updateUser(actor, { id: user.id, version: 0, name: user.name, roles: ["ADMIN", "SPOKESPERSON"], locale: "cs" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).roles).toEqual(["ADMIN", "SPOKESPERSON"]);
  });
});

describe("deactivateUser and reactivateUser", () => {
  it("deactivates: isActive false, a new session version (existing sessions end), audited", async () => {
    const { actor } = await makeAdmin();
    const { user } = await makeUser();
    expect(await deactivateUser(actor, { id: user.id, version: 0 })).toEqual({ id: user.id, version: 1 });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      isActive: false,
      sessionVersion: user.sessionVersion + 1,
      version: 1,
    });
    expect(await auditOf(user.id)).toMatchObject([{ action: "user.deactivate", actorId: actor.id, before: { isActive: true }, after: { isActive: false } }]);
  });

  it("refuses a stale version", async () => {
    const { actor } = await makeAdmin();
    const { user } = await makeUser();
    await updateUser(actor, { id: user.id, version: 0, name: "Edited", roles: ["PR_STAFF"], locale: "cs" });
    await expectRefusedWithoutChange(() => deactivateUser(actor, { id: user.id, version: 0 }), ConflictError);
  });

  it("does not let an administrator deactivate themself", async () => {
    const { user, actor } = await makeAdmin();
    await expectRefusedWithoutChange(() => deactivateUser(actor, { id: user.id }), PreconditionError, {
      messageKey: "cannotDeactivateSelf",
    });
  });

  it("reactivates a deactivated user, who can then sign in again", async () => {
    const { actor } = await makeAdmin();
    const { user, password } = await makeUser();
    await deactivateUser(actor, { id: user.id });
    expect(await authenticate({ email: user.email, password, ip: uniqueIp() })).toEqual({ ok: false, reason: "invalid" });
    await reactivateUser(actor, { id: user.id });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ isActive: true, version: 2 });
    expect((await auditOf(user.id)).map((entry) => entry.action)).toEqual(["user.deactivate", "auth.login.failed", "user.reactivate"]);
    expect(await authenticate({ email: user.email, password, ip: uniqueIp() })).toMatchObject({ ok: true });
  });

  it("refuses unknown users and bad ids with nothing changed", async () => {
    const { actor } = await makeAdmin();
    await expectRefusedWithoutChange(() => deactivateUser(actor, { id: "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b" }), NotFoundError);
    await expectRefusedWithoutChange(() => reactivateUser(actor, { id: "42" }), ValidationError);
    await expectRefusedWithoutChange(() => reactivateUser(actor, {}), ValidationError, { fieldIssues: { id: [{ key: "required" }] } });
  });
});

describe("resetUserPassword", () => {
  it("sets a new password, ends the user's sessions and audits without the hash", async () => {
    const { actor } = await makeAdmin();
    const { user, password } = await makeUser();
    await resetUserPassword(actor, { id: user.id, newPassword: NEW_PASSWORD });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(row.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(row.passwordHash, password)).toBe(false);
    expect(row.sessionVersion).toBe(user.sessionVersion + 1);
    expect(row.passwordChangedAt).toBeInstanceOf(Date);
    const audit = await auditOf(user.id);
    expect(audit).toMatchObject([{ action: "user.resetPassword", actorId: actor.id }]);
    expect(JSON.stringify([audit[0].before, audit[0].after])).not.toContain("argon2");
  });

  it("applies the password policy, with the target's e-mail as context", async () => {
    const { actor } = await makeAdmin();
    const { user } = await makeUser();
    for (const [newPassword, key] of [
      ["short", "passwordTooShort"],
      ["qwertyuiop123", "passwordTooCommon"],
      [user.email.toUpperCase(), "passwordTooCommon"],
    ]) {
      await expectRefusedWithoutChange(() => resetUserPassword(actor, { id: user.id, newPassword }), ValidationError, {
        fieldIssues: { newPassword: [{ key }] },
      });
    }
  });

  it("refuses an unknown user", async () => {
    const { actor } = await makeAdmin();
    await expectRefusedWithoutChange(
      () => resetUserPassword(actor, { id: "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", newPassword: NEW_PASSWORD }),
      NotFoundError,
    );
  });
});

describe("unlockUser", () => {
  it("removes the account's failed-login lock and audits it", async () => {
    const { actor } = await makeAdmin();
    const { user } = await makeUser();
    await db.$transaction(async (tx) => {
      for (let i = 0; i < ACCOUNT_LIMIT.failures; i++) await recordFailure(tx, accountKey(user.email), ACCOUNT_LIMIT, new Date());
    });
    expect(await db.loginThrottle.findUnique({ where: { key: accountKey(user.email) } })).toMatchObject({ failures: 5, lockedUntil: expect.any(Date) });

    expect(await unlockUser(actor, { id: user.id })).toEqual({ id: user.id });
    expect(await db.loginThrottle.findUnique({ where: { key: accountKey(user.email) } })).toBeNull();
    expect(await auditOf(user.id)).toMatchObject([{ action: "user.unlock", actorId: actor.id }]);
  });

  it("refuses an unknown user", async () => {
    const { actor } = await makeAdmin();
    await expectRefusedWithoutChange(() => unlockUser(actor, { id: "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b" }), NotFoundError);
  });
});

describe.each([
  ["deactivateUser", deactivateUser, {}],
  ["reactivateUser", reactivateUser, {}],
  ["unlockUser", unlockUser, {}],
  ["resetUserPassword", resetUserPassword, { newPassword: NEW_PASSWORD }],
] as const)("%s with bad input", (_name, serviceFunction, rest) => {
  it("refuses unknown keys, missing and malformed ids, with nothing changed", async () => {
    const { actor } = await makeAdmin();
    const { user } = await makeUser();
    await expectRefusedWithoutChange(() => serviceFunction(actor, { id: user.id, ...rest, isActive: true }), ValidationError, {
      fieldIssues: { isActive: [{ key: "unknownField" }] },
    });
    await expectRefusedWithoutChange(() => serviceFunction(actor, { ...rest }), ValidationError, { fieldIssues: { id: [{ key: "required" }] } });
    await expectRefusedWithoutChange(() => serviceFunction(actor, { id: "x".repeat(5_000), ...rest }), ValidationError, {
      fieldIssues: { id: [{ key: "invalidFormat" }] },
    });
    const wrongType = await expectRefusedWithoutChange(() => serviceFunction(actor, { id: [user.id], ...rest }), ValidationError);
    expect(Object.keys(wrongType.fieldIssues)).toEqual(["id"]);
  });
});
