import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { UnauthenticatedError, ValidationError } from "@/server/errors";
import { makeUser } from "../../../tests/support/factories";
import { expectRefusedWithoutChange } from "../../../tests/support/snapshot";
import { countUnreadNotifications, listMyNotifications } from "./queries";
import { markRead, notify } from "./service";

const message = (entityId: string) => ({ kind: "pressReleaseSubmitted", values: { title: "Lávka" }, entityType: "PressRelease", entityId });

describe("notifications", () => {
  it("notify writes one row per distinct user, in the caller's transaction", async () => {
    const [{ user: a }, { user: b }] = await Promise.all([makeUser(), makeUser()]);
    const count = await db.$transaction((tx) => notify(tx, [a.id, b.id, a.id], message("e1")));
    expect(count).toBe(2);
    await expect(
      db.$transaction(async (tx) => {
        await notify(tx, [a.id], message("rolled-back"));
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(await db.notification.count({ where: { entityId: "rolled-back" } })).toBe(0);
    expect(await db.$transaction((tx) => notify(tx, [], message("none")))).toBe(0);
  });

  it("each user lists and marks read only their own", async () => {
    const [{ user: a, actor: actorA }, { user: b, actor: actorB }] = await Promise.all([makeUser(), makeUser()]);
    await db.$transaction((tx) => notify(tx, [a.id, b.id], message("e2")));
    await db.$transaction((tx) => notify(tx, [a.id], message("e3")));
    const mine = await listMyNotifications(actorA, {});
    expect(mine.unreadCount).toBe(2);
    expect(mine.items.map((n) => n.entityId)).toEqual(["e3", "e2"]);
    expect(mine.items[0]).toMatchObject({ kind: "pressReleaseSubmitted", values: { title: "Lávka" }, readAt: null });

    // B's id through A's account changes nothing.
    const bNotice = (await listMyNotifications(actorB, {})).items[0];
    expect(await markRead(actorA, { id: bNotice.id })).toEqual({ count: 0 });
    expect((await listMyNotifications(actorB, {})).unreadCount).toBe(1);

    expect(await markRead(actorA, { id: mine.items[0].id })).toEqual({ count: 1 });
    expect((await listMyNotifications(actorA, { unreadOnly: "true" })).items.map((n) => n.entityId)).toEqual(["e2"]);
    expect(await markRead(actorA, { all: "true" })).toEqual({ count: 1 });
    expect((await listMyNotifications(actorA, {})).unreadCount).toBe(0);
    expect((await listMyNotifications(actorB, {})).unreadCount).toBe(1);
  });

  it("refuses anonymous callers and bad input", async () => {
    await expect(listMyNotifications(null, {})).rejects.toBeInstanceOf(UnauthenticatedError);
    await expectRefusedWithoutChange(() => markRead(null, { all: true }), UnauthenticatedError);
    const { actor } = await makeUser();
    await expectRefusedWithoutChange(() => markRead(actor, { id: "nope" }), ValidationError);
    await expectRefusedWithoutChange(() => markRead(actor, {}), ValidationError);
  });

  it("counts only the actor's unread notifications (the bell)", async () => {
    const { actor, user } = await makeUser();
    const other = (await makeUser()).user;
    const message = { kind: "pressReleaseSubmitted", entityType: "PressRelease", entityId: crypto.randomUUID() };
    await db.$transaction((tx) => notify(tx, [user.id, other.id], message));
    await db.$transaction((tx) => notify(tx, [user.id], message));
    expect(await countUnreadNotifications(actor)).toBe(2);
    await markRead(actor, { all: "true" });
    expect(await countUnreadNotifications(actor)).toBe(0);
    await expect(countUnreadNotifications(null)).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});
