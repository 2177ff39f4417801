import { describe, expect, it } from "vitest";
import { adjustment, apply, averageCost, incoming, InsufficientStockError, outgoing, receipt, reversal, type StockState } from "./valuation";

const empty: StockState = { onHand: 0, stockValue: 0, lastUnitCost: 0 };

function run(steps: Array<(state: StockState) => { change: { quantity: number; valueDelta: number }; cost?: number }>) {
  let state = empty;
  const ledger: Array<{ quantity: number; valueDelta: number }> = [];
  for (const step of steps) {
    const { change, cost } = step(state);
    const result = apply(state, change, cost);
    state = result.state;
    ledger.push(result.applied);
  }
  return { state, ledger };
}

describe("weighted average cost", () => {
  it("values receipts at their cost and issues at the average", () => {
    const { state, ledger } = run([
      (s) => ({ change: receipt(s, 10, 1000), cost: 1000 }), // 10 × 10 Kč
      (s) => ({ change: receipt(s, 10, 2000), cost: 2000 }), // 10 × 20 Kč → average 15 Kč
      (s) => ({ change: outgoing(s, 4) }),
    ]);
    expect(ledger[2]).toEqual({ quantity: -4, valueDelta: -6000 });
    expect(state).toEqual({ onHand: 16, stockValue: 24000, lastUnitCost: 2000 });
    expect(averageCost(state)).toBe(1500);
  });

  it("rounds each issue to a haléř and leaves no value on an empty shelf", () => {
    const { state, ledger } = run([(s) => ({ change: receipt(s, 3, 1000), cost: 1000 }), (s) => ({ change: receipt(s, 0 + 1, 1), cost: 1 })]);
    expect(state).toEqual({ onHand: 4, stockValue: 3001, lastUnitCost: 1 });
    const out = run([
      () => ({ change: { quantity: 4, valueDelta: 3001 }, cost: 1 }),
      (s) => ({ change: outgoing(s, 1) }),
      (s) => ({ change: outgoing(s, 1) }),
      (s) => ({ change: outgoing(s, 2) }),
    ]);
    expect(out.ledger.slice(1).map((row) => row.valueDelta)).toEqual([-750, -750, -1501]);
    expect(out.state.stockValue).toBe(0);
    expect(out.ledger.reduce((sum, row) => sum + row.valueDelta, 0)).toBe(0);
    expect(ledger).toHaveLength(2);
  });

  it("refuses to go below zero", () => {
    expect(() => outgoing({ onHand: 2, stockValue: 200, lastUnitCost: 100 }, 3)).toThrow(InsufficientStockError);
    expect(() => apply({ onHand: 2, stockValue: 200, lastUnitCost: 100 }, { quantity: -3, valueDelta: -300 })).toThrow(InsufficientStockError);
  });

  it("values returns and count surpluses at the average, or at the last cost when nothing is on hand", () => {
    expect(incoming({ onHand: 4, stockValue: 1000, lastUnitCost: 300 }, 2)).toEqual({ quantity: 2, valueDelta: 500 });
    expect(incoming({ onHand: 0, stockValue: 0, lastUnitCost: 300 }, 2)).toEqual({ quantity: 2, valueDelta: 600 });
    expect(adjustment({ onHand: 4, stockValue: 1000, lastUnitCost: 300 }, 4)).toBeNull();
    expect(adjustment({ onHand: 4, stockValue: 1000, lastUnitCost: 300 }, 3)).toEqual({ quantity: -1, valueDelta: -250 });
  });

  it("reverses at the same value, clamped when the average moved since", () => {
    const issued = outgoing({ onHand: 10, stockValue: 1000, lastUnitCost: 100 }, 3);
    expect(reversal(issued)).toEqual({ quantity: 3, valueDelta: 300 });
    // Received 10 at 10 Kč and 10 at 20 Kč, issued 10 (150 Kč): reversing the second receipt takes 10 units
    // but only the 150 Kč that are left.
    const state: StockState = { onHand: 10, stockValue: 15000, lastUnitCost: 2000 };
    const result = apply(state, reversal({ quantity: 10, valueDelta: 20000 }));
    expect(result.state).toEqual({ onHand: 0, stockValue: 0, lastUnitCost: 2000 });
    expect(result.applied).toEqual({ quantity: -10, valueDelta: -15000 });
  });
});
