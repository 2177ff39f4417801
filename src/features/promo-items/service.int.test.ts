// The stock ledger on real PostgreSQL, through the module's own service functions.
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { ConflictError, ForbiddenError, PreconditionError, UnauthenticatedError, ValidationError } from "@/server/errors";
import { isEmbedded } from "../../../tests/support/database";
import { makeUser, unique } from "../../../tests/support/factories";
import { expectRefusedWithoutChange } from "../../../tests/support/snapshot";
import { sendLowStockAlert } from "./jobs";
import { getPromoItem, issuesReport, listLowStockItems, listPromoItems, stocktakeSheet } from "./queries";
import {
  adjustStock,
  createPromoItem,
  issueStock,
  LOW_STOCK_JOB,
  receiveStock,
  recordStocktake,
  returnStock,
  reverseMovement,
  updatePromoItem,
  writeOffStock,
} from "./service";

const assistant = () => makeUser({ roles: ["ASSISTANT"] });

async function makeItem(actor: Awaited<ReturnType<typeof assistant>>["actor"], overrides: Record<string, unknown> = {}) {
  return createPromoItem(actor, { sku: unique("SKU"), name: `Hrnek ${unique("h")}`, category: "Hrnky", unit: "ks", location: unique("Sklad"), minimumStock: "0", ...overrides });
}

/** sum(ledger) = onHand and stock value, for every item. */
async function expectLedgerBalanced() {
  const rows = await db.$queryRaw<Array<{ id: string; onHand: number; stockValue: number; qty: number; value: number }>>`
    SELECT i."id", i."onHand", i."stockValue", COALESCE(sum(m."quantity"), 0)::int AS "qty", COALESCE(sum(m."valueDelta"), 0)::int AS "value"
    FROM "PromoItem" i LEFT JOIN "StockMovement" m ON m."itemId" = i."id" GROUP BY i."id"`;
  for (const row of rows) expect({ qty: row.qty, value: row.value }, row.id).toEqual({ qty: row.onHand, value: row.stockValue });
}

const issueOf = (itemId: string, quantity: number | string = 1) => ({ itemId, quantity: String(quantity), purpose: "EVENT", recipientName: "Pořadatel Vánočních trhů" });

describe("promotional items: the stock ledger", () => {
  it.skipIf(isEmbedded)("50 parallel issues of 1 from a stock of 10: exactly 10 succeed, 40 are refused, on-hand 0, the ledger sums to 0", async () => {
    // The app's pool (10 connections on a server) runs the transactions side by side; they queue on the item's row lock.
    expect(Number(process.env.DATABASE_POOL_MAX ?? 10)).toBeGreaterThan(1);
    const { actor } = await assistant();
    const item = await makeItem(actor);
    await receiveStock(actor, { itemId: item.id, quantity: "10", unitCost: "25,00" });
    const results = await Promise.allSettled(Array.from({ length: 50 }, () => issueStock(actor, issueOf(item.id))));
    const fulfilled = results.filter((result) => result.status === "fulfilled");
    const rejected = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
    expect(fulfilled).toHaveLength(10);
    expect(rejected).toHaveLength(40);
    for (const result of rejected) {
      expect(result.reason).toBeInstanceOf(PreconditionError);
      expect(result.reason).toMatchObject({ messageKey: "insufficientStock", values: { onHand: 0, requested: 1 } });
    }
    const after = await db.promoItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(after).toMatchObject({ onHand: 0, stockValue: 0 });
    const sum = await db.stockMovement.aggregate({ where: { itemId: item.id }, _sum: { quantity: true, valueDelta: true } });
    expect(sum._sum).toEqual({ quantity: 0, valueDelta: 0 });
    expect(await db.stockMovement.count({ where: { itemId: item.id, kind: "ISSUE" } })).toBe(10);
    await expectLedgerBalanced();
  });

  it("the CHECK constraint refuses a negative stock even past the service", async () => {
    const { actor } = await assistant();
    const item = await makeItem(actor);
    await expect(db.$executeRaw`UPDATE "PromoItem" SET "onHand" = -1 WHERE "id" = ${item.id}::uuid`).rejects.toThrow();
  });

  it("values at weighted average cost: receipts at their price, issues at the average", async () => {
    const { actor } = await assistant();
    const item = await makeItem(actor);
    await receiveStock(actor, { itemId: item.id, quantity: "10", unitCost: "10", supplier: "Reklama s.r.o.", orderNumber: "OBJ-1", invoiceNumber: "FV-1" });
    await receiveStock(actor, { itemId: item.id, quantity: "10", unitCost: "20,00" });
    const issued = await issueStock(actor, issueOf(item.id, 4));
    expect(issued).toMatchObject({ quantity: -4, valueDelta: -6000, onHand: 16, stockValue: 24000 });
    const detail = await getPromoItem(actor, item.id);
    expect(detail).toMatchObject({ onHand: 16, stockValue: 24000, averageCost: 1500, ledgerBalanced: true });
    expect(detail.movements.map((row) => row.kind)).toEqual(["ISSUE", "RECEIPT", "RECEIPT"]);
  });

  it("undo reverses an issue with a new movement, restores on-hand, and the audit log shows both", async () => {
    const { actor } = await assistant();
    const item = await makeItem(actor);
    await receiveStock(actor, { itemId: item.id, quantity: "5", unitCost: "100" });
    const visit = await db.visit.create({
      data: { direction: "INCOMING", title: "Návštěva velvyslance", purpose: "Zdvořilostní návštěva", counterpart: "Velvyslanectví", startDate: new Date("2026-05-04"), endDate: new Date("2026-05-04"), createdById: actor.id },
    });
    await expectRefusedWithoutChange(() => issueStock(actor, { ...issueOf(item.id, 2), purpose: "VISIT", recipientName: "Velvyslanec", visitId: crypto.randomUUID() }), ValidationError);
    const issued = await issueStock(actor, { ...issueOf(item.id, 2), purpose: "VISIT", recipientName: "Velvyslanec", visitId: visit.id });
    const undone = await reverseMovement(actor, { movementId: issued.id, reason: "Zapsáno omylem" });
    expect(undone).toMatchObject({ quantity: 2, valueDelta: 20000, onHand: 5, stockValue: 50000 });
    const reversal = await db.stockMovement.findUniqueOrThrow({ where: { id: undone.id } });
    expect(reversal).toMatchObject({ kind: "REVERSAL", reversesId: issued.id, reason: "Zapsáno omylem", purpose: "VISIT", visitId: visit.id });
    // The original is still there, untouched.
    expect(await db.stockMovement.findUniqueOrThrow({ where: { id: issued.id } })).toMatchObject({ kind: "ISSUE", quantity: -2 });
    const audit = await db.auditLog.findMany({ where: { entityType: "PromoItem", entityId: item.id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(audit.map((entry) => entry.action)).toEqual(["promoItem.create", "promoItem.receive", "promoItem.issue", "promoItem.reverse"]);
    // Once only, never a reversal of a reversal.
    await expectRefusedWithoutChange(() => reverseMovement(actor, { movementId: issued.id, reason: "znovu" }), ConflictError, { messageKey: "movementAlreadyReversed" });
    await expectRefusedWithoutChange(() => reverseMovement(actor, { movementId: undone.id, reason: "znovu" }), PreconditionError, { messageKey: "cannotReverseReversal" });
    // The ledger row cannot be changed or deleted, even past the service.
    await expect(db.$executeRaw`DELETE FROM "StockMovement" WHERE "id" = ${issued.id}::uuid`).rejects.toThrow();
    await expect(db.$executeRaw`UPDATE "StockMovement" SET "quantity" = -1 WHERE "id" = ${issued.id}::uuid`).rejects.toThrow();
    const detail = await getPromoItem(actor, item.id);
    expect(detail.movements.find((row) => row.id === issued.id)).toMatchObject({ canUndo: false, reversedById: undone.id });
    await expectLedgerBalanced();
  });

  it("refuses to undo a receipt whose items are already gone", async () => {
    const { actor } = await assistant();
    const item = await makeItem(actor);
    const received = await receiveStock(actor, { itemId: item.id, quantity: "5", unitCost: "10" });
    await issueStock(actor, issueOf(item.id, 3));
    await expectRefusedWithoutChange(() => reverseMovement(actor, { movementId: received.id, reason: "špatná dodávka" }), PreconditionError, { messageKey: "reversalWouldGoNegative" });
  });

  it("returns, write-offs and counts move the stock; a count against a stale expectation is refused", async () => {
    const { actor } = await assistant();
    const item = await makeItem(actor);
    await receiveStock(actor, { itemId: item.id, quantity: "10", unitCost: "30" });
    await issueStock(actor, issueOf(item.id, 4));
    await returnStock(actor, { itemId: item.id, quantity: "1", reason: "Nepoužito na akci" });
    await writeOffStock(actor, { itemId: item.id, quantity: "2", reason: "Rozbité" });
    await expectRefusedWithoutChange(() => adjustStock(actor, { itemId: item.id, expected: "9", counted: "4", reason: "Inventura" }), ConflictError, { messageKey: "stockMovedSinceCount" });
    const counted = await adjustStock(actor, { itemId: item.id, expected: "5", counted: "4", reason: "Inventura" });
    expect(counted).toMatchObject({ quantity: -1, onHand: 4, stockValue: 12000 });
    await expectLedgerBalanced();
  });

  it("refuses each role without the permission, and changes nothing", async () => {
    const { actor } = await assistant();
    const item = await makeItem(actor);
    await receiveStock(actor, { itemId: item.id, quantity: "3", unitCost: "10" });
    const issued = await issueStock(actor, issueOf(item.id));
    for (const roles of [["HEAD_OF_OFFICE"], ["SPOKESPERSON"], ["ADMIN"]] as const) {
      const { actor: other } = await makeUser({ roles: [...roles] });
      await expectRefusedWithoutChange(() => issueStock(other, issueOf(item.id)), ForbiddenError);
      await expectRefusedWithoutChange(() => receiveStock(other, { itemId: item.id, quantity: "1", unitCost: "1" }), ForbiddenError);
      await expectRefusedWithoutChange(() => reverseMovement(other, { movementId: issued.id, reason: "x" }), ForbiddenError);
      await expectRefusedWithoutChange(() => createPromoItem(other, { sku: unique("S"), name: "x", category: "x", unit: "ks", location: "x" }), ForbiddenError);
      await expectRefusedWithoutChange(() => recordStocktake(other, { location: "x", lines: [{ itemId: item.id, expected: "2", counted: "2" }] }), ForbiddenError);
    }
    await expectRefusedWithoutChange(() => issueStock(null, issueOf(item.id)), UnauthenticatedError);
    const { actor: spokesperson } = await makeUser({ roles: ["SPOKESPERSON"] });
    await expect(listPromoItems(spokesperson)).rejects.toBeInstanceOf(ForbiddenError);
    const { actor: head } = await makeUser({ roles: ["HEAD_OF_OFFICE"] });
    expect((await listPromoItems(head, { q: item.id.slice(0, 0) })).total).toBeGreaterThan(0);
    const { actor: pr } = await makeUser({ roles: ["PR_STAFF"] });
    await expect(issueStock(pr, issueOf(item.id))).resolves.toMatchObject({ onHand: 1 });
  });

  it("bad input changes nothing: negative, fractional or zero quantity, unknown item, missing recipient, bad cost", async () => {
    const { actor } = await assistant();
    const item = await makeItem(actor);
    await receiveStock(actor, { itemId: item.id, quantity: "5", unitCost: "10" });
    for (const quantity of ["-1", "1.5", "1,5", "0", "abc", -3, 2.5]) {
      await expectRefusedWithoutChange(() => issueStock(actor, issueOf(item.id, quantity as string)), ValidationError);
      await expectRefusedWithoutChange(() => receiveStock(actor, { itemId: item.id, quantity, unitCost: "10" }), ValidationError);
    }
    await expectRefusedWithoutChange(() => issueStock(actor, issueOf("0190a1b2-0000-7000-8000-00000000ffff")), ValidationError, { fieldIssues: { itemId: [{ key: "unknownItem" }] } });
    await expectRefusedWithoutChange(() => issueStock(actor, issueOf("not-a-uuid")), ValidationError);
    await expectRefusedWithoutChange(() => issueStock(actor, { ...issueOf(item.id), recipientName: " " }), ValidationError);
    await expectRefusedWithoutChange(() => issueStock(actor, { ...issueOf(item.id), purpose: "BRIBE" }), ValidationError);
    await expectRefusedWithoutChange(() => issueStock(actor, { ...issueOf(item.id), extra: "1" }), ValidationError);
    await expectRefusedWithoutChange(() => receiveStock(actor, { itemId: item.id, quantity: "1", unitCost: "-5" }), ValidationError);
    await expectRefusedWithoutChange(() => receiveStock(actor, { itemId: item.id, quantity: "1", unitCost: "1,234" }), ValidationError);
    await expectRefusedWithoutChange(() => issueStock(actor, { ...issueOf(item.id), occurredOn: "2999-01-01" }), ValidationError);
    await expectRefusedWithoutChange(() => issueStock(actor, issueOf(item.id, 6)), PreconditionError, { messageKey: "insufficientStock" });
  });

  it("a double click makes one movement (idempotency key)", async () => {
    const { actor } = await assistant();
    const item = await makeItem(actor);
    await receiveStock(actor, { itemId: item.id, quantity: "5", unitCost: "10" });
    const key = unique("key");
    const [a, b] = await Promise.all([issueStock(actor, { ...issueOf(item.id), idempotencyKey: key }), issueStock(actor, { ...issueOf(item.id), idempotencyKey: key })]);
    expect(a.id).toBe(b.id);
    expect(await db.stockMovement.count({ where: { itemId: item.id, kind: "ISSUE" } })).toBe(1);
  });

  it("issues from another module's transaction (the visits module's gifts) commit or roll back with it", async () => {
    const { actor } = await assistant();
    const item = await makeItem(actor);
    await receiveStock(actor, { itemId: item.id, quantity: "2", unitCost: "10" });
    await expect(
      db.$transaction(async (tx) => {
        await issueStock(actor, { ...issueOf(item.id), purpose: "VISIT" }, tx);
        await issueStock(actor, { ...issueOf(item.id, 5), purpose: "VISIT" }, tx);
      }),
    ).rejects.toBeInstanceOf(PreconditionError);
    expect(await db.promoItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ onHand: 2 });
    await db.$transaction((tx) => issueStock(actor, { ...issueOf(item.id), purpose: "VISIT" }, tx));
    expect(await db.promoItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ onHand: 1 });
  });

  it("enqueues one low-stock e-mail per crossing, to the active assistants", async () => {
    const { actor, user } = await assistant();
    await makeUser({ roles: ["ASSISTANT"], isActive: false });
    const item = await makeItem(actor, { minimumStock: "5" });
    const jobs = () => db.job.findMany({ where: { kind: LOW_STOCK_JOB, payload: { path: ["itemId"], equals: item.id } }, orderBy: { id: "asc" } });
    await receiveStock(actor, { itemId: item.id, quantity: "6", unitCost: "10" });
    await issueStock(actor, issueOf(item.id)); // 5: not below
    expect(await jobs()).toHaveLength(0);
    const crossing = await issueStock(actor, issueOf(item.id)); // 4: crossing
    await issueStock(actor, issueOf(item.id)); // 3: still below, no new mail
    await issueStock(actor, issueOf(item.id)); // 2
    expect(await jobs()).toHaveLength(1);
    expect((await jobs())[0].dedupeKey).toBe(`promo-low-stock:${item.id}:${crossing.id}`);
    expect((await listLowStockItems(actor, 500)).map((row) => row.id)).toContain(item.id);
    await receiveStock(actor, { itemId: item.id, quantity: "10", unitCost: "10" }); // 12
    expect(await jobs()).toHaveLength(1);
    await issueStock(actor, issueOf(item.id, 8)); // 4: crossing again
    expect(await jobs()).toHaveLength(2);
    // The job sends one message to the active assistants.
    const before = await db.outboxMessage.count();
    await sendLowStockAlert((await jobs())[1].payload, { jobId: 1n, attempt: 1, now: new Date() });
    const message = await db.outboxMessage.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    expect(await db.outboxMessage.count()).toBe(before + 1);
    expect(message.to).toContain(user.email);
    expect(message.subject).toContain("Dochází zásoba");
  });

  it("a stocktake of a location creates the adjustments in one transaction", async () => {
    const { actor } = await assistant();
    const location = unique("Sekretariát");
    const a = await makeItem(actor, { location });
    const b = await makeItem(actor, { location });
    const c = await makeItem(actor, { location });
    for (const item of [a, b, c]) await receiveStock(actor, { itemId: item.id, quantity: "10", unitCost: "12,50" });
    const sheet = await stocktakeSheet(actor, location);
    expect(sheet.items.map((row) => row.onHand)).toEqual([10, 10, 10]);
    const result = await recordStocktake(actor, {
      location,
      note: "Roční inventura",
      lines: [
        { itemId: a.id, expected: "10", counted: "8" },
        { itemId: b.id, expected: "10", counted: "10" },
        { itemId: c.id, expected: "10", counted: "" },
      ],
    });
    expect(result).toMatchObject({ counted: 2, adjustments: 1 });
    expect(await db.promoItem.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ onHand: 8, stockValue: 10000 });
    expect(await db.stockMovement.findFirstOrThrow({ where: { itemId: a.id, kind: "ADJUSTMENT" } })).toMatchObject({ quantity: -2, countedQty: 8, expectedQty: 10, stocktakeId: result.id });
    expect(await db.stocktakeLine.count({ where: { stocktakeId: result.id } })).toBe(2);
    // All or nothing: one stale line refuses the whole count.
    await issueStock(actor, issueOf(b.id));
    await expectRefusedWithoutChange(
      () => recordStocktake(actor, { location, lines: [{ itemId: a.id, expected: "8", counted: "7" }, { itemId: b.id, expected: "10", counted: "9" }] }),
      ConflictError,
      { messageKey: "stockMovedSinceCount" },
    );
    await expectLedgerBalanced();
  });

  it("edits an item with its version; a stale version is a conflict", async () => {
    const { actor } = await assistant();
    const item = await makeItem(actor, { name: "Deštník s logem" });
    const fields = { sku: unique("SKU"), name: "Deštník s logem města", category: "Deštníky", unit: "ks", location: "Sklad radnice", minimumStock: "3", isActive: "on" };
    await updatePromoItem(actor, { id: item.id, version: "0", ...fields });
    await expectRefusedWithoutChange(() => updatePromoItem(actor, { id: item.id, version: "0", ...fields, name: "jiný" }), ConflictError, { messageKey: "staleVersion" });
    expect((await listPromoItems(actor, { q: "destnik MESTA" })).rows.map((row) => row.id)).toContain(item.id);
  });

  it("reports issues by purpose and month, net of undone issues", async () => {
    const { actor } = await assistant();
    const item = await makeItem(actor);
    await receiveStock(actor, { itemId: item.id, quantity: "10", unitCost: "50" });
    await issueStock(actor, { ...issueOf(item.id, 3), purpose: "PARTNER_CITY", recipientName: "Delegace z Partnerova" });
    const wrong = await issueStock(actor, { ...issueOf(item.id, 2), purpose: "PARTNER_CITY", recipientName: "Delegace z Partnerova" });
    await reverseMovement(actor, { movementId: wrong.id, reason: "omyl" });
    const report = await issuesReport(actor, {});
    const partner = report.totals.find((row) => row.purpose === "PARTNER_CITY");
    expect(partner).toMatchObject({ quantity: 3, value: 15000 });
  });
});
