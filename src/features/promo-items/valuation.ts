// Stock arithmetic at weighted average cost, pure: the service applies it to the locked item row, the demo
// seed to its rows, so that the ledger always sums to what the item shows. Money in haléře (integers).
//
// The value of an issue is the on-hand value's share of the issued quantity (rounded to a haléř); the
// last unit out takes whatever value is left, so rounding never leaves a value on an empty shelf and
// the sum of the ledger's valueDelta equals stockValue exactly.

export interface StockState {
  onHand: number;
  /** Value of what is on hand, haléře. */
  stockValue: number;
  /** The last receipt's unit cost: values goods coming in when nothing is on hand. */
  lastUnitCost: number;
}

export interface StockChange {
  /** Signed: + in, − out. */
  quantity: number;
  /** Signed change of the stock value, haléře. */
  valueDelta: number;
}

export class InsufficientStockError extends Error {
  constructor(
    readonly onHand: number,
    readonly requested: number,
  ) {
    super(`insufficient stock: ${onHand} on hand, ${requested} requested`);
  }
}

/** Average cost per unit in haléře (fractional); the last receipt's cost when nothing is on hand. */
export function averageCost(state: StockState): number {
  return state.onHand > 0 ? state.stockValue / state.onHand : state.lastUnitCost;
}

/** What `quantity` units going out are worth (positive). */
export function outgoingValue(state: StockState, quantity: number): number {
  if (quantity > state.onHand) throw new InsufficientStockError(state.onHand, quantity);
  if (quantity === state.onHand) return state.stockValue;
  return Math.round((state.stockValue * quantity) / state.onHand);
}

/** What `quantity` units coming in are worth: at the given unit cost, else at the average cost. */
export function incomingValue(state: StockState, quantity: number, unitCost?: number): number {
  return Math.round(quantity * (unitCost ?? averageCost(state)));
}

/** A receipt: in at its unit cost; the item remembers the cost. */
export function receipt(state: StockState, quantity: number, unitCost: number): StockChange {
  return { quantity, valueDelta: incomingValue(state, quantity, unitCost) };
}

/** An issue or a write-off: out at average cost. */
export function outgoing(state: StockState, quantity: number): StockChange {
  return { quantity: -quantity, valueDelta: -outgoingValue(state, quantity) };
}

/** A return or a count surplus: in at average cost. */
export function incoming(state: StockState, quantity: number): StockChange {
  return { quantity, valueDelta: incomingValue(state, quantity) };
}

/** A stocktake's difference: counted − expected, valued like a return or an issue. */
export function adjustment(state: StockState, counted: number): StockChange | null {
  const difference = counted - state.onHand;
  if (difference === 0) return null;
  return difference > 0 ? incoming(state, difference) : outgoing(state, -difference);
}

/**
 * The opposite of a movement, at the same value. If the average cost moved since (later receipts at
 * another price), the exact opposite could leave a negative value or a value on an empty shelf: the
 * value is then clamped (`apply` does it) and the reversal records what it really changed.
 */
export function reversal(original: StockChange): StockChange {
  return { quantity: -original.quantity, valueDelta: -original.valueDelta };
}

/**
 * Applies a change: refuses to go below zero, keeps the value within [0, …] and zero on an empty shelf.
 * Returns the new state and the value change actually applied (what the ledger records).
 */
export function apply(state: StockState, change: StockChange, receiptUnitCost?: number): { state: StockState; applied: StockChange } {
  const onHand = state.onHand + change.quantity;
  if (onHand < 0) throw new InsufficientStockError(state.onHand, -change.quantity);
  const stockValue = onHand === 0 ? 0 : Math.max(0, state.stockValue + change.valueDelta);
  return {
    state: { onHand, stockValue, lastUnitCost: receiptUnitCost ?? state.lastUnitCost },
    applied: { quantity: change.quantity, valueDelta: stockValue - state.stockValue },
  };
}
