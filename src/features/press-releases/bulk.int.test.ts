import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { ForbiddenError, UnauthenticatedError, ValidationError } from "@/server/errors";
import { makePressRelease, makeUser } from "../../../tests/support/factories";
import { submitSelectedForReview } from "./bulk";

const statuses = (ids: string[]) =>
  db.pressRelease.findMany({ where: { id: { in: ids } }, select: { id: true, status: true }, orderBy: { id: "asc" } });

describe("submitSelectedForReview (the list's bulk action)", () => {
  it("submits the drafts it may and counts the rest as failed, each with its own audit entry", async () => {
    const { actor, user } = await makeUser({ roles: ["PR_STAFF"] });
    const mine = await makePressRelease({ authorId: user.id });
    const alsoMine = await makePressRelease({ authorId: user.id, status: "CHANGES_REQUESTED" });
    const someoneElses = await makePressRelease();
    const published = await makePressRelease({ authorId: user.id, status: "PUBLISHED" });

    const result = await submitSelectedForReview(actor, { ids: [mine.id, alsoMine.id, someoneElses.id, published.id] });

    expect(result).toEqual({ done: 2, failed: 2 });
    expect(Object.fromEntries((await statuses([mine.id, alsoMine.id, someoneElses.id, published.id])).map((row) => [row.id, row.status]))).toEqual({
      [mine.id]: "IN_REVIEW",
      [alsoMine.id]: "IN_REVIEW",
      [someoneElses.id]: "DRAFT",
      [published.id]: "PUBLISHED",
    });
    expect(await db.auditLog.count({ where: { action: "pressRelease.submit", entityId: { in: [mine.id, alsoMine.id] } } })).toBe(2);
  });

  it("is refused for visitors and roles that do not draft, and changes nothing", async () => {
    const release = await makePressRelease();
    await expect(submitSelectedForReview(null, { ids: [release.id] })).rejects.toBeInstanceOf(UnauthenticatedError);
    for (const role of ["ASSISTANT", "HEAD_OF_OFFICE", "ADMIN"] as const) {
      const { actor } = await makeUser({ roles: [role] });
      await expect(submitSelectedForReview(actor, { ids: [release.id] })).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect((await statuses([release.id]))[0].status).toBe("DRAFT");
  });

  it.each([
    ["no ids", {}],
    ["not ids", { ids: ["nope"] }],
    ["too many", { ids: Array.from({ length: 101 }, () => crypto.randomUUID()) }],
    ["unknown keys", { ids: [crypto.randomUUID()], extra: 1 }],
  ])("refuses bad input (%s) with a validation error", async (_name, input) => {
    const { actor } = await makeUser({ roles: ["PR_STAFF"] });
    await expect(submitSelectedForReview(actor, input)).rejects.toBeInstanceOf(ValidationError);
  });
});
