import "server-only";
import type { SearchSource } from "@/lib/overview";
import { searchWords } from "@/lib/search-words";
import { type Actor, can, requirePermission } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { normalizeText } from "@/features/media-contacts/normalize";
import { listLowStockItems } from "./queries";

// What the promotional stock offers to the dashboard and global search.

/** The dashboard's stock tile: the low-stock count and the worst few, from the home card's one query. */
export async function lowStockSummary(actor: Actor | null, shown = 5) {
  requirePermission(actor, "promoItem.view");
  const items = await listLowStockItems(actor, 500);
  return { count: items.length, items: items.slice(0, shown), href: "/promo-items?low=1" };
}

/** Global search: name, SKU, category and supplier through the list's stored searchText (active and inactive items). */
export const searchPromoItems: SearchSource = async (actor, query, limit) => {
  if (!can(actor, "promoItem.view")) return [];
  const words = searchWords(query).map(normalizeText).filter(Boolean);
  if (words.length === 0) return [];
  const rows = await db.promoItem.findMany({
    where: { AND: words.map((word) => ({ searchText: { contains: word } })) },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, name: true, sku: true, onHand: true, unit: true },
  });
  return rows.map((row) => ({ kind: "promoItem", id: row.id, title: row.name, subtitle: `${row.sku} · ${row.onHand} ${row.unit}`, href: `/promo-items/${row.id}` }));
};
