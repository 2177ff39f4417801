import { describe, expect, it } from "vitest";
import { can, PERMISSIONS } from "@/server/authz/permissions";
import { canReverse, crossesBelowMinimum, isLowStock } from "./policy";

describe("promotional items policy", () => {
  it("names who sees and who keeps the store", () => {
    expect(PERMISSIONS["promoItem.view"]).toEqual(["HEAD_OF_OFFICE", "PR_STAFF", "ASSISTANT"]);
    expect(PERMISSIONS["promoItem.manage"]).toEqual(["PR_STAFF", "ASSISTANT"]);
    expect(can({ roles: ["HEAD_OF_OFFICE"] }, "promoItem.manage")).toBe(false);
    expect(can({ roles: ["SPOKESPERSON"] }, "promoItem.view")).toBe(false);
    expect(can({ roles: ["ADMIN"] }, "promoItem.view")).toBe(false);
  });

  it("is low below the minimum, never without one", () => {
    expect(isLowStock({ onHand: 4, minimumStock: 5 })).toBe(true);
    expect(isLowStock({ onHand: 5, minimumStock: 5 })).toBe(false);
    expect(isLowStock({ onHand: 0, minimumStock: 0 })).toBe(false);
  });

  it("crosses the minimum once on the way down", () => {
    expect(crossesBelowMinimum(5, 4, 5)).toBe(true);
    expect(crossesBelowMinimum(10, 0, 5)).toBe(true);
    expect(crossesBelowMinimum(4, 3, 5)).toBe(false);
    expect(crossesBelowMinimum(4, 6, 5)).toBe(false);
    expect(crossesBelowMinimum(1, 0, 0)).toBe(false);
  });

  it("reverses a movement once, and never a reversal", () => {
    expect(canReverse({ kind: "ISSUE", reversedById: null })).toBe(true);
    expect(canReverse({ kind: "ISSUE", reversedById: "x" })).toBe(false);
    expect(canReverse({ kind: "REVERSAL", reversedById: null })).toBe(false);
  });
});
