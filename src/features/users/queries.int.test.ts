import { describe, expect, it } from "vitest";
import { ACCOUNT_LIMIT, accountKey, recordFailure } from "@/server/auth/login-throttle";
import { db } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { makeAdmin, makeUser } from "../../../tests/support/factories";
import { getUser, listUsers } from "./queries";

describe("listUsers", () => {
  it("lists every user, active ones first, without password hashes, with their login locks", async () => {
    const { actor } = await makeAdmin({ name: "Admin A" });
    const { user: locked } = await makeUser({ name: "Bára Locked" });
    const { user: inactive } = await makeUser({ name: "Adam Inactive", isActive: false });
    const now = new Date();
    await db.$transaction(async (tx) => {
      for (let i = 0; i < ACCOUNT_LIMIT.failures; i++) await recordFailure(tx, accountKey(locked.email), ACCOUNT_LIMIT, now);
    });

    const rows = await listUsers(actor, now);
    expect(rows.map((row) => row.id).sort()).toEqual((await db.user.findMany({ select: { id: true } })).map((u) => u.id).sort());
    expect(rows.at(-1)?.id).toBe(inactive.id);
    for (const row of rows) expect(row).not.toHaveProperty("passwordHash");
    expect(rows.find((row) => row.id === locked.id)?.lockedUntil).toEqual(new Date(now.getTime() + ACCOUNT_LIMIT.lockMinutes * 60_000));
    expect(rows.find((row) => row.id === actor.id)?.lockedUntil).toBeNull();
    // A lock that has run out is not shown.
    const later = new Date(now.getTime() + (ACCOUNT_LIMIT.lockMinutes + 1) * 60_000);
    expect((await listUsers(actor, later)).find((row) => row.id === locked.id)?.lockedUntil).toBeNull();
  });
});

describe("getUser", () => {
  it("returns one user without the password hash", async () => {
    const { actor } = await makeAdmin();
    const { user } = await makeUser({ roles: ["SPOKESPERSON"] });
    const row = await getUser(actor, user.id);
    expect(row).toMatchObject({ id: user.id, email: user.email, roles: ["SPOKESPERSON"], version: 0 });
    expect(row).not.toHaveProperty("passwordHash");
  });

  it("answers NotFound for unknown and malformed ids", async () => {
    const { actor } = await makeAdmin();
    await expect(getUser(actor, "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getUser(actor, "../etc/passwd")).rejects.toBeInstanceOf(NotFoundError);
  });
});
