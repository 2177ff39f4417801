import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/authz/permissions";
import type { Role } from "@/server/authz/roles";
import { db } from "@/server/db";
import { ConflictError, ForbiddenError, NotFoundError, PreconditionError, UnauthenticatedError, ValidationError } from "@/server/errors";
import { isEmbedded } from "../../../tests/support/database";
import { makePressRelease, makeUser } from "../../../tests/support/factories";
import { expectRefusedWithoutChange } from "../../../tests/support/snapshot";
import { listChannelVariants } from "./queries";
import { approveChannelVariant, saveChannelVariant } from "./service";
import { updatePressRelease } from "@/features/press-releases/service";

// ---------------------------------------------------------------------------------------------------
// Helpers

/** Everything a variant step could touch, next to the users' snapshot (which counts audit rows). */
async function variantSnapshot() {
  return {
    variants: await db.channelVariant.findMany({ orderBy: { id: "asc" } }),
    releases: await db.pressRelease.findMany({ orderBy: { id: "asc" } }),
  };
}

async function expectRefused<E extends Error>(attempt: () => Promise<unknown>, errorClass: new (...args: never[]) => E, shape?: Record<string, unknown>) {
  const before = await variantSnapshot();
  const error = await expectRefusedWithoutChange(attempt, errorClass, shape);
  expect(await variantSnapshot(), "variant data changed").toEqual(before);
  return error;
}

const actorOf = async (...roles: Role[]) => (await makeUser({ roles })).actor;

function auditOf(entityId: string) {
  return db.auditLog.findMany({ where: { entityType: "ChannelVariant", entityId }, orderBy: { id: "asc" } });
}

const SMS_TEXT = "Uzavírka Masarykovy ulice od pondělí 3. 3. Objízdná trasa vyznačena.";

let pr: Actor;
let pr2: Actor;
let spokes: Actor;
let head: Actor;
let assistant: Actor;
let admin: Actor;

beforeAll(async () => {
  [pr, pr2, spokes, head, assistant, admin] = await Promise.all([
    actorOf("PR_STAFF"),
    actorOf("PR_STAFF"),
    actorOf("SPOKESPERSON"),
    actorOf("HEAD_OF_OFFICE"),
    actorOf("ASSISTANT"),
    actorOf("ADMIN"),
  ]);
});

const approvedRelease = (status: "APPROVED" | "SCHEDULED" | "PUBLISHED" = "APPROVED") => makePressRelease({ status });

// ---------------------------------------------------------------------------------------------------

describe("saveChannelVariant", () => {
  it.each(["APPROVED", "SCHEDULED", "PUBLISHED"] as const)("creates a variant of a %s release, with its audit entry", async (status) => {
    const release = await approvedRelease(status);
    const saved = await saveChannelVariant(pr, { pressReleaseId: release.id, channel: "SMS", text: `  ${SMS_TEXT}\r\n` });
    expect(saved).toMatchObject({ pressReleaseId: release.id, channel: "SMS", version: 0, approved: false });
    const row = await db.channelVariant.findUniqueOrThrow({ where: { id: saved.id } });
    expect(row).toMatchObject({ pressReleaseId: release.id, channel: "SMS", text: SMS_TEXT, version: 0, approvedById: null, approvedAt: null });
    const audit = await auditOf(saved.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "channelVariant.save", actorId: pr.id, before: null, after: { text: SMS_TEXT, channel: "SMS", version: 0 } });
  });

  it("updates with the current version, and a changed text clears the approval", async () => {
    const release = await approvedRelease();
    const created = await saveChannelVariant(pr, { pressReleaseId: release.id, channel: "SOCIAL", text: "První verze 🙂" });
    const approved = await approveChannelVariant(head, { id: created.id, version: created.version });
    expect(approved).toMatchObject({ version: 1, approved: true, selfApproved: false });

    const updated = await saveChannelVariant(pr, { pressReleaseId: release.id, channel: "SOCIAL", text: "Druhá verze 🙂", version: "1" });
    expect(updated).toMatchObject({ id: created.id, version: 2, approved: false });
    const row = await db.channelVariant.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ text: "Druhá verze 🙂", version: 2, approvedById: null, approvedAt: null });
    const audit = await auditOf(created.id);
    expect(audit.map((entry) => entry.action)).toEqual(["channelVariant.save", "channelVariant.approve", "channelVariant.save"]);
    expect(audit[2]).toMatchObject({ before: { text: "První verze 🙂", approvedById: head.id }, after: { text: "Druhá verze 🙂", approvedById: null, approvalCleared: true } });
  });

  it("saving the same text again changes nothing and keeps the approval", async () => {
    const release = await approvedRelease();
    const created = await saveChannelVariant(pr, { pressReleaseId: release.id, channel: "RADIO", text: "Rada města dnes schválila rozpočet." });
    const approved = await approveChannelVariant(head, { id: created.id, version: 0 });
    const again = await saveChannelVariant(pr, { pressReleaseId: release.id, channel: "RADIO", text: "Rada města dnes schválila rozpočet.\n", version: approved.version });
    expect(again).toMatchObject({ version: approved.version, approved: true });
    expect(await auditOf(created.id)).toHaveLength(2);
  });

  it("keeps one variant per channel: the three channels are separate rows", async () => {
    const release = await approvedRelease();
    for (const channel of ["SMS", "SOCIAL", "RADIO"]) await saveChannelVariant(spokes, { pressReleaseId: release.id, channel, text: `Text ${channel}` });
    expect(await db.channelVariant.count({ where: { pressReleaseId: release.id } })).toBe(3);
  });

  it("refuses a stale or missing version, and a second first save of the same channel", async () => {
    const release = await approvedRelease();
    const created = await saveChannelVariant(pr, { pressReleaseId: release.id, channel: "SMS", text: "Verze A" });
    await saveChannelVariant(pr2, { pressReleaseId: release.id, channel: "SMS", text: "Verze B", version: 0 });
    await expectRefused(() => saveChannelVariant(pr, { pressReleaseId: release.id, channel: "SMS", text: "Verze C", version: 0 }), ConflictError, { messageKey: "staleVersion" });
    // An editor opened before anyone created the variant sends no version.
    await expectRefused(() => saveChannelVariant(pr, { pressReleaseId: release.id, channel: "SMS", text: "Verze D", version: "" }), ConflictError, { messageKey: "staleVersion" });
    expect((await db.channelVariant.findUniqueOrThrow({ where: { id: created.id } })).text).toBe("Verze B");
  });

  it.skipIf(isEmbedded)("two first saves of one channel at once make one variant; the other is told staleVersion", async () => {
    const release = await approvedRelease();
    const results = await Promise.allSettled(
      [pr, pr2, spokes, pr, pr2].map((actor, n) => saveChannelVariant(actor, { pressReleaseId: release.id, channel: "SOCIAL", text: `Souběh ${n}` })),
    );
    const fulfilled = results.filter((outcome) => outcome.status === "fulfilled");
    const rejected = results.filter((outcome): outcome is PromiseRejectedResult => outcome.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    for (const outcome of rejected) expect(outcome.reason).toMatchObject({ messageKey: "staleVersion" });
    const rows = await db.channelVariant.findMany({ where: { pressReleaseId: release.id } });
    expect(rows).toHaveLength(1);
    expect(await auditOf(rows[0].id)).toHaveLength(1);
  });

  it.each(["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "WITHDRAWN"] as const)("is refused for a %s release", async (status) => {
    const release = await makePressRelease({ status });
    await expectRefused(() => saveChannelVariant(pr, { pressReleaseId: release.id, channel: "SMS", text: "Text" }), PreconditionError, { messageKey: "releaseWrongStatus" });
  });

  it("answers NotFound for an unknown release", async () => {
    await expectRefused(() => saveChannelVariant(pr, { pressReleaseId: crypto.randomUUID(), channel: "SMS", text: "Text" }), NotFoundError);
  });

  it("is refused for a visitor and for roles without pressRelease.draft, changing nothing", async () => {
    const release = await approvedRelease();
    const input = { pressReleaseId: release.id, channel: "SMS", text: "Text" };
    await expectRefused(() => saveChannelVariant(null, input), UnauthenticatedError);
    for (const actor of [head, assistant, admin]) await expectRefused(() => saveChannelVariant(actor, input), ForbiddenError);
  });

  it("checks the permission before the input", async () => {
    await expectRefused(() => saveChannelVariant(assistant, { nonsense: true }), ForbiddenError);
  });

  it.each([
    [{ channel: "SMS", text: "" }, "text", "required"],
    [{ channel: "SMS", text: "   \n " }, "text", "required"],
    [{ channel: "FAX", text: "Text" }, "channel", "invalidChoice"],
    [{ channel: "SMS", text: "Text", extra: "x" }, "extra", "unknownField"],
    [{ channel: "SMS", text: "Text", version: "-1" }, "version", "tooSmall"],
    [{ channel: "SMS", text: "a".repeat(1531) }, "text", "smsTooManySegments"],
    [{ channel: "SMS", text: "ř".repeat(671) }, "text", "smsTooManySegments"],
    [{ channel: "SOCIAL", text: "🙂".repeat(501) }, "text", "tooLong"],
    [{ channel: "RADIO", text: "a".repeat(3001) }, "text", "tooLong"],
  ])("refuses bad input %j: %s → %s", async (fields, field, key) => {
    const release = await approvedRelease();
    const error = await expectRefused(() => saveChannelVariant(pr, { pressReleaseId: release.id, ...fields }), ValidationError);
    expect(error.fieldIssues[field]?.[0]?.key).toBe(key);
  });

  it("accepts exactly the limits: 1,530 GSM-7 characters (10 parts), 670 UCS-2, 500 emoji, 3,000 radio characters", async () => {
    const release = await approvedRelease();
    await saveChannelVariant(pr, { pressReleaseId: release.id, channel: "SMS", text: "a".repeat(1530) });
    const sms = await saveChannelVariant(pr, { pressReleaseId: release.id, channel: "SMS", text: "ř".repeat(670), version: 0 });
    expect(sms.version).toBe(1);
    await saveChannelVariant(pr, { pressReleaseId: release.id, channel: "SOCIAL", text: "🙂".repeat(500) });
    await saveChannelVariant(pr, { pressReleaseId: release.id, channel: "RADIO", text: "a".repeat(3000) });
    expect(await db.channelVariant.count({ where: { pressReleaseId: release.id } })).toBe(3);
  });

  it("refuses a malformed release id", async () => {
    const error = await expectRefused(() => saveChannelVariant(pr, { pressReleaseId: "not-a-uuid", channel: "SMS", text: "Text" }), ValidationError);
    expect(Object.keys(error.fieldIssues)).toEqual(["pressReleaseId"]);
  });
});

describe("approveChannelVariant", () => {
  it("approves one variant on its own, with its audit entry", async () => {
    const release = await approvedRelease("PUBLISHED");
    const sms = await saveChannelVariant(pr, { pressReleaseId: release.id, channel: "SMS", text: SMS_TEXT });
    const social = await saveChannelVariant(pr, { pressReleaseId: release.id, channel: "SOCIAL", text: "Post" });
    const approved = await approveChannelVariant(head, { id: sms.id, version: "0" });
    expect(approved).toMatchObject({ id: sms.id, version: 1, approved: true, selfApproved: false });
    const row = await db.channelVariant.findUniqueOrThrow({ where: { id: sms.id } });
    expect(row.approvedById).toBe(head.id);
    expect(row.approvedAt).toBeInstanceOf(Date);
    expect((await db.channelVariant.findUniqueOrThrow({ where: { id: social.id } })).approvedAt).toBeNull();
    const audit = await auditOf(sms.id);
    expect(audit.at(-1)).toMatchObject({ action: "channelVariant.approve", actorId: head.id, before: { approvedById: null }, after: { approvedById: head.id, version: 1 } });
  });

  it("four eyes: the spokesperson (pressRelease.publish) may approve what they saved last; the audit entry says so", async () => {
    const release = await approvedRelease();
    const saved = await saveChannelVariant(spokes, { pressReleaseId: release.id, channel: "SMS", text: "SMS" });
    const own = await approveChannelVariant(spokes, { id: saved.id, version: 0 });
    expect(own).toMatchObject({ approved: true, selfApproved: true });
    expect((await auditOf(saved.id)).at(-1)).toMatchObject({ action: "channelVariant.approve", actorId: spokes.id, after: { selfApproved: true } });
  });

  it("refuses the last saver without pressRelease.publish (a head of office holding a draft role too)", async () => {
    const both = (await makeUser({ roles: ["HEAD_OF_OFFICE", "PR_STAFF"] })).actor;
    const release = await approvedRelease();
    const saved = await saveChannelVariant(both, { pressReleaseId: release.id, channel: "RADIO", text: "Rozhlasová zpráva." });
    await expectRefused(() => approveChannelVariant(both, { id: saved.id, version: 0 }), PreconditionError, { messageKey: "cannotApproveOwnVariant" });
    // Someone else saving last lifts the block.
    await saveChannelVariant(pr, { pressReleaseId: release.id, channel: "RADIO", text: "Rozhlasová zpráva, upravená.", version: 0 });
    expect(await approveChannelVariant(both, { id: saved.id, version: 1 })).toMatchObject({ approved: true, selfApproved: false });
  });

  it("refuses a stale version and a second approval", async () => {
    const release = await approvedRelease();
    const saved = await saveChannelVariant(pr, { pressReleaseId: release.id, channel: "SMS", text: "A" });
    await expectRefused(() => approveChannelVariant(head, { id: saved.id, version: 5 }), ConflictError, { messageKey: "staleVersion" });
    const approved = await approveChannelVariant(head, { id: saved.id, version: 0 });
    await expectRefused(() => approveChannelVariant(spokes, { id: saved.id, version: approved.version }), PreconditionError, { messageKey: "channelVariantAlreadyApproved" });
  });

  it("is refused when the release went back to DRAFT", async () => {
    const release = await approvedRelease();
    const saved = await saveChannelVariant(pr, { pressReleaseId: release.id, channel: "SMS", text: "A" });
    await db.pressRelease.update({ where: { id: release.id }, data: { status: "DRAFT" } });
    await expectRefused(() => approveChannelVariant(head, { id: saved.id, version: 0 }), PreconditionError, { messageKey: "releaseWrongStatus" });
  });

  it("loses its approval when the approved release is edited back to DRAFT (the variant's text stays)", async () => {
    const release = await approvedRelease();
    const saved = await saveChannelVariant(pr, { pressReleaseId: release.id, channel: "SMS", text: SMS_TEXT });
    await approveChannelVariant(head, { id: saved.id, version: 0 });
    await updatePressRelease(spokes, {
      id: release.id,
      version: release.version,
      title: "Nový titulek",
      perex: release.perex,
      bodyHtml: release.bodyHtml,
      language: release.language,
    });
    const row = await db.channelVariant.findUniqueOrThrow({ where: { id: saved.id } });
    expect(row).toMatchObject({ approvedById: null, approvedAt: null, text: SMS_TEXT, version: 2 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: release.id, action: "pressRelease.update" }, orderBy: { id: "desc" } });
    expect(audit.after).toMatchObject({ status: "DRAFT", variantsUnapproved: 1 });
  });

  it("is refused for a visitor, for roles without pressRelease.approve, and for bad input, changing nothing", async () => {
    const release = await approvedRelease();
    const saved = await saveChannelVariant(pr, { pressReleaseId: release.id, channel: "SMS", text: "A" });
    await expectRefused(() => approveChannelVariant(null, { id: saved.id, version: 0 }), UnauthenticatedError);
    for (const actor of [pr2, assistant, admin]) await expectRefused(() => approveChannelVariant(actor, { id: saved.id, version: 0 }), ForbiddenError);
    const missing = await expectRefused(() => approveChannelVariant(head, { id: saved.id }), ValidationError);
    expect(Object.keys(missing.fieldIssues)).toEqual(["version"]);
    await expectRefused(() => approveChannelVariant(head, { id: saved.id, version: 0, text: "x" }), ValidationError);
    await expectRefused(() => approveChannelVariant(head, { id: crypto.randomUUID(), version: 0 }), NotFoundError);
  });
});

describe("listChannelVariants", () => {
  it("returns the three channels in order, with the approver's name and the last saver", async () => {
    const release = await approvedRelease();
    const sms = await saveChannelVariant(pr, { pressReleaseId: release.id, channel: "SMS", text: "A" });
    await approveChannelVariant(head, { id: sms.id, version: 0 });
    await saveChannelVariant(pr2, { pressReleaseId: release.id, channel: "RADIO", text: "B" });
    const list = await listChannelVariants(head, release.id);
    expect(list.releaseStatus).toBe("APPROVED");
    expect(list.channels.map((entry) => entry.channel)).toEqual(["SMS", "SOCIAL", "RADIO"]);
    expect(list.channels[0].variant).toMatchObject({ id: sms.id, text: "A", version: 1, approvedBy: { id: head.id, name: head.name }, lastSavedById: pr.id });
    expect(list.channels[1].variant).toBeNull();
    expect(list.channels[2].variant).toMatchObject({ text: "B", version: 0, approvedBy: null, approvedAt: null, lastSavedById: pr2.id });
  });

  it("is refused without pressRelease.view, and NotFound for an unknown release", async () => {
    const release = await approvedRelease();
    await expect(listChannelVariants(null, release.id)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(listChannelVariants(assistant, release.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listChannelVariants(pr, crypto.randomUUID())).rejects.toBeInstanceOf(NotFoundError);
    await expect(listChannelVariants(pr, "nope")).rejects.toBeInstanceOf(ValidationError);
  });
});
