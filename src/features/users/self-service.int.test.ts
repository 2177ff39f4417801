import { describe, expect, it } from "vitest";
import { authenticate } from "@/server/auth/authenticate";
import { verifyPassword } from "@/server/auth/password-hash";
import type { Role } from "@/server/authz/roles";
import { db } from "@/server/db";
import { UnauthenticatedError, ValidationError } from "@/server/errors";
import { makeUser, uniqueIp } from "../../../tests/support/factories";
import { expectRefusedWithoutChange } from "../../../tests/support/snapshot";
import { changeOwnPassword, setOwnLocale } from "./service";

// What every signed-in user may do for themself, whatever their roles.
const NEW_PASSWORD = "my own new passphrase";
const EVERY_ROLE: Role[] = ["HEAD_OF_OFFICE", "SPOKESPERSON", "PR_STAFF", "ASSISTANT", "ADMIN"];

describe("changeOwnPassword", () => {
  it.each(EVERY_ROLE)("lets a user with role %s change their password; every session ends", async (role) => {
    const { user, actor, password } = await makeUser({ roles: [role] });
    await changeOwnPassword(actor, { currentPassword: password, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });

    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(row.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(row).toMatchObject({ sessionVersion: user.sessionVersion + 1, passwordChangedAt: expect.any(Date) });
    const audit = await db.auditLog.findMany({ where: { entityType: "User", entityId: user.id } });
    expect(audit).toMatchObject([{ action: "user.changePassword", actorId: user.id }]);

    expect(await authenticate({ email: user.email, password, ip: uniqueIp() })).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate({ email: user.email, password: NEW_PASSWORD, ip: uniqueIp() })).toMatchObject({ ok: true });
  });

  it("refuses a wrong current password on that field, with nothing changed", async () => {
    const { actor } = await makeUser();
    await expectRefusedWithoutChange(
      () => changeOwnPassword(actor, { currentPassword: "not my password", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
      ValidationError,
      { fieldIssues: { currentPassword: [{ key: "currentPasswordWrong" }] } },
    );
  });

  it("refuses a confirmation that differs", async () => {
    const { actor, password } = await makeUser();
    await expectRefusedWithoutChange(
      () => changeOwnPassword(actor, { currentPassword: password, newPassword: NEW_PASSWORD, confirmPassword: `${NEW_PASSWORD}!` }),
      ValidationError,
      { fieldIssues: { confirmPassword: [{ key: "passwordsDiffer" }] } },
    );
  });

  it.each([
    ["short", "passwordTooShort"],
    ["iloveyou1234", "passwordTooCommon"],
  ])("refuses the new password %j (%s)", async (newPassword, key) => {
    const { actor, password } = await makeUser();
    await expectRefusedWithoutChange(
      () => changeOwnPassword(actor, { currentPassword: password, newPassword, confirmPassword: newPassword }),
      ValidationError,
      { fieldIssues: { newPassword: [{ key }] } },
    );
  });

  it("refuses unknown keys and missing fields", async () => {
    const { actor, password } = await makeUser();
    await expectRefusedWithoutChange(
      () => changeOwnPassword(actor, { currentPassword: password, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD, userId: "someone-else" }),
      ValidationError,
      { fieldIssues: { userId: [{ key: "unknownField" }] } },
    );
    await expectRefusedWithoutChange(() => changeOwnPassword(actor, { newPassword: NEW_PASSWORD }), ValidationError);
  });

  it("is refused for anonymous callers", async () => {
    await expectRefusedWithoutChange(
      () => changeOwnPassword(null, { currentPassword: "x", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
      UnauthenticatedError,
    );
  });
});

describe("setOwnLocale", () => {
  it("stores a signed-in user's language and audits it", async () => {
    const { user, actor } = await makeUser({ roles: ["ASSISTANT"], locale: "cs" });
    expect(await setOwnLocale(actor, { locale: "en" })).toEqual({ locale: "en" });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ locale: "en", version: 1 });
    expect(await db.auditLog.findMany({ where: { entityType: "User", entityId: user.id } })).toMatchObject([
      { action: "user.setLocale", actorId: user.id, before: { locale: "cs" }, after: { locale: "en" } },
    ]);
  });

  it("refuses an unknown language, with nothing changed", async () => {
    const { actor } = await makeUser();
    await expectRefusedWithoutChange(() => setOwnLocale(actor, { locale: "de" }), ValidationError, {
      fieldIssues: { locale: [{ key: "invalidChoice" }] },
    });
    await expectRefusedWithoutChange(() => setOwnLocale(null, { locale: "en", name: "x" }), ValidationError);
  });
});
