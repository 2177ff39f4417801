import { describe, expect, it } from "vitest";
import { writeAudit } from "@/server/audit";
import { db } from "@/server/db";
import { makeAdmin, unique } from "../../tests/support/factories";

// The audit log is append-only in the database itself (a trigger in the first migration), so not even
// a bug in the app or a hand-typed SQL statement can rewrite history.
describe("AuditLog is append-only", () => {
  async function entry() {
    const { actor } = await makeAdmin();
    const action = unique("test.append");
    await db.$transaction((tx) =>
      writeAudit(tx, { actorId: actor.id, action, entityType: "Test", entityId: "1", after: { at: new Date(0) } }),
    );
    return db.auditLog.findFirstOrThrow({ where: { action } });
  }

  it("records an entry with its actor and JSON payload", async () => {
    const row = await entry();
    expect(row).toMatchObject({ entityType: "Test", entityId: "1", after: { at: "1970-01-01T00:00:00.000Z" }, before: null });
    expect(row.at).toBeInstanceOf(Date);
  });

  it("refuses UPDATE, through Prisma and in raw SQL", async () => {
    const row = await entry();
    await expect(db.auditLog.update({ where: { id: row.id }, data: { action: "forged" } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`UPDATE "AuditLog" SET "entityId" = 'forged' WHERE "id" = ${row.id}`).rejects.toThrow(/append-only/);
    expect(await db.auditLog.findUniqueOrThrow({ where: { id: row.id } })).toEqual(row);
  });

  it("refuses DELETE and TRUNCATE", async () => {
    const row = await entry();
    const countBefore = await db.auditLog.count();
    await expect(db.auditLog.delete({ where: { id: row.id } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.deleteMany({})).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe('TRUNCATE "AuditLog" CASCADE')).rejects.toThrow(/append-only/);
    expect(await db.auditLog.count()).toBe(countBefore);
    expect(await db.auditLog.findUniqueOrThrow({ where: { id: row.id } })).toEqual(row);
  });
});
