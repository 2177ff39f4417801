import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { normalizeText } from "@/features/media-contacts/normalize";
import { cityDateTimeToDate } from "@/features/press-releases/schema";
import { cityIsoDate } from "@/features/inquiries/time";
import { writeAudit } from "@/server/audit";
import { type Actor, requirePermission } from "@/server/authz/permissions";
import { config } from "@/server/config";
import { db } from "@/server/db";
import { ConflictError, NotFoundError, PreconditionError, ValidationError } from "@/server/errors";
import { once } from "@/server/idempotency";
import { enqueueJob } from "@/server/jobs/queue";
import { parseInput } from "@/server/validation";
import { prepareUpload, putAll, removeQuietly } from "@/features/release-media/upload";
import { crossesBelowMinimum } from "./policy";
import {
  adjustmentSchema,
  createItemSchema,
  issueSchema,
  type MovementKind,
  receiptSchema,
  returnSchema,
  reverseSchema,
  stocktakeSchema,
  updateItemSchema,
  writeOffSchema,
} from "./schema";
import { adjustment, apply, incoming, InsufficientStockError, outgoing, receipt, reversal, type StockChange, type StockState } from "./valuation";

type Tx = Prisma.TransactionClient;

export const LOW_STOCK_JOB = "promoItem.lowStock";
const ENTITY = "PromoItem";

function searchTextOf(item: { sku: string; name: string; category: string; location: string; supplier?: string | null }): string {
  return normalizeText([item.sku, item.name, item.category, item.location, item.supplier ?? ""].join(" "));
}

// --- items ------------------------------------------------------------------------------------------

export async function createPromoItem(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "promoItem.manage");
  const input = parseInput(createItemSchema, rawInput);
  const { idempotencyKey, ...fields } = input;
  return db.$transaction((tx) =>
    once(tx, { key: idempotencyKey, userId: actor.id, action: "promoItem.create" }, async () => {
      await requireFreeSku(tx, fields.sku);
      const item = await tx.promoItem.create({
        data: { ...fields, supplier: fields.supplier ?? null, note: fields.note ?? null, searchText: searchTextOf(fields) },
        select: itemAuditSelect,
      });
      await writeAudit(tx, { actorId: actor.id, action: "promoItem.create", entityType: ENTITY, entityId: item.id, after: item });
      return { id: item.id, version: item.version };
    }),
  );
}

/** Edits the item's own fields (never its stock: that only moves through the ledger). */
export async function updatePromoItem(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "promoItem.manage");
  const { id, version, ...fields } = parseInput(updateItemSchema, rawInput);
  return db.$transaction(async (tx) => {
    const before = await tx.promoItem.findUnique({ where: { id }, select: itemAuditSelect });
    if (!before) throw new NotFoundError();
    if (fields.sku !== before.sku) await requireFreeSku(tx, fields.sku, id);
    const updated = await tx.promoItem.updateMany({
      where: { id, version },
      data: { ...fields, supplier: fields.supplier ?? null, note: fields.note ?? null, searchText: searchTextOf(fields), version: { increment: 1 } },
    });
    if (updated.count === 0) throw new ConflictError("staleVersion");
    const after = await tx.promoItem.findUniqueOrThrow({ where: { id }, select: itemAuditSelect });
    await writeAudit(tx, { actorId: actor.id, action: "promoItem.update", entityType: ENTITY, entityId: id, before, after });
    return { id, version: after.version };
  });
}

/** The item's photo (checked and re-encoded like a release's); the web version is kept. */
export async function setPromoItemPhoto(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "promoItem.manage");
  const input = rawInput as { id?: unknown; file?: unknown };
  const { id } = parseInput(updateItemSchema.pick({ id: true }), { id: input?.id });
  if (!(input.file instanceof Blob) || input.file.size === 0) throw new ValidationError({ file: [{ key: "fileRequired" }] });
  const prepared = await prepareUpload(input.file, "PHOTO");
  const web = prepared.stored.find((file) => file.key.includes("-web.")) ?? prepared.stored[0];
  await putAll([web]);
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.promoItem.findUnique({ where: { id }, select: { photoKey: true } });
      if (!before) throw new NotFoundError();
      await tx.promoItem.update({ where: { id }, data: { photoKey: web.key, photoMime: prepared.data.mimeType } });
      await writeAudit(tx, { actorId: actor.id, action: "promoItem.photo", entityType: ENTITY, entityId: id, before, after: { photoKey: web.key } });
      return { id, oldKey: before.photoKey };
    });
  } catch (error) {
    await removeQuietly([web.key]);
    throw error;
  }
}

const itemAuditSelect = {
  id: true,
  sku: true,
  name: true,
  category: true,
  unit: true,
  location: true,
  supplier: true,
  minimumStock: true,
  isActive: true,
  note: true,
  version: true,
} as const satisfies Prisma.PromoItemSelect;

async function requireFreeSku(tx: Tx, sku: string, exceptId?: string) {
  const taken = await tx.promoItem.findFirst({ where: { sku: { equals: sku, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
  if (taken) throw new ValidationError({ sku: [{ key: "skuTaken" }] });
}

// --- the ledger -------------------------------------------------------------------------------------

/** The day a movement happened: now for today (or no day), noon in the city for an earlier day. */
function occurredAt(day: string | undefined, now: Date): Date {
  const timeZone = config().CITY_TIME_ZONE;
  const today = cityIsoDate(now, timeZone);
  if (!day || day === today) return now;
  if (day > today) throw new ValidationError({ occurredOn: [{ key: "dateInFuture" }] });
  if (day < "2000-01-01") throw new ValidationError({ occurredOn: [{ key: "invalidDate" }] });
  return cityDateTimeToDate(`${day}T12:00`, timeZone);
}

interface LockedItem extends StockState {
  id: string;
  name: string;
  unit: string;
  minimumStock: number;
  isActive: boolean;
}

/** Locks the item's row for the rest of the transaction: movements of one item queue up here. */
async function lockItem(tx: Tx, itemId: string, field = "itemId"): Promise<LockedItem> {
  const rows = await tx.$queryRaw<LockedItem[]>`
    SELECT "id", "name", "unit", "minimumStock", "isActive", "onHand", "stockValue", "lastUnitCost"
    FROM "PromoItem" WHERE "id" = ${itemId}::uuid FOR UPDATE`;
  if (!rows[0]) throw new ValidationError({ [field]: [{ key: "unknownItem" }] });
  return rows[0];
}

type MovementFields = Omit<Prisma.StockMovementUncheckedCreateInput, "id" | "itemId" | "kind" | "quantity" | "valueDelta" | "createdById" | "createdAt" | "occurredAt">;

interface MoveArgs {
  kind: MovementKind;
  at: Date;
  /** The change, computed from the locked state; throws InsufficientStockError when there is not enough. */
  change: (state: StockState) => StockChange | null;
  receiptUnitCost?: number;
  fields?: MovementFields;
  action: string;
  /** The refusal when the stock would go below zero. */
  insufficientKey?: string;
}

/**
 * Records one movement: lock the item, compute the change, update the item conditionally (the CHECK
 * "onHand" >= 0 is the backstop), append the ledger row, enqueue the low-stock e-mail on a crossing, and
 * write the audit entry — all in the caller's transaction.
 */
async function move(tx: Tx, actor: Actor, item: LockedItem, args: MoveArgs) {
  let change: StockChange | null;
  let next: ReturnType<typeof apply>;
  try {
    change = args.change(item);
    if (!change) return null;
    next = apply(item, change, args.receiptUnitCost);
  } catch (error) {
    if (error instanceof InsufficientStockError) {
      throw new PreconditionError(args.insufficientKey ?? "insufficientStock", { name: item.name, onHand: error.onHand, requested: error.requested, unit: item.unit });
    }
    throw error;
  }
  const { applied, state } = next;
  const updated = await tx.$executeRaw`
    UPDATE "PromoItem"
    SET "onHand" = "onHand" + ${applied.quantity}::int,
        "stockValue" = "stockValue" + ${applied.valueDelta}::int,
        "lastUnitCost" = ${state.lastUnitCost}::int,
        "lastMovementAt" = GREATEST(COALESCE("lastMovementAt", ${args.at}::timestamptz), ${args.at}::timestamptz),
        "updatedAt" = now()
    WHERE "id" = ${item.id}::uuid AND "onHand" = ${item.onHand}::int AND "onHand" + ${applied.quantity}::int >= 0`;
  if (updated !== 1) {
    throw new PreconditionError(args.insufficientKey ?? "insufficientStock", { name: item.name, onHand: item.onHand, requested: -applied.quantity, unit: item.unit });
  }
  const movement = await tx.stockMovement.create({
    data: { ...args.fields, itemId: item.id, kind: args.kind, quantity: applied.quantity, valueDelta: applied.valueDelta, occurredAt: args.at, createdById: actor.id },
    select: movementAuditSelect,
  });
  if (crossesBelowMinimum(item.onHand, state.onHand, item.minimumStock)) {
    await enqueueJob(tx, { kind: LOW_STOCK_JOB, payload: { itemId: item.id, movementId: movement.id }, dedupeKey: `promo-low-stock:${item.id}:${movement.id}`, maxAttempts: 8 });
  }
  await writeAudit(tx, {
    actorId: actor.id,
    action: args.action,
    entityType: ENTITY,
    entityId: item.id,
    before: { onHand: item.onHand, stockValue: item.stockValue },
    after: { onHand: state.onHand, stockValue: state.stockValue, movement },
  });
  // Keep the lock's view current for a caller that moves the same item again in this transaction.
  Object.assign(item, state);
  return { id: movement.id, itemId: item.id, onHand: state.onHand, stockValue: state.stockValue, quantity: applied.quantity, valueDelta: applied.valueDelta };
}

const movementAuditSelect = {
  id: true,
  kind: true,
  quantity: true,
  valueDelta: true,
  unitCost: true,
  occurredAt: true,
  purpose: true,
  recipientName: true,
  reference: true,
  visitId: true,
  eventId: true,
  reason: true,
  reversesId: true,
  stocktakeId: true,
} as const satisfies Prisma.StockMovementSelect;

type MovementResult = NonNullable<Awaited<ReturnType<typeof move>>>;

/** Runs `work` in the given transaction, or in a new one; claims the idempotency key first. */
function inTransaction<T extends Prisma.InputJsonValue>(actor: Actor, key: string | undefined, action: string, work: (tx: Tx) => Promise<T>, tx?: Tx): Promise<T> {
  const run = (client: Tx) => once(client, { key, userId: actor.id, action }, () => work(client));
  return tx ? run(tx) : db.$transaction(run);
}

function asJson(result: MovementResult | null): MovementResult {
  if (!result) throw new Error("a movement was expected");
  return result;
}

/** Goods in: quantity at a unit cost (haléře), with the supplier's order and invoice numbers. */
export async function receiveStock(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, "promoItem.manage");
  const input = parseInput(receiptSchema, rawInput);
  const at = occurredAt(input.occurredOn, now);
  return inTransaction(actor, input.idempotencyKey, "promoItem.receive", async (tx) => {
    const item = await lockItem(tx, input.itemId);
    return asJson(
      await move(tx, actor, item, {
        kind: "RECEIPT",
        at,
        change: (state) => receipt(state, input.quantity, input.unitCost),
        receiptUnitCost: input.unitCost,
        fields: { unitCost: input.unitCost, supplier: input.supplier ?? null, orderNumber: input.orderNumber ?? null, invoiceNumber: input.invoiceNumber ?? null },
        action: "promoItem.receive",
      }),
    );
  });
}

/**
 * Goods out for a purpose (a visit, an event, a partner city, a ceremony, an organisation, a person) to a
 * named recipient, valued at average cost. Refused with `insufficientStock` when fewer are on hand.
 *
 * Other modules call it inside their own transaction (`tx`): the visits module issues a visit's gifts
 * with `issueStock(actor, { itemId, quantity, purpose: "VISIT", visitId, recipientName }, tx)`, so the
 * gifts and the visit commit together (a refusal throws and rolls the caller's transaction back). Issue
 * several items in a stable order (e.g. by item id) so that two transactions never wait on each other.
 */
export async function issueStock(actor: Actor | null, rawInput: unknown, tx?: Tx, now = new Date()) {
  requirePermission(actor, "promoItem.manage");
  const input = parseInput(issueSchema, rawInput);
  const at = occurredAt(input.occurredOn, now);
  return inTransaction(
    actor,
    input.idempotencyKey,
    "promoItem.issue",
    async (client) => {
      if (input.visitId && !(await client.visit.findUnique({ where: { id: input.visitId }, select: { id: true } }))) {
        throw new ValidationError({ visitId: [{ key: "invalidChoice" }] });
      }
      if (input.eventId && !(await client.event.findUnique({ where: { id: input.eventId }, select: { id: true } }))) {
        throw new ValidationError({ eventId: [{ key: "invalidChoice" }] });
      }
      const item = await lockItem(client, input.itemId);
      if (!item.isActive) throw new PreconditionError("promoItemInactive", { name: item.name });
      return asJson(
        await move(client, actor, item, {
          kind: "ISSUE",
          at,
          change: (state) => outgoing(state, input.quantity),
          fields: { purpose: input.purpose, recipientName: input.recipientName, reference: input.reference ?? null, visitId: input.visitId ?? null, eventId: input.eventId ?? null },
          action: "promoItem.issue",
        }),
      );
    },
    tx,
  );
}

/** Items back in stock (unused gifts from an event), at average cost. */
export async function returnStock(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, "promoItem.manage");
  const input = parseInput(returnSchema, rawInput);
  const at = occurredAt(input.occurredOn, now);
  return inTransaction(actor, input.idempotencyKey, "promoItem.return", async (tx) => {
    const item = await lockItem(tx, input.itemId);
    return asJson(
      await move(tx, actor, item, {
        kind: "RETURN",
        at,
        change: (state) => incoming(state, input.quantity),
        fields: { reason: input.reason, recipientName: input.recipientName ?? null },
        action: "promoItem.return",
      }),
    );
  });
}

/** Damaged, lost or out-of-date items written off, at average cost, with a reason. */
export async function writeOffStock(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, "promoItem.manage");
  const input = parseInput(writeOffSchema, rawInput);
  const at = occurredAt(input.occurredOn, now);
  return inTransaction(actor, input.idempotencyKey, "promoItem.writeOff", async (tx) => {
    const item = await lockItem(tx, input.itemId);
    return asJson(await move(tx, actor, item, { kind: "WRITE_OFF", at, change: (state) => outgoing(state, input.quantity), fields: { reason: input.reason }, action: "promoItem.writeOff" }));
  });
}

/**
 * A count of one item: the difference to what the ledger expects becomes an ADJUSTMENT. `expected` is
 * what the form showed; if the stock moved since, the count is refused (count again) rather than guessed.
 */
export async function adjustStock(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, "promoItem.manage");
  const input = parseInput(adjustmentSchema, rawInput);
  const at = occurredAt(input.occurredOn, now);
  return inTransaction(actor, input.idempotencyKey, "promoItem.adjust", async (tx) => {
    const item = await lockItem(tx, input.itemId);
    if (item.onHand !== input.expected) throw new ConflictError("stockMovedSinceCount", { name: item.name, onHand: item.onHand });
    if (input.counted === input.expected) throw new ValidationError({ counted: [{ key: "countEqualsExpected" }] });
    return asJson(
      await move(tx, actor, item, {
        kind: "ADJUSTMENT",
        at,
        change: (state) => adjustment(state, input.counted),
        fields: { reason: input.reason, countedQty: input.counted, expectedQty: input.expected },
        action: "promoItem.adjust",
      }),
    );
  });
}

/**
 * "Undo": a wrong movement is never edited or deleted but reversed by a new movement of the opposite
 * quantity at the same value, with a reason. Once per movement (a unique `reversesId`); a reversal is
 * not reversed. Reversing a receipt whose items are already gone is refused (`reversalWouldGoNegative`).
 */
export async function reverseMovement(actor: Actor | null, rawInput: unknown, tx?: Tx, now = new Date()) {
  requirePermission(actor, "promoItem.manage");
  const input = parseInput(reverseSchema, rawInput);
  return inTransaction(actor, input.idempotencyKey, "promoItem.reverse", async (tx) => {
    const original = await tx.stockMovement.findUnique({
      where: { id: input.movementId },
      select: { ...movementAuditSelect, itemId: true, reversedBy: { select: { id: true } } },
    });
    if (!original) throw new ValidationError({ movementId: [{ key: "invalidChoice" }] });
    if (original.kind === "REVERSAL") throw new PreconditionError("cannotReverseReversal");
    const item = await lockItem(tx, original.itemId);
    // Read again under the item's lock: a concurrent undo of the same movement has committed or waits.
    if (original.reversedBy || (await tx.stockMovement.count({ where: { reversesId: original.id } })) > 0) throw new ConflictError("movementAlreadyReversed");
    return asJson(
      await move(tx, actor, item, {
        kind: "REVERSAL",
        at: now,
        change: () => reversal(original),
        fields: {
          reversesId: original.id,
          reason: input.reason,
          // An undone issue keeps its purpose, so the report of issues nets it out.
          purpose: original.purpose,
          recipientName: original.recipientName,
          reference: original.reference,
          visitId: original.visitId,
          eventId: original.eventId,
        },
        action: "promoItem.reverse",
        insufficientKey: "reversalWouldGoNegative",
      }),
    );
  }, tx);
}

/**
 * A stocktake of one location: every counted item's difference becomes an ADJUSTMENT, all in one
 * transaction (all or nothing). Items are locked in id order. An item whose stock moved after the sheet
 * was opened refuses the whole count (`stockMovedSinceCount`): count it again.
 */
export async function recordStocktake(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, "promoItem.manage");
  const input = parseInput(stocktakeSchema, rawInput);
  const lines = input.lines.filter((line): line is typeof line & { counted: number } => line.counted !== undefined).sort((a, b) => a.itemId.localeCompare(b.itemId));
  if (lines.length === 0) throw new ValidationError({ lines: [{ key: "nothingCounted" }] });
  if (new Set(lines.map((line) => line.itemId)).size !== lines.length) throw new ValidationError({ lines: [{ key: "invalid" }] });
  return inTransaction(actor, input.idempotencyKey, "promoItem.stocktake", async (tx) => {
    const stocktake = await tx.stocktake.create({ data: { location: input.location, countedAt: now, note: input.note ?? null, createdById: actor.id }, select: { id: true } });
    let adjustments = 0;
    for (const line of lines) {
      const item = await lockItem(tx, line.itemId, "lines");
      const row = await tx.promoItem.findUniqueOrThrow({ where: { id: item.id }, select: { location: true } });
      if (row.location !== input.location) throw new ValidationError({ lines: [{ key: "itemNotAtLocation" }] });
      if (item.onHand !== line.expected) throw new ConflictError("stockMovedSinceCount", { name: item.name, onHand: item.onHand });
      await tx.stocktakeLine.create({ data: { stocktakeId: stocktake.id, itemId: item.id, expected: line.expected, counted: line.counted } });
      const result = await move(tx, actor, item, {
        kind: "ADJUSTMENT",
        at: now,
        change: (state) => adjustment(state, line.counted),
        fields: { reason: input.note ?? "", countedQty: line.counted, expectedQty: line.expected, stocktakeId: stocktake.id },
        action: "promoItem.adjust",
      });
      if (result) adjustments += 1;
    }
    await writeAudit(tx, {
      actorId: actor.id,
      action: "promoItem.stocktake",
      entityType: "Stocktake",
      entityId: stocktake.id,
      after: { location: input.location, counted: lines.length, adjustments },
    });
    return { id: stocktake.id, counted: lines.length, adjustments };
  });
}
