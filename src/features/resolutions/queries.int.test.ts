import { describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "@/server/errors";
import { makePressRelease, makeResolution, makeUser, unique } from "../../../tests/support/factories";
import { getResolution, listRegister } from "./queries";

describe("resolution queries", () => {
  it("getResolution brings the linked releases with their status", async () => {
    const { actor } = await makeUser({ roles: ["HEAD_OF_OFFICE"] });
    const resolution = await makeResolution();
    const release = await makePressRelease({ status: "PUBLISHED", resolutionIds: [resolution.id] });
    const found = await getResolution(actor, resolution.id);
    expect(found).toMatchObject({ id: resolution.id, version: 1, releases: [{ id: release.id, title: release.title, status: "PUBLISHED" }] });
    await expect(getResolution(actor, crypto.randomUUID())).rejects.toBeInstanceOf(NotFoundError);
    await expect(getResolution(actor, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("listRegister searches the whole register and marks what a published release communicates", async () => {
    const { actor } = await makeUser({ roles: ["PR_STAFF"] });
    const word = unique("hledane");
    const communicated = await makeResolution({ title: `Sdělené ${word}` });
    const pending = await makeResolution({ title: `Nesdělené ${word}` });
    await makePressRelease({ status: "PUBLISHED", resolutionIds: [communicated.id] });
    await makePressRelease({ status: "DRAFT", resolutionIds: [pending.id] });
    const page = await listRegister(actor, { q: word });
    expect(page.total).toBe(2);
    expect(Object.fromEntries(page.rows.map((row) => [row.id, row.communicated]))).toEqual({ [communicated.id]: true, [pending.id]: false });
  });

  it("the assistant sees no register", async () => {
    const { actor } = await makeUser({ roles: ["ASSISTANT"] });
    await expect(listRegister(actor)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
