import { describe, expect, it } from "vitest";
import { writeAudit } from "@/server/audit";
import { db } from "@/server/db";
import { makeAdmin, unique } from "../../tests/support/factories";

// The audit log is append-only in the database itself (a trigger in the first migration), so neither a
// bug in the app nor a hand-typed SQL statement can rewrite history.
describe("AuditLog", () => {
  async function entry() {
    const { actor } = await makeAdmin();
    const action = unique("test.append");
    await db.$transaction((tx) =>
      writeAudit(tx, { actorId: actor.id, action, entityType: "Test", entityId: "1", after: { at: new Date(0) } }),
    );
    return db.auditLog.findFirstOrThrow({ where: { action } });
  }

  async function expectRefused(statement: Promise<unknown>) {
    await expect(statement).rejects.toThrow(/append-only/);
  }

  it("records an entry with its actor and JSON payload", async () => {
    const row = await entry();
    expect(row).toMatchObject({ entityType: "Test", entityId: "1", after: { at: "1970-01-01T00:00:00.000Z" }, before: null });
    expect(row.at).toBeInstanceOf(Date);
  });

  it("refuses UPDATE, through Prisma and in raw SQL", async () => {
    const row = await entry();
    await expectRefused(db.auditLog.update({ where: { id: row.id }, data: { action: "forged" } }));
    await expectRefused(db.auditLog.updateMany({ data: { ip: "forged" } }));
    await expectRefused(db.$executeRaw`UPDATE "AuditLog" SET "entityId" = 'forged' WHERE "id" = ${row.id}`);
    expect(await db.auditLog.findUniqueOrThrow({ where: { id: row.id } })).toEqual(row);
  });

  it("refuses DELETE and TRUNCATE", async () => {
    const row = await entry();
    const countBefore = await db.auditLog.count();
    await expectRefused(db.auditLog.delete({ where: { id: row.id } }));
    await expectRefused(db.auditLog.deleteMany({}));
    await expectRefused(db.$executeRawUnsafe('TRUNCATE "AuditLog" CASCADE'));
    expect(await db.auditLog.count()).toBe(countBefore);
    expect(await db.auditLog.findUniqueOrThrow({ where: { id: row.id } })).toEqual(row);
  });

  it("keeps a user with audit entries from being deleted", async () => {
    const row = await entry();
    await expect(db.user.delete({ where: { id: row.actorId as string } })).rejects.toThrow();
    expect(await db.user.count({ where: { id: row.actorId as string } })).toBe(1);
  });
});
