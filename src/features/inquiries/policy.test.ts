import { describe, expect, it } from "vitest";
import type { Actor } from "@/server/authz/permissions";
import type { Role } from "@/server/authz/roles";
import { allowedActions, canApprove, defaultOwner, isAllowedFrom, isOverdue, isSpokespersonAway, statusAfter, TRANSITIONS } from "./policy";
import { INQUIRY_STATUSES } from "./schema";

const actor = (id: string, ...roles: Role[]): Pick<Actor, "id" | "roles"> => ({ id, roles });
const head = actor("h", "HEAD_OF_OFFICE");
const spokes = actor("s", "SPOKESPERSON");
const pr = actor("p", "PR_STAFF");
const assistant = actor("a", "ASSISTANT");
const admin = actor("x", "ADMIN");
const fresh = { status: "IN_PROGRESS" as const, standInId: null, answerDraft: null, answerApprovedAt: null };

describe("inquiry workflow", () => {
  it("goes NEW → IN_PROGRESS → WAITING_FOR_DEPARTMENT → ANSWERED → CLOSED", () => {
    expect(statusAfter("assign", "NEW")).toBe("IN_PROGRESS");
    expect(statusAfter("draft", "NEW")).toBe("IN_PROGRESS");
    expect(statusAfter("consult", "IN_PROGRESS")).toBe("WAITING_FOR_DEPARTMENT");
    expect(statusAfter("assign", "WAITING_FOR_DEPARTMENT")).toBe("WAITING_FOR_DEPARTMENT");
    expect(statusAfter("send", "WAITING_FOR_DEPARTMENT")).toBe("ANSWERED");
    expect(statusAfter("recordGiven", "IN_PROGRESS")).toBe("ANSWERED");
    expect(statusAfter("close", "ANSWERED")).toBe("CLOSED");
  });

  it("allows each step only from its statuses", () => {
    const table = Object.fromEntries(
      Object.keys(TRANSITIONS).map((action) => [action, INQUIRY_STATUSES.filter((status) => isAllowedFrom(action as keyof typeof TRANSITIONS, status))]),
    );
    expect(table).toEqual({
      edit: ["NEW", "IN_PROGRESS", "WAITING_FOR_DEPARTMENT"],
      assign: ["NEW", "IN_PROGRESS", "WAITING_FOR_DEPARTMENT"],
      consult: ["NEW", "IN_PROGRESS", "WAITING_FOR_DEPARTMENT"],
      consultationResponse: ["IN_PROGRESS", "WAITING_FOR_DEPARTMENT"],
      draft: ["NEW", "IN_PROGRESS", "WAITING_FOR_DEPARTMENT"],
      approve: ["IN_PROGRESS", "WAITING_FOR_DEPARTMENT"],
      send: ["IN_PROGRESS", "WAITING_FOR_DEPARTMENT"],
      recordGiven: ["IN_PROGRESS", "WAITING_FOR_DEPARTMENT"],
      resend: ["ANSWERED"],
      close: ["ANSWERED"],
      link: ["NEW", "IN_PROGRESS", "WAITING_FOR_DEPARTMENT", "ANSWERED", "CLOSED"],
    });
    // Nothing leaves CLOSED but a link; an answered inquiry cannot be answered twice.
    expect(isAllowedFrom("send", "ANSWERED")).toBe(false);
    expect(isAllowedFrom("draft", "CLOSED")).toBe(false);
  });
});

describe("who may do what", () => {
  it("shows the answer steps only with a draft, approval before sending", () => {
    expect(allowedActions(spokes, fresh, false)).toEqual(["edit", "assign", "consult", "consultationResponse", "draft", "link"]);
    const drafted = { ...fresh, answerDraft: "Odpověď." };
    expect(allowedActions(spokes, drafted, false)).toContain("approve");
    expect(allowedActions(spokes, drafted, false)).not.toContain("send");
    expect(allowedActions(spokes, drafted, false)).toContain("recordGiven");
    const approved = { ...drafted, answerApprovedAt: new Date() };
    expect(allowedActions(spokes, approved, false)).toContain("send");
    expect(allowedActions(spokes, approved, false)).not.toContain("approve");
    const answered = { ...approved, status: "ANSWERED" as const };
    expect(allowedActions(spokes, { ...answered, sentStatus: "SENT" as const }, false)).not.toContain("resend");
    expect(allowedActions(spokes, { ...answered, sentStatus: "FAILED" as const }, false)).toContain("resend");
    expect(allowedActions(pr, { ...answered, sentStatus: "FAILED" as const }, false)).not.toContain("resend");
  });

  it("lets PR staff prepare but not approve; the assistant and the administrator nothing", () => {
    const drafted = { ...fresh, answerDraft: "Odpověď." };
    expect(allowedActions(pr, drafted, false)).toEqual(["edit", "assign", "consult", "consultationResponse", "draft", "link"]);
    expect(allowedActions(assistant, drafted, false)).toEqual([]);
    expect(allowedActions(admin, drafted, false)).toEqual([]);
    expect(allowedActions(null, drafted, false)).toEqual([]);
    expect(allowedActions(head, drafted, false)).toContain("approve");
  });

  it("lets the named stand-in approve only while the spokesperson is away", () => {
    const inquiry = { standInId: pr.id };
    expect(canApprove(pr, inquiry, false)).toBe(false);
    expect(canApprove(pr, inquiry, true)).toBe(true);
    expect(canApprove(actor("other", "PR_STAFF"), inquiry, true)).toBe(false);
    expect(canApprove(assistant, { standInId: assistant.id }, true)).toBe(false);
    expect(canApprove(head, { standInId: null }, true)).toBe(true);
  });
});

describe("the spokesperson's absence", () => {
  const settings = { spokespersonAway: true, awayFrom: "2026-07-01", awayUntil: "2026-07-14", inquiryStandInId: "" };
  it("counts only within the date range, both days included", () => {
    expect(isSpokespersonAway(settings, "2026-06-30")).toBe(false);
    expect(isSpokespersonAway(settings, "2026-07-01")).toBe(true);
    expect(isSpokespersonAway(settings, "2026-07-14")).toBe(true);
    expect(isSpokespersonAway(settings, "2026-07-15")).toBe(false);
    expect(isSpokespersonAway({ ...settings, awayFrom: "", awayUntil: "" }, "2030-01-01")).toBe(true);
    expect(isSpokespersonAway({ ...settings, spokespersonAway: false }, "2026-07-05")).toBe(false);
  });

  it("gives new inquiries to the stand-in, else to the head of office", () => {
    expect(defaultOwner({ away: true, standInId: "st", headId: "h", actorId: "me" })).toEqual({ ownerId: "st", standInId: "st" });
    expect(defaultOwner({ away: true, standInId: null, headId: "h", actorId: "me" })).toEqual({ ownerId: "h", standInId: "h" });
    expect(defaultOwner({ away: true, standInId: "st", headId: "h", chosenOwnerId: "o", actorId: "me" })).toEqual({ ownerId: "o", standInId: "st" });
    expect(defaultOwner({ away: false, standInId: "st", headId: "h", actorId: "me" })).toEqual({ ownerId: "me", standInId: null });
  });
});

describe("overdue", () => {
  const now = new Date("2026-03-10T12:00:00Z");
  it("is a passed deadline on an inquiry not yet answered", () => {
    const past = new Date("2026-03-10T11:00:00Z");
    expect(isOverdue({ status: "NEW", deadline: past }, now)).toBe(true);
    expect(isOverdue({ status: "WAITING_FOR_DEPARTMENT", deadline: past }, now)).toBe(true);
    expect(isOverdue({ status: "ANSWERED", deadline: past }, now)).toBe(false);
    expect(isOverdue({ status: "CLOSED", deadline: past }, now)).toBe(false);
    expect(isOverdue({ status: "NEW", deadline: new Date("2026-03-10T13:00:00Z") }, now)).toBe(false);
  });
});
