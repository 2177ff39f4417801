import { beforeAll, describe, expect, it } from "vitest";
import { recordFailure, ACCOUNT_LIMIT, accountKey } from "@/server/auth/login-throttle";
import type { Actor } from "@/server/authz/permissions";
import type { Role } from "@/server/authz/roles";
import { db } from "@/server/db";
import { ForbiddenError, UnauthenticatedError } from "@/server/errors";
import { makeUser, uniqueEmail } from "../../../tests/support/factories";
import { expectRefusedWithoutChange } from "../../../tests/support/snapshot";
import { getUser, listUsers } from "./queries";
import {
  changeOwnPassword,
  createUser,
  deactivateUser,
  reactivateUser,
  resetUserPassword,
  setOwnLocale,
  unlockUser,
  updateUser,
} from "./service";

// Managing users belongs to the administrator alone. Every service function checks the permission
// first, before it even parses its input: a refused caller learns nothing about what input would pass.

const NON_ADMIN_ROLES: Role[][] = [["HEAD_OF_OFFICE"], ["SPOKESPERSON"], ["PR_STAFF"], ["ASSISTANT"], ["HEAD_OF_OFFICE", "SPOKESPERSON", "PR_STAFF", "ASSISTANT"]];

let target: { id: string; email: string };
let nonAdmins: Actor[];

beforeAll(async () => {
  const { user } = await makeUser({ roles: ["PR_STAFF"] });
  target = user;
  nonAdmins = await Promise.all(NON_ADMIN_ROLES.map(async (roles) => (await makeUser({ roles })).actor));
  // A lock on the target, so that a wrongly allowed unlockUser would change something.
  await db.$transaction(async (tx) => {
    for (let i = 0; i < ACCOUNT_LIMIT.failures; i++) await recordFailure(tx, accountKey(target.email), ACCOUNT_LIMIT, new Date());
  });
});

/** Each admin-only function with input that an administrator would get through. */
const adminFunctions: Array<[string, (actor: Actor | null, input: unknown) => Promise<unknown>, () => unknown]> = [
  ["createUser", createUser, () => ({ email: uniqueEmail("refused"), name: "Refused", roles: ["ADMIN"], password: "a perfectly fine passphrase" })],
  ["updateUser", updateUser, () => ({ id: target.id, version: 0, name: "Renamed", roles: ["ADMIN"], locale: "en" })],
  ["deactivateUser", deactivateUser, () => ({ id: target.id, version: 0 })],
  ["reactivateUser", reactivateUser, () => ({ id: target.id })],
  ["resetUserPassword", resetUserPassword, () => ({ id: target.id, newPassword: "a perfectly fine passphrase" })],
  ["unlockUser", unlockUser, () => ({ id: target.id })],
];

describe.each(adminFunctions)("%s", (_name, serviceFunction, validInput) => {
  it("is refused for anonymous callers, with nothing changed", async () => {
    await expectRefusedWithoutChange(() => serviceFunction(null, validInput()), UnauthenticatedError);
  });

  it("is refused for every non-admin role, with nothing changed", async () => {
    for (const actor of nonAdmins) {
      await expectRefusedWithoutChange(() => serviceFunction(actor, validInput()), ForbiddenError);
    }
  });

  it("checks the permission before the input", async () => {
    await expectRefusedWithoutChange(() => serviceFunction(null, { unexpected: "x".repeat(5_000) }), UnauthenticatedError);
    await expectRefusedWithoutChange(() => serviceFunction(nonAdmins[0], "not even an object"), ForbiddenError);
  });
});

describe("user queries", () => {
  it("are refused for anonymous callers and non-admin roles", async () => {
    await expect(listUsers(null)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(getUser(null, target.id)).rejects.toBeInstanceOf(UnauthenticatedError);
    for (const actor of nonAdmins) {
      await expect(listUsers(actor)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getUser(actor, target.id)).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});

describe("self-service", () => {
  it("changeOwnPassword is refused for anonymous callers", async () => {
    await expectRefusedWithoutChange(
      () => changeOwnPassword(null, { currentPassword: "x", newPassword: "a perfectly fine passphrase", confirmPassword: "a perfectly fine passphrase" }),
      UnauthenticatedError,
    );
  });

  it("setOwnLocale for an anonymous visitor only echoes the choice (the cookie is the action's job)", async () => {
    const before = await db.user.findMany({ orderBy: { id: "asc" } });
    expect(await setOwnLocale(null, { locale: "en" })).toEqual({ locale: "en" });
    expect(await db.user.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });
});
