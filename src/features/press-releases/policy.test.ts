import { describe, expect, it } from "vitest";
import type { Role } from "@/server/authz/roles";
import { allowedActions, allowedTransitions, approvalDecision, canApprove, canEdit, canSubmit, visibleWhere } from "./policy";
import { RELEASE_STATUSES, type ReleaseStatus } from "./schema";

const person = (id: string, ...roles: Role[]) => ({ id, roles });
const author = person("author", "PR_STAFF");
const otherPr = person("other-pr", "PR_STAFF");
const spokes = person("spokes", "SPOKESPERSON");
const head = person("head", "HEAD_OF_OFFICE");
const assistant = person("assistant", "ASSISTANT");
const on = { spokespersonMayPublishOwn: true };
const off = { spokespersonMayPublishOwn: false };
const release = (status: ReleaseStatus, authorId = "author") => ({ status, authorId });

describe("allowedTransitions", () => {
  it.each([
    ["DRAFT", ["edit", "submit", "comment"]],
    ["IN_REVIEW", ["edit", "requestChanges", "approve", "comment"]],
    ["CHANGES_REQUESTED", ["edit", "submit", "comment"]],
    ["APPROVED", ["edit", "schedule", "publish", "comment"]],
    ["SCHEDULED", ["schedule", "publish", "comment"]],
    ["PUBLISHED", ["withdraw", "correct", "comment"]],
    ["WITHDRAWN", ["comment"]],
  ] as const)("%s → %j", (status, actions) => {
    expect(allowedTransitions(status)).toEqual(actions);
  });
});

describe("canEdit", () => {
  it("lets the author edit their own DRAFT and CHANGES_REQUESTED release only", () => {
    const allowed = RELEASE_STATUSES.filter((status) => canEdit(author, release(status)));
    expect(allowed).toEqual(["DRAFT", "CHANGES_REQUESTED"]);
  });

  it("refuses other PR staff, the head, assistants and anonymous", () => {
    for (const actor of [otherPr, head, assistant, null]) {
      expect(RELEASE_STATUSES.filter((status) => canEdit(actor, release(status)))).toEqual([]);
    }
  });

  it("lets the spokesperson edit anyone's release before publication", () => {
    expect(RELEASE_STATUSES.filter((status) => canEdit(spokes, release(status)))).toEqual(["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED"]);
  });

  it("submit follows edit, from DRAFT and CHANGES_REQUESTED", () => {
    expect(RELEASE_STATUSES.filter((status) => canSubmit(author, release(status)))).toEqual(["DRAFT", "CHANGES_REQUESTED"]);
    expect(canSubmit(otherPr, release("DRAFT"))).toBe(false);
  });
});

describe("four eyes", () => {
  it("PR staff never approve, their own or anyone's", () => {
    expect(approvalDecision(author, release("IN_REVIEW"), on)).toBe("forbidden");
    expect(approvalDecision(otherPr, release("IN_REVIEW"), on)).toBe("forbidden");
  });

  it("the head and the spokesperson approve others' releases", () => {
    expect(approvalDecision(head, release("IN_REVIEW"), off)).toBe("allowed");
    expect(approvalDecision(spokes, release("IN_REVIEW"), off)).toBe("allowed");
  });

  it("the head never approves their own release, whatever the setting", () => {
    expect(approvalDecision(head, release("IN_REVIEW", "head"), on)).toBe("cannotApproveOwn");
    expect(approvalDecision(head, release("IN_REVIEW", "head"), off)).toBe("cannotApproveOwn");
  });

  it("the spokesperson approves their own only with the setting on, as a recorded exception", () => {
    expect(approvalDecision(spokes, release("IN_REVIEW", "spokes"), on)).toBe("selfApproved");
    expect(approvalDecision(spokes, release("IN_REVIEW", "spokes"), off)).toBe("cannotApproveOwn");
    expect(canApprove(spokes, release("IN_REVIEW", "spokes"), on)).toBe(true);
    expect(canApprove(spokes, release("IN_REVIEW", "spokes"), off)).toBe(false);
  });

  it("approval is possible only IN_REVIEW", () => {
    expect(RELEASE_STATUSES.filter((status) => canApprove(head, release(status), on))).toEqual(["IN_REVIEW"]);
  });
});

describe("allowedActions", () => {
  it("shows each role its buttons", () => {
    expect(allowedActions(author, release("DRAFT"), on)).toEqual(["edit", "submit", "comment"]);
    expect(allowedActions(head, release("IN_REVIEW"), on)).toEqual(["requestChanges", "approve", "comment"]);
    expect(allowedActions(spokes, release("APPROVED"), on)).toEqual(["edit", "schedule", "publish", "comment"]);
    expect(allowedActions(spokes, release("PUBLISHED"), on)).toEqual(["withdraw", "correct", "comment"]);
    expect(allowedActions(assistant, release("DRAFT"), on)).toEqual([]);
    expect(allowedActions(null, release("DRAFT"), on)).toEqual([]);
  });
});

describe("visibleWhere", () => {
  it("shows staff with pressRelease.view everything and others nothing", () => {
    expect(visibleWhere(author)).toEqual({});
    expect(visibleWhere(head)).toEqual({});
    expect(visibleWhere(assistant)).toEqual({ id: { in: [] } });
    expect(visibleWhere(null)).toEqual({ id: { in: [] } });
  });
});
