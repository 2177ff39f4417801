import { describe, expect, it } from "vitest";
import type { Role } from "@/server/authz/roles";
import { canApproveVariant, canSaveVariant, variantApprovalDecision } from "./policy";

const actor = (id: string, ...roles: Role[]) => ({ id, roles });

describe("variantApprovalDecision (four eyes)", () => {
  it.each([
    [null, "someone", "forbidden"],
    [actor("a", "PR_STAFF"), "b", "forbidden"],
    [actor("a", "HEAD_OF_OFFICE"), "b", "allowed"],
    [actor("a", "HEAD_OF_OFFICE"), null, "allowed"],
    [actor("a", "HEAD_OF_OFFICE", "PR_STAFF"), "a", "cannotApproveOwn"],
    [actor("a", "SPOKESPERSON"), "a", "selfApproved"],
    [actor("a", "SPOKESPERSON"), "b", "allowed"],
  ] as const)("%j, last saved by %s → %s", (who, lastSavedById, decision) => {
    expect(variantApprovalDecision(who, lastSavedById)).toBe(decision);
  });
});

describe("canSaveVariant / canApproveVariant", () => {
  it("needs pressRelease.draft and an approved, scheduled or published release", () => {
    for (const status of ["APPROVED", "SCHEDULED", "PUBLISHED"]) expect(canSaveVariant(actor("a", "PR_STAFF"), status)).toBe(true);
    for (const status of ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "WITHDRAWN"]) expect(canSaveVariant(actor("a", "PR_STAFF"), status)).toBe(false);
    expect(canSaveVariant(actor("a", "HEAD_OF_OFFICE"), "APPROVED")).toBe(false);
  });

  it("offers approval only for a saved, unapproved variant someone else saved last (or to the spokesperson)", () => {
    const head = actor("h", "HEAD_OF_OFFICE");
    expect(canApproveVariant(head, "APPROVED", { approvedAt: null, lastSavedById: "p" })).toBe(true);
    expect(canApproveVariant(head, "APPROVED", null)).toBe(false);
    expect(canApproveVariant(head, "APPROVED", { approvedAt: new Date(), lastSavedById: "p" })).toBe(false);
    expect(canApproveVariant(head, "DRAFT", { approvedAt: null, lastSavedById: "p" })).toBe(false);
    expect(canApproveVariant(actor("h", "HEAD_OF_OFFICE", "PR_STAFF"), "APPROVED", { approvedAt: null, lastSavedById: "h" })).toBe(false);
    expect(canApproveVariant(actor("s", "SPOKESPERSON"), "PUBLISHED", { approvedAt: null, lastSavedById: "s" })).toBe(true);
  });
});
