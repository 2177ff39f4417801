import "server-only";
import { db } from "@/server/db";

/** Active promotional items with stock, for the event's "issue items" form (the page shows it only with promoItem.manage). */
export async function listPromoItemOptions() {
  return db.promoItem.findMany({ where: { isActive: true, onHand: { gt: 0 } }, select: { id: true, name: true, onHand: true, unit: true }, orderBy: { name: "asc" }, take: 300 });
}
