// Record-level rules of the promotional-items store, pure (unit-tested; the service and pages use them).
import type { MovementKind } from "./schema";

/** Below the minimum: the item is low on stock (an item without a minimum never is). */
export function isLowStock(item: { onHand: number; minimumStock: number }): boolean {
  return item.minimumStock > 0 && item.onHand < item.minimumStock;
}

/**
 * A movement that takes the stock from at or above the minimum to below it is a "crossing": one e-mail
 * to the assistants. Going further down is not another crossing; climbing back and falling again is.
 */
export function crossesBelowMinimum(before: number, after: number, minimumStock: number): boolean {
  return minimumStock > 0 && before >= minimumStock && after < minimumStock;
}

/** Whether the ledger offers "undo" on a movement: never on a reversal, never twice. */
export function canReverse(movement: { kind: MovementKind; reversedById: string | null }): boolean {
  return movement.kind !== "REVERSAL" && movement.reversedById === null;
}
