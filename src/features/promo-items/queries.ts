import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { normalizeText } from "@/features/media-contacts/normalize";
import { type Actor, can, requirePermission } from "@/server/authz/permissions";
import { config } from "@/server/config";
import { db } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { parseInput } from "@/server/validation";
import { canReverse, isLowStock } from "./policy";
import { type IssuePurpose, listFilterSchema, PROMO_PAGE_SIZE, PROMO_SORT_DIRECTIONS, reportFilterSchema } from "./schema";
import { averageCost } from "./valuation";

type Filter = z.output<typeof listFilterSchema>;

function whereOf(filter: Filter): Prisma.PromoItemWhereInput {
  const conditions: Prisma.PromoItemWhereInput[] = [];
  if (filter.active === "1") conditions.push({ isActive: true });
  if (filter.active === "0") conditions.push({ isActive: false });
  if (filter.category) conditions.push({ category: filter.category });
  if (filter.location) conditions.push({ location: filter.location });
  if (filter.low) conditions.push(lowStockWhere());
  if (filter.q) {
    for (const word of normalizeText(filter.q).split(" ").filter(Boolean).slice(0, 8)) conditions.push({ searchText: { contains: word } });
  }
  return { AND: conditions };
}

/** Below the minimum (a column compared with a column). */
function lowStockWhere(): Prisma.PromoItemWhereInput {
  return { minimumStock: { gt: 0 }, onHand: { lt: db.promoItem.fields.minimumStock } };
}

const listSelect = {
  id: true,
  sku: true,
  name: true,
  category: true,
  unit: true,
  location: true,
  supplier: true,
  minimumStock: true,
  isActive: true,
  onHand: true,
  stockValue: true,
  lastMovementAt: true,
  photoKey: true,
} as const satisfies Prisma.PromoItemSelect;

/** The list: filters (category, location, low stock, active), search without diacritics, sorting, pages of 25. */
export async function listPromoItems(actor: Actor | null, rawFilter: unknown = {}) {
  requirePermission(actor, "promoItem.view");
  const filter = parseInput(listFilterSchema, rawFilter ?? {});
  const where = whereOf(filter);
  const dir = filter.dir ?? PROMO_SORT_DIRECTIONS[filter.sort];
  const orderBy: Prisma.PromoItemOrderByWithRelationInput[] =
    filter.sort === "lastMovementAt" ? [{ lastMovementAt: { sort: dir, nulls: "last" } }] : [{ [filter.sort]: dir }];
  const [total, lowCount, rows, totals] = await Promise.all([
    db.promoItem.count({ where }),
    db.promoItem.count({ where: { isActive: true, ...lowStockWhere() } }),
    db.promoItem.findMany({ where, orderBy: [...orderBy, { name: "asc" }, { id: "asc" }], skip: (filter.page - 1) * PROMO_PAGE_SIZE, take: PROMO_PAGE_SIZE, select: listSelect }),
    db.promoItem.aggregate({ where, _sum: { stockValue: true } }),
  ]);
  return {
    rows: rows.map(({ photoKey, ...row }) => ({ ...row, hasPhoto: Boolean(photoKey), low: isLowStock(row) })),
    total,
    lowCount,
    totalValue: totals._sum.stockValue ?? 0,
    page: filter.page,
    pageCount: Math.max(1, Math.ceil(total / PROMO_PAGE_SIZE)),
  };
}

export type PromoItemListRow = Awaited<ReturnType<typeof listPromoItems>>["rows"][number];

/** Every item of the filter (no paging) for the CSV/XLSX download. */
export async function listPromoItemsForExport(actor: Actor | null, rawFilter: unknown = {}) {
  requirePermission(actor, "promoItem.view");
  const filter = parseInput(listFilterSchema, rawFilter ?? {});
  const rows = await db.promoItem.findMany({ where: whereOf(filter), orderBy: [{ location: "asc" }, { name: "asc" }], take: 10_000, select: listSelect });
  return rows.map((row) => ({ ...row, low: isLowStock(row) }));
}

/** The choices of the filters and forms: categories and locations in use, and units. */
export async function promoItemOptions(actor: Actor | null) {
  requirePermission(actor, "promoItem.view");
  const [categories, locations, units, suppliers] = await Promise.all([
    db.promoItem.findMany({ distinct: ["category"], orderBy: { category: "asc" }, select: { category: true } }),
    db.promoItem.findMany({ distinct: ["location"], orderBy: { location: "asc" }, select: { location: true } }),
    db.promoItem.findMany({ distinct: ["unit"], orderBy: { unit: "asc" }, select: { unit: true } }),
    db.promoItem.findMany({ where: { supplier: { not: null } }, distinct: ["supplier"], orderBy: { supplier: "asc" }, select: { supplier: true } }),
  ]);
  return {
    categories: categories.map((row) => row.category),
    locations: locations.map((row) => row.location),
    units: units.map((row) => row.unit),
    suppliers: suppliers.map((row) => row.supplier as string),
  };
}

/** The detail page: the item, its ledger newest first (with who recorded each movement) and what may be undone. */
export async function getPromoItem(actor: Actor | null, id: string, options: { ledgerLimit?: number } = {}) {
  requirePermission(actor, "promoItem.view");
  if (!z.uuid().safeParse(id).success) throw new NotFoundError();
  const item = await db.promoItem.findUnique({ where: { id }, select: { ...listSelect, note: true, lastUnitCost: true, version: true, createdAt: true } });
  if (!item) throw new NotFoundError();
  const [movements, movementCount, ledgerSum] = await Promise.all([
    db.stockMovement.findMany({
      where: { itemId: id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: options.ledgerLimit ?? 200,
      select: {
        id: true,
        kind: true,
        quantity: true,
        valueDelta: true,
        unitCost: true,
        occurredAt: true,
        createdAt: true,
        supplier: true,
        orderNumber: true,
        invoiceNumber: true,
        purpose: true,
        recipientName: true,
        reference: true,
        visitId: true,
        countedQty: true,
        expectedQty: true,
        stocktakeId: true,
        reason: true,
        reversesId: true,
        createdById: true,
        reversedBy: { select: { id: true } },
      },
    }),
    db.stockMovement.count({ where: { itemId: id } }),
    db.stockMovement.aggregate({ where: { itemId: id }, _sum: { quantity: true, valueDelta: true } }),
  ]);
  const people = await db.user.findMany({ where: { id: { in: [...new Set(movements.map((row) => row.createdById))] } }, select: { id: true, name: true } });
  const names = new Map(people.map((person) => [person.id, person.name]));
  const mayManage = can(actor, "promoItem.manage");
  return {
    ...item,
    low: isLowStock(item),
    averageCost: Math.round(averageCost(item)),
    movementCount,
    ledgerBalanced: (ledgerSum._sum.quantity ?? 0) === item.onHand && (ledgerSum._sum.valueDelta ?? 0) === item.stockValue,
    movements: movements.map(({ reversedBy, createdById, ...movement }) => {
      const reversedById = reversedBy?.id ?? null;
      return { ...movement, reversedById, createdByName: names.get(createdById) ?? null, canUndo: mayManage && canReverse({ kind: movement.kind, reversedById }) };
    }),
  };
}

export type PromoItemDetail = Awaited<ReturnType<typeof getPromoItem>>;

/** The stocktake sheet of a location: every active item there (and inactive ones still in stock) with what the ledger expects. */
export async function stocktakeSheet(actor: Actor | null, rawLocation: unknown) {
  requirePermission(actor, "promoItem.view");
  const location = typeof rawLocation === "string" ? rawLocation.trim() : "";
  const locations = (await db.promoItem.findMany({ distinct: ["location"], orderBy: { location: "asc" }, select: { location: true } })).map((row) => row.location);
  if (!location) return { location: null, locations, items: [] };
  const items = await db.promoItem.findMany({
    where: { location, OR: [{ isActive: true }, { onHand: { gt: 0 } }] },
    orderBy: [{ category: "asc" }, { name: "asc" }],
    select: { id: true, sku: true, name: true, category: true, unit: true, onHand: true },
  });
  const last = await db.stocktake.findFirst({ where: { location }, orderBy: { countedAt: "desc" }, select: { countedAt: true } });
  return { location, locations, items, lastCountedAt: last?.countedAt ?? null };
}

/** Low stock for the assistant's home and the head's dashboard: active items below their minimum, the emptiest first. */
export async function listLowStockItems(actor: Actor | null, limit = 20) {
  requirePermission(actor, "promoItem.view");
  const rows = await db.promoItem.findMany({
    where: { isActive: true, ...lowStockWhere() },
    select: { id: true, sku: true, name: true, unit: true, location: true, onHand: true, minimumStock: true },
    take: 500,
  });
  return rows.sort((a, b) => a.onHand / a.minimumStock - b.onHand / b.minimumStock || a.name.localeCompare(b.name, "cs")).slice(0, limit);
}

/**
 * Issues by purpose and month (of the issue, in the city's time zone): quantity and value at average cost.
 * An undone issue counts against its own month, so the report shows what really left the store.
 */
export async function issuesReport(actor: Actor | null, rawFilter: unknown = {}, now = new Date()) {
  requirePermission(actor, "promoItem.view");
  const filter = parseInput(reportFilterSchema, rawFilter ?? {});
  const timeZone = config().CITY_TIME_ZONE;
  const since = new Date(now.getTime() - filter.months * 31 * 24 * 3_600_000);
  const rows = await db.$queryRaw<Array<{ month: string; purpose: IssuePurpose; quantity: number; value: number; issues: number }>>`
    SELECT to_char(date_trunc('month', COALESCE(o."occurredAt", m."occurredAt") AT TIME ZONE ${timeZone}), 'YYYY-MM') AS "month",
           m."purpose"::text AS "purpose",
           (-sum(m."quantity"))::int AS "quantity",
           (-sum(m."valueDelta"))::int AS "value",
           (count(*) FILTER (WHERE m."kind" = 'ISSUE') - count(*) FILTER (WHERE m."kind" = 'REVERSAL'))::int AS "issues"
    FROM "StockMovement" m
    LEFT JOIN "StockMovement" o ON o."id" = m."reversesId"
    WHERE m."purpose" IS NOT NULL
      AND (m."kind" = 'ISSUE' OR (m."kind" = 'REVERSAL' AND o."kind" = 'ISSUE'))
      AND COALESCE(o."occurredAt", m."occurredAt") >= ${since}
    GROUP BY 1, 2
    ORDER BY 1 DESC, 2`;
  const months = [...new Set(rows.map((row) => row.month))];
  const purposes = [...new Set(rows.map((row) => row.purpose))];
  const byPurpose = new Map<string, { quantity: number; value: number }>();
  for (const row of rows) {
    const total = byPurpose.get(row.purpose) ?? { quantity: 0, value: 0 };
    total.quantity += row.quantity;
    total.value += row.value;
    byPurpose.set(row.purpose, total);
  }
  return {
    months: filter.months,
    rows,
    monthList: months,
    purposes,
    totals: [...byPurpose.entries()].map(([purpose, total]) => ({ purpose: purpose as IssuePurpose, ...total })).sort((a, b) => b.value - a.value),
    grandTotal: rows.reduce((sum, row) => ({ quantity: sum.quantity + row.quantity, value: sum.value + row.value }), { quantity: 0, value: 0 }),
  };
}

/** The photo's storage key (staff only). */
export async function promoItemPhoto(actor: Actor | null, id: string) {
  requirePermission(actor, "promoItem.view");
  if (!z.uuid().safeParse(id).success) throw new NotFoundError();
  const item = await db.promoItem.findUnique({ where: { id }, select: { photoKey: true, photoMime: true } });
  if (!item?.photoKey || !item.photoMime) throw new NotFoundError();
  return { key: item.photoKey, mimeType: item.photoMime };
}
