import { describe, expect, it } from "vitest";
import type { ReleaseStatus } from "@/features/press-releases/schema";
import type { Role } from "@/server/authz/roles";
import { canManageMedia } from "./policy";

const author = { id: "author", roles: ["PR_STAFF"] as Role[] };
const otherStaff = { id: "other", roles: ["PR_STAFF"] as Role[] };
const spokes = { id: "spokes", roles: ["SPOKESPERSON"] as Role[] };
const head = { id: "head", roles: ["HEAD_OF_OFFICE"] as Role[] };
const release = (status: ReleaseStatus) => ({ authorId: "author", status });

describe("canManageMedia", () => {
  it.each([
    ["DRAFT", true, true],
    ["CHANGES_REQUESTED", true, true],
    ["IN_REVIEW", false, true],
    ["APPROVED", false, true],
    ["SCHEDULED", false, false],
    ["PUBLISHED", false, true],
    ["WITHDRAWN", false, false],
  ] as const)("%s: author %s, spokesperson %s", (status, byAuthor, bySpokesperson) => {
    expect(canManageMedia(author, release(status))).toBe(byAuthor);
    expect(canManageMedia(spokes, release(status))).toBe(bySpokesperson);
    expect(canManageMedia(otherStaff, release(status))).toBe(false);
    expect(canManageMedia(head, release(status))).toBe(false);
    expect(canManageMedia(null, release(status))).toBe(false);
  });
});
