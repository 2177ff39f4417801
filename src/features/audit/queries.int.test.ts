import { describe, expect, it } from "vitest";
import type { Role } from "@/server/authz/roles";
import { db } from "@/server/db";
import { ForbiddenError, UnauthenticatedError } from "@/server/errors";
import { makeAdmin, makeUser, unique } from "../../../tests/support/factories";
import { listAuditEntries } from "./queries";
import { AUDIT_PAGE_SIZE, auditFilterSchema } from "./schema";

/** `count` entries whose actions start with a prefix of their own; returns the prefix. */
async function insertEntries(actorId: string, count: number, entityType = "Test") {
  const prefix = unique("test").replace(/-/g, "");
  await db.auditLog.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      actorId,
      action: `${prefix}.${i % 2 ? "odd" : "even"}`,
      entityType,
      entityId: String(i),
      after: { n: i },
    })),
  });
  return prefix;
}

/** Today's date in the city's time zone, shifted by `days` (the filter's from/to are city days). */
function cityDate(days = 0) {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Prague" }).format(new Date(Date.now() + days * 86_400_000));
}

describe("listAuditEntries", () => {
  it("filters by action prefix, newest first, with the actor's name", async () => {
    const { actor } = await makeAdmin({ name: "Auditor Alice" });
    const prefix = await insertEntries(actor.id, 6);
    const { entries, nextBefore } = await listAuditEntries(actor, auditFilterSchema.parse({ action: `${prefix}.odd` }));
    expect(entries.map((entry) => entry.entityId)).toEqual(["5", "3", "1"]);
    expect(entries[0]).toMatchObject({ action: `${prefix}.odd`, entityType: "Test", after: { n: 5 }, actor: { id: actor.id, name: "Auditor Alice" } });
    expect(typeof entries[0].id).toBe("string");
    expect(nextBefore).toBeNull();
    expect((await listAuditEntries(actor, auditFilterSchema.parse({ action: prefix }))).entries).toHaveLength(6);
  });

  it("pages by keyset: nextBefore leads to the older entries, without gaps or repeats", async () => {
    const { actor } = await makeAdmin();
    const total = AUDIT_PAGE_SIZE + 7;
    const prefix = await insertEntries(actor.id, total);

    const first = await listAuditEntries(actor, auditFilterSchema.parse({ action: prefix }));
    expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.nextBefore).toBe(first.entries.at(-1)?.id);

    // The link to the next page carries nextBefore in the query string.
    const second = await listAuditEntries(actor, auditFilterSchema.parse({ action: prefix, before: first.nextBefore }));
    expect(second.entries).toHaveLength(total - AUDIT_PAGE_SIZE);
    expect(second.nextBefore).toBeNull();

    const ids = [...first.entries, ...second.entries].map((entry) => BigInt(entry.id));
    expect(ids).toEqual([...ids].sort((a, b) => (a > b ? -1 : 1)));
    expect(new Set(ids).size).toBe(total);
    expect([...first.entries, ...second.entries].map((entry) => Number(entry.entityId)).sort((a, b) => a - b)).toEqual(
      Array.from({ length: total }, (_, i) => i),
    );
  });

  it("filters by actor, record and city day", async () => {
    const { actor } = await makeAdmin();
    const { actor: other } = await makeAdmin();
    const entityType = unique("Record");
    const prefix = await insertEntries(actor.id, 3, entityType);
    await insertEntries(other.id, 2, entityType);

    const byType = await listAuditEntries(actor, auditFilterSchema.parse({ entityType }));
    expect(byType.entries).toHaveLength(5);
    const byActor = await listAuditEntries(actor, auditFilterSchema.parse({ entityType, actorId: other.id }));
    expect(byActor.entries.map((entry) => entry.actor?.id)).toEqual([other.id, other.id]);
    const byRecord = await listAuditEntries(actor, auditFilterSchema.parse({ action: prefix, entityType, entityId: "1" }));
    expect(byRecord.entries.map((entry) => entry.entityId)).toEqual(["1"]);

    const aroundToday = auditFilterSchema.parse({ action: prefix, from: cityDate(-1), to: cityDate(1) });
    expect((await listAuditEntries(actor, aroundToday)).entries).toHaveLength(3);
    const fromTomorrow = auditFilterSchema.parse({ action: prefix, from: cityDate(1) });
    expect((await listAuditEntries(actor, fromTomorrow)).entries).toEqual([]);
    const untilYesterday = auditFilterSchema.parse({ action: prefix, to: cityDate(-1) });
    expect((await listAuditEntries(actor, untilYesterday)).entries).toEqual([]);
  });

  it("ignores malformed filter values instead of failing", async () => {
    const { actor } = await makeAdmin();
    const filter = auditFilterSchema.parse({ actorId: "nope", from: "yesterday", before: "-5" });
    expect(filter).toEqual({ actorId: undefined, from: undefined, before: undefined });
    await expect(listAuditEntries(actor, filter)).resolves.toMatchObject({ entries: expect.any(Array) });
  });

  it("is refused for anonymous callers and every non-admin role", async () => {
    await expect(listAuditEntries(null, {})).rejects.toBeInstanceOf(UnauthenticatedError);
    for (const roles of [["HEAD_OF_OFFICE"], ["SPOKESPERSON"], ["PR_STAFF"], ["ASSISTANT"], ["HEAD_OF_OFFICE", "SPOKESPERSON", "PR_STAFF", "ASSISTANT"]] as Role[][]) {
      const { actor } = await makeUser({ roles });
      await expect(listAuditEntries(actor, {})).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});
