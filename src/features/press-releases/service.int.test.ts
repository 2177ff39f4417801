import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/authz/permissions";
import type { Role } from "@/server/authz/roles";
import { db } from "@/server/db";
import { ConflictError, ForbiddenError, NotFoundError, PreconditionError, UnauthenticatedError, ValidationError } from "@/server/errors";
import { isEmbedded } from "../../../tests/support/database";
import { makePressRelease, makeResolution, makeTopic, makeUser, unique } from "../../../tests/support/factories";
import { expectRefusedWithoutChange } from "../../../tests/support/snapshot";
import { updateOfficeSettings } from "../settings/service";
import { getOfficeSettings } from "../settings/queries";
import {
  addComment,
  approvePressRelease,
  correctPressRelease,
  createPressRelease,
  publishDueReleases,
  publishNow,
  requestChanges,
  schedulePublication,
  submitForReview,
  updatePressRelease,
  withdrawPressRelease,
} from "./service";

// ---------------------------------------------------------------------------------------------------
// Helpers

/** Everything a press-release step could touch, for "nothing changed" checks (next to the users' snapshot). */
async function releaseSnapshot() {
  return {
    releases: await db.pressRelease.findMany({ orderBy: { id: "asc" } }),
    revisions: await db.pressReleaseRevision.findMany({ orderBy: { id: "asc" } }),
    comments: await db.pressReleaseComment.findMany({ orderBy: { id: "asc" } }),
    topics: await db.pressReleaseTopic.findMany({ orderBy: [{ pressReleaseId: "asc" }, { topicId: "asc" }] }),
    resolutions: await db.pressReleaseResolution.findMany({ orderBy: [{ pressReleaseId: "asc" }, { resolutionId: "asc" }] }),
    notifications: await db.notification.findMany({ orderBy: { id: "asc" } }),
    settings: await db.setting.findMany({ orderBy: { key: "asc" } }),
  };
}

async function expectRefused<E extends Error>(attempt: () => Promise<unknown>, errorClass: new (...args: never[]) => E, shape?: Record<string, unknown>) {
  const before = await releaseSnapshot();
  const error = await expectRefusedWithoutChange(attempt, errorClass, shape);
  expect(await releaseSnapshot(), "press-release data changed").toEqual(before);
  return error;
}

const actorOf = async (...roles: Role[]) => (await makeUser({ roles })).actor;

function auditOf(entityId: string) {
  return db.auditLog.findMany({ where: { entityType: "PressRelease", entityId }, orderBy: { id: "asc" } });
}

function validRelease(overrides: Record<string, unknown> = {}) {
  return {
    title: `Ústí nad Labem: nová lávka ${unique("t")}`,
    perex: "Rada města schválila stavbu nové lávky.",
    bodyHtml: "<p>Lávka bude hotová <strong>v květnu</strong>.</p>",
    ...overrides,
  };
}

const inFuture = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

let pr: Actor;
let spokes: Actor;
let head: Actor;

beforeAll(async () => {
  [pr, spokes, head] = await Promise.all([actorOf("PR_STAFF"), actorOf("SPOKESPERSON"), actorOf("HEAD_OF_OFFICE")]);
});

async function setSelfApproval(value: boolean) {
  const admin = await actorOf("ADMIN");
  await updateOfficeSettings(admin, { spokespersonMayPublishOwn: value ? "on" : undefined });
}

// ---------------------------------------------------------------------------------------------------

describe("the workflow", () => {
  it("runs DRAFT → IN_REVIEW → CHANGES_REQUESTED → DRAFT edit → IN_REVIEW → APPROVED → SCHEDULED → PUBLISHED → corrected → WITHDRAWN", async () => {
    const topic = await makeTopic();
    const resolution = await makeResolution();
    const { id } = await createPressRelease(pr, {
      ...validRelease({ title: "Ústí nad Labem: nová lávka" }),
      dateline: "Horní Lhota, 3. března 2026",
      topicIds: [topic.id],
      resolutionIds: [resolution.id],
      contactPersonId: spokes.id,
    });
    let row = await db.pressRelease.findUniqueOrThrow({ where: { id }, include: { topics: true, resolutions: true } });
    expect(row).toMatchObject({ status: "DRAFT", version: 0, authorId: pr.id, language: "cs", translationGroupId: id, contactPersonId: spokes.id });
    expect(row.slug).toMatch(/^usti-nad-labem-nova-lavka(-\d+)?$/);
    expect(row.topics.map((link) => link.topicId)).toEqual([topic.id]);
    expect(row.resolutions.map((link) => link.resolutionId)).toEqual([resolution.id]);

    let v = (await submitForReview(pr, { id, version: 0 })).version;
    expect((await db.pressRelease.findUniqueOrThrow({ where: { id } })).status).toBe("IN_REVIEW");
    // The reviewers (head and spokesperson) are told; the author is not.
    const reviewNotices = await db.notification.findMany({ where: { entityId: id, kind: "pressReleaseSubmitted" } });
    expect(reviewNotices.map((n) => n.userId)).toEqual(expect.arrayContaining([head.id, spokes.id]));
    expect(reviewNotices.map((n) => n.userId)).not.toContain(pr.id);

    v = (await requestChanges(head, { id, version: v, reason: "Doplňte termín." })).version;
    expect((await db.pressRelease.findUniqueOrThrow({ where: { id } })).status).toBe("CHANGES_REQUESTED");
    expect(await db.pressReleaseComment.findMany({ where: { pressReleaseId: id }, select: { kind: true, body: true, authorId: true } })).toEqual([
      { kind: "CHANGES_REQUESTED", body: "Doplňte termín.", authorId: head.id },
    ]);
    expect(await db.notification.count({ where: { entityId: id, userId: pr.id, kind: "pressReleaseChangesRequested" } })).toBe(1);

    v = (await updatePressRelease(pr, { id, version: v, ...validRelease({ title: "Ústí nad Labem: nová lávka v květnu" }), topicIds: [], resolutionIds: [] })).version;
    v = (await submitForReview(pr, { id, version: v })).version;
    const approved = await approvePressRelease(head, { id, version: v });
    expect(approved.selfApproved).toBe(false);
    row = await db.pressRelease.findUniqueOrThrow({ where: { id }, include: { topics: true, resolutions: true } });
    expect(row).toMatchObject({ status: "APPROVED", approvedById: head.id, title: "Ústí nad Labem: nová lávka v květnu" });
    expect(row.approvedAt).toBeInstanceOf(Date);
    expect(row.topics).toEqual([]);
    expect(row.resolutions).toEqual([]);
    expect(await db.notification.count({ where: { entityId: id, userId: pr.id, kind: "pressReleaseApproved" } })).toBe(1);

    const publishAt = inFuture(60);
    v = (await schedulePublication(spokes, { id, version: approved.version, publishAt })).version;
    row = await db.pressRelease.findUniqueOrThrow({ where: { id }, include: { topics: true, resolutions: true } });
    expect(row).toMatchObject({ status: "SCHEDULED", publishAt: new Date(publishAt) });

    const slugBefore = row.slug;
    const published = await publishNow(spokes, { id, version: v });
    row = await db.pressRelease.findUniqueOrThrow({ where: { id }, include: { topics: true, resolutions: true } });
    expect(row).toMatchObject({ status: "PUBLISHED", publishedById: spokes.id, slug: slugBefore });
    expect(published.slug).toBe(slugBefore);

    v = (await correctPressRelease(spokes, { id, version: published.version, correctionNote: "Opraveno datum.", ...validRelease({ title: "Opravený titulek" }) })).version;
    row = await db.pressRelease.findUniqueOrThrow({ where: { id }, include: { topics: true, resolutions: true } });
    expect(row).toMatchObject({ status: "PUBLISHED", title: "Opravený titulek", correctionNote: "Opraveno datum.", slug: slugBefore });
    expect(row.correctedAt).toBeInstanceOf(Date);

    await withdrawPressRelease(spokes, { id, version: v, reason: "Zrušená akce." });
    row = await db.pressRelease.findUniqueOrThrow({ where: { id }, include: { topics: true, resolutions: true } });
    expect(row).toMatchObject({ status: "WITHDRAWN", withdrawalReason: "Zrušená akce." });

    expect((await auditOf(id)).map((entry) => entry.action)).toEqual([
      "pressRelease.create",
      "pressRelease.submit",
      "pressRelease.requestChanges",
      "pressRelease.update",
      "pressRelease.submit",
      "pressRelease.approve",
      "pressRelease.schedule",
      "pressRelease.publish",
      "pressRelease.correct",
      "pressRelease.withdraw",
    ]);
    // create, the edit and the correction each kept the text.
    expect((await db.pressReleaseRevision.findMany({ where: { pressReleaseId: id }, orderBy: { number: "asc" } })).map((r) => [r.number, r.title])).toEqual([
      [1, "Ústí nad Labem: nová lávka"],
      [2, "Ústí nad Labem: nová lávka v květnu"],
      [3, "Opravený titulek"],
    ]);
  });

  it("refuses a step not allowed from the current status, with nothing changed", async () => {
    const draft = await makePressRelease({ authorId: pr.id });
    await expectRefused(() => approvePressRelease(head, { id: draft.id, version: 0 }), PreconditionError, { messageKey: "releaseWrongStatus" });
    await expectRefused(() => publishNow(spokes, { id: draft.id, version: 0 }), PreconditionError, { messageKey: "releaseWrongStatus" });
    await expectRefused(() => schedulePublication(spokes, { id: draft.id, version: 0, publishAt: inFuture(60) }), PreconditionError, { messageKey: "releaseWrongStatus" });
    await expectRefused(() => withdrawPressRelease(spokes, { id: draft.id, version: 0, reason: "x" }), PreconditionError, { messageKey: "releaseWrongStatus" });
    const published = await makePressRelease({ authorId: pr.id, status: "PUBLISHED" });
    await expectRefused(() => updatePressRelease(spokes, { id: published.id, version: 0, ...validRelease() }), PreconditionError, { messageKey: "releaseWrongStatus" });
    await expectRefused(() => submitForReview(pr, { id: published.id, version: 0 }), PreconditionError, { messageKey: "releaseWrongStatus" });
  });

  it("editing an APPROVED release (spokesperson) sends it back to DRAFT and clears the approval", async () => {
    const release = await makePressRelease({ authorId: pr.id, status: "APPROVED", approvedById: head.id });
    await updatePressRelease(spokes, { id: release.id, version: 0, ...validRelease() });
    expect(await db.pressRelease.findUniqueOrThrow({ where: { id: release.id } })).toMatchObject({ status: "DRAFT", approvedById: null, approvedAt: null, version: 1 });
  });

  it("the author may not edit their release once it is IN_REVIEW; other PR staff never", async () => {
    const release = await makePressRelease({ authorId: pr.id, status: "IN_REVIEW" });
    await expectRefused(() => updatePressRelease(pr, { id: release.id, version: 0, ...validRelease() }), ForbiddenError);
    const draft = await makePressRelease({ authorId: pr.id });
    const otherPr = await actorOf("PR_STAFF");
    await expectRefused(() => updatePressRelease(otherPr, { id: draft.id, version: 0, ...validRelease() }), ForbiddenError);
    await expectRefused(() => submitForReview(otherPr, { id: draft.id, version: 0 }), ForbiddenError);
  });

  it("schedule: publishAt must be in the future and the embargo not after it; datetime-local is city time", async () => {
    const release = await makePressRelease({ authorId: pr.id, status: "APPROVED", approvedById: head.id });
    const error = await expectRefused(
      () => schedulePublication(spokes, { id: release.id, version: 0, publishAt: "2020-01-01T10:00" }),
      ValidationError,
    );
    expect(error.fieldIssues).toEqual({ publishAt: [{ key: "publishAtPast" }] });
    const late = await expectRefused(
      () => schedulePublication(spokes, { id: release.id, version: 0, publishAt: inFuture(60), embargoUntil: inFuture(120) }),
      ValidationError,
    );
    expect(late.fieldIssues).toEqual({ embargoUntil: [{ key: "embargoAfterPublishAt" }] });
    const bad = await expectRefused(() => schedulePublication(spokes, { id: release.id, version: 0, publishAt: "zítra" }), ValidationError);
    expect(bad.fieldIssues).toEqual({ publishAt: [{ key: "invalidDateTime" }] });

    // 10:00 in Prague in July is 08:00 UTC (summer time).
    await schedulePublication(spokes, { id: release.id, version: 0, publishAt: "2099-07-01T10:00", embargoUntil: "2099-07-01T09:30" });
    expect(await db.pressRelease.findUniqueOrThrow({ where: { id: release.id } })).toMatchObject({
      status: "SCHEDULED",
      publishAt: new Date("2099-07-01T08:00:00Z"),
      embargoUntil: new Date("2099-07-01T07:30:00Z"),
    });
  });
});

describe("four eyes", () => {
  it("PR staff cannot approve, not even another's release", async () => {
    const release = await makePressRelease({ status: "IN_REVIEW" });
    await expectRefused(() => approvePressRelease(pr, { id: release.id, version: 0 }), ForbiddenError);
  });

  it("the head cannot approve their own release", async () => {
    const release = await makePressRelease({ authorId: head.id, status: "IN_REVIEW" });
    await expectRefused(() => approvePressRelease(head, { id: release.id, version: 0 }), PreconditionError, { messageKey: "cannotApproveOwn" });
  });

  it("the spokesperson approves their own release only with the office setting on, and the audit says so", async () => {
    const own = await makePressRelease({ authorId: spokes.id, status: "IN_REVIEW" });
    await setSelfApproval(false);
    expect(await getOfficeSettings()).toMatchObject({ spokespersonMayPublishOwn: false });
    await expectRefused(() => approvePressRelease(spokes, { id: own.id, version: 0 }), PreconditionError, { messageKey: "cannotApproveOwn" });

    await setSelfApproval(true);
    const result = await approvePressRelease(spokes, { id: own.id, version: 0 });
    expect(result.selfApproved).toBe(true);
    expect(await db.pressRelease.findUniqueOrThrow({ where: { id: own.id } })).toMatchObject({ status: "APPROVED", approvedById: spokes.id });
    const [entry] = await auditOf(own.id);
    expect(entry).toMatchObject({ action: "pressRelease.approve", actorId: spokes.id, after: { status: "APPROVED", selfApproved: true } });

    // Approving someone else's release is not an exception: no selfApproved in the audit.
    const others = await makePressRelease({ authorId: pr.id, status: "IN_REVIEW" });
    await approvePressRelease(spokes, { id: others.id, version: 0 });
    expect((await auditOf(others.id))[0].after).not.toHaveProperty("selfApproved");
  });

  it("the settings default to allowing the spokesperson's exception", async () => {
    await db.setting.deleteMany({ where: { key: "spokespersonMayPublishOwn" } });
    expect(await getOfficeSettings()).toMatchObject({ spokespersonMayPublishOwn: true });
  });
});

describe("saving", () => {
  it("sanitizes the body on create, update and correction", async () => {
    const { id } = await createPressRelease(pr, validRelease({ bodyHtml: '<p onclick="x()">Ahoj<script>alert(1)</script></p><img src=x onerror=alert(1)>' }));
    let row = await db.pressRelease.findUniqueOrThrow({ where: { id } });
    expect(row.bodyHtml).toBe("<p>Ahoj</p>");
    await updatePressRelease(pr, { id, version: 0, ...validRelease({ bodyHtml: '<a href="javascript:alert(1)">x</a><iframe src="https://e.example"></iframe>' }) });
    row = await db.pressRelease.findUniqueOrThrow({ where: { id } });
    expect(row.bodyHtml).toBe('<a rel="noopener noreferrer">x</a>');
    const revisions = await db.pressReleaseRevision.findMany({ where: { pressReleaseId: id } });
    for (const revision of revisions) expect(revision.bodyHtml).not.toMatch(/script|onerror|javascript|iframe/);
  });

  it("keeps a revision per save, numbered, with the editor", async () => {
    const { id } = await createPressRelease(pr, validRelease({ title: "První" }));
    let version = 0;
    for (const title of ["Druhá", "Třetí"]) version = (await updatePressRelease(pr, { id, version, ...validRelease({ title }) })).version;
    await updatePressRelease(spokes, { id, version, ...validRelease({ title: "Čtvrtá" }) });
    const revisions = await db.pressReleaseRevision.findMany({ where: { pressReleaseId: id }, orderBy: { number: "asc" } });
    expect(revisions.map((r) => [r.number, r.title, r.editorId])).toEqual([
      [1, "První", pr.id],
      [2, "Druhá", pr.id],
      [3, "Třetí", pr.id],
      [4, "Čtvrtá", spokes.id],
    ]);
  });

  it("a stale version is a conflict and the text stays as the first save left it", async () => {
    const { id } = await createPressRelease(pr, validRelease({ title: "Původní" }));
    await updatePressRelease(pr, { id, version: 0, ...validRelease({ title: "První uložení" }) });
    await expectRefused(() => updatePressRelease(pr, { id, version: 0, ...validRelease({ title: "Druhé uložení" }) }), ConflictError, { messageKey: "staleVersion" });
    await expectRefused(() => submitForReview(pr, { id, version: 0 }), ConflictError, { messageKey: "staleVersion" });
    expect((await db.pressRelease.findUniqueOrThrow({ where: { id } })).title).toBe("První uložení");
  });

  it("two concurrent saves of one version: one wins, the other is a conflict", async () => {
    const { id } = await createPressRelease(pr, validRelease());
    const results = await Promise.allSettled(["A", "B"].map((title) => updatePressRelease(pr, { id, version: 0, ...validRelease({ title }) })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ConflictError);
    expect(await db.pressReleaseRevision.count({ where: { pressReleaseId: id } })).toBe(2);
  });

  it("gives equal titles distinct slugs (-2, -3)", async () => {
    const title = `Stejný titulek ${unique("s")}`;
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await createPressRelease(pr, validRelease({ title }))).id);
    const slugs = await Promise.all(ids.map(async (id) => (await db.pressRelease.findUniqueOrThrow({ where: { id } })).slug));
    const base = slugs[0];
    expect(slugs).toEqual([base, `${base}-2`, `${base}-3`]);
  });

  it("is idempotent with a key: a double submit makes one release", async () => {
    const key = unique("idem");
    const first = await createPressRelease(pr, validRelease({ idempotencyKey: key }));
    const second = await createPressRelease(pr, validRelease({ idempotencyKey: key }));
    expect(second).toEqual(first);
    expect(first).toMatchObject({ version: 0, status: "DRAFT" });
    expect(await db.pressRelease.count({ where: { id: first.id } })).toBe(1);
    expect(await auditOf(first.id)).toHaveLength(1);
  });

  it("accepts FormData shapes: one topic as a string, no topics at all, empty contact", async () => {
    const topic = await makeTopic();
    const { id } = await createPressRelease(pr, { ...validRelease(), topicIds: topic.id, contactPersonId: "", dateline: "" });
    const row = await db.pressRelease.findUniqueOrThrow({ where: { id }, include: { topics: true } });
    expect(row.topics.map((t) => t.topicId)).toEqual([topic.id]);
    expect(row).toMatchObject({ contactPersonId: null, dateline: null });
  });

  it("creates a language version in the same group, one per language", async () => {
    const { id } = await createPressRelease(pr, validRelease());
    const { id: englishId } = await createPressRelease(pr, validRelease({ title: "New footbridge", language: "en", translationOfId: id }));
    const [original, english] = await Promise.all([id, englishId].map((x) => db.pressRelease.findUniqueOrThrow({ where: { id: x } })));
    expect(english.translationGroupId).toBe(original.translationGroupId);
    expect(english.language).toBe("en");
    const error = await expectRefused(() => createPressRelease(pr, validRelease({ language: "en", translationOfId: id })), ValidationError);
    expect(error.fieldIssues).toEqual({ language: [{ key: "languageVersionExists" }] });
    // Changing a version's language to one the group has is refused the same way.
    const refused = await expectRefused(() => updatePressRelease(pr, { id: englishId, version: 0, ...validRelease(), language: "cs" }), ValidationError);
    expect(refused.fieldIssues).toEqual({ language: [{ key: "languageVersionExists" }] });
  });
});

describe("bad input is refused with nothing changed", () => {
  const cases: Array<[string, Record<string, unknown>, string]> = [
    ["a missing title", { title: undefined }, "title"],
    ["a blank title", { title: "   " }, "title"],
    ["a title over 250 characters", { title: "x".repeat(251) }, "title"],
    ["a perex over 2000 characters", { perex: "x".repeat(2001) }, "perex"],
    ["a body over 100 000 characters", { bodyHtml: "x".repeat(100_001) }, "bodyHtml"],
    ["a body of the wrong type", { bodyHtml: 42 }, "bodyHtml"],
    ["an unknown language", { language: "fr" }, "language"],
    ["a topic id that is not a uuid", { topicIds: ["nope"] }, "topicIds.0"],
    ["a topic that does not exist", { topicIds: ["00000000-0000-4000-8000-000000000000"] }, "topicIds"],
    ["a resolution that does not exist", { resolutionIds: ["00000000-0000-4000-8000-000000000000"] }, "resolutionIds"],
    ["a contact person who does not exist", { contactPersonId: "00000000-0000-4000-8000-000000000000" }, "contactPersonId"],
    ["an unknown field", { status: "PUBLISHED" }, "status"],
    ["an unknown author field", { authorId: "00000000-0000-4000-8000-000000000000" }, "authorId"],
  ];

  it.each(cases)("create: %s", async (_case, override, field) => {
    const error = await expectRefused(() => createPressRelease(pr, validRelease(override)), ValidationError);
    expect(Object.keys(error.fieldIssues)).toContain(field);
  });

  it.each(cases)("update: %s", async (_case, override, field) => {
    const release = await makePressRelease({ authorId: pr.id });
    const error = await expectRefused(() => updatePressRelease(pr, { id: release.id, version: 0, ...validRelease(override) }), ValidationError);
    expect(Object.keys(error.fieldIssues)).toContain(field);
  });

  it("refuses bad ids, versions and reasons on every step", async () => {
    const release = await makePressRelease({ authorId: pr.id, status: "IN_REVIEW" });
    await expectRefused(() => submitForReview(pr, { id: "nope", version: 0 }), ValidationError);
    await expectRefused(() => approvePressRelease(head, { id: release.id, version: "x" }), ValidationError);
    await expectRefused(() => approvePressRelease(head, { id: release.id }), ValidationError);
    await expectRefused(() => requestChanges(head, { id: release.id, version: 0, reason: "" }), ValidationError);
    await expectRefused(() => requestChanges(head, { id: release.id, version: 0, reason: "x".repeat(2001) }), ValidationError);
    await expectRefused(() => addComment(pr, { id: release.id, body: "x".repeat(4001) }), ValidationError);
    await expectRefused(() => publishNow(spokes, { id: release.id, version: 0, extra: 1 }), ValidationError);
    await expectRefused(() => approvePressRelease(head, null), ValidationError);
    await expectRefused(() => approvePressRelease(head, { id: "00000000-0000-4000-8000-000000000000", version: 0 }), NotFoundError);
  });
});

describe("publishDueReleases", () => {
  it("publishes due SCHEDULED releases once, audited without an actor; calling again publishes nothing", async () => {
    const now = new Date();
    const due = await makePressRelease({ status: "SCHEDULED", publishAt: new Date(now.getTime() - 1000) });
    const later = await makePressRelease({ status: "SCHEDULED", publishAt: new Date(now.getTime() + 3_600_000) });
    const approved = await makePressRelease({ status: "APPROVED", publishAt: new Date(now.getTime() - 1000) });

    const first = await publishDueReleases(now);
    expect(first).toContain(due.id);
    expect(first).not.toContain(later.id);
    expect(first).not.toContain(approved.id);
    expect(await publishDueReleases(now)).toEqual([]);

    const row = await db.pressRelease.findUniqueOrThrow({ where: { id: due.id } });
    expect(row).toMatchObject({ status: "PUBLISHED", publishedAt: due.publishAt, version: 1 });
    expect((await db.pressRelease.findUniqueOrThrow({ where: { id: later.id } })).status).toBe("SCHEDULED");
    const audit = await auditOf(due.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "pressRelease.publishScheduled", actorId: null, after: { status: "PUBLISHED" } });
  });

  it.skipIf(isEmbedded)("publishes exactly once when two runs race on PostgreSQL", async () => {
    const now = new Date();
    const due = await makePressRelease({ status: "SCHEDULED", publishAt: new Date(now.getTime() - 1000) });
    const runs = await Promise.all([publishDueReleases(now), publishDueReleases(now), publishDueReleases(now)]);
    expect(runs.flat().filter((id) => id === due.id)).toHaveLength(1);
    expect(await auditOf(due.id)).toHaveLength(1);
    expect((await db.pressRelease.findUniqueOrThrow({ where: { id: due.id } })).version).toBe(1);
  });
});

describe("comments", () => {
  it("adds a comment and notifies the author and earlier commenters, not the commenter", async () => {
    const release = await makePressRelease({ authorId: pr.id, status: "IN_REVIEW" });
    await addComment(head, { id: release.id, body: "První poznámka" });
    await addComment(spokes, { id: release.id, body: "Druhá" });
    const comments = await db.pressReleaseComment.findMany({ where: { pressReleaseId: release.id }, orderBy: { createdAt: "asc" } });
    expect(comments.map((c) => [c.kind, c.body, c.authorId])).toEqual([
      ["COMMENT", "První poznámka", head.id],
      ["COMMENT", "Druhá", spokes.id],
    ]);
    const notices = await db.notification.findMany({ where: { entityId: release.id, kind: "pressReleaseCommented" } });
    expect(notices.map((n) => n.userId).sort()).toEqual([pr.id, pr.id, head.id].sort());
    expect((await auditOf(release.id)).map((e) => e.action)).toEqual(["pressRelease.comment", "pressRelease.comment"]);
  });
});

// ---------------------------------------------------------------------------------------------------
// Authorization: every function refused for anonymous callers and for roles without its permission.

describe("authorization", () => {
  let target: { id: string };
  let inReview: { id: string };
  let approved: { id: string };
  let published: { id: string };
  let actors: Record<Role, Actor>;

  beforeAll(async () => {
    target = await makePressRelease({ authorId: pr.id });
    inReview = await makePressRelease({ status: "IN_REVIEW" });
    approved = await makePressRelease({ status: "APPROVED", approvedById: head.id });
    published = await makePressRelease({ status: "PUBLISHED" });
    actors = {
      HEAD_OF_OFFICE: await actorOf("HEAD_OF_OFFICE"),
      SPOKESPERSON: await actorOf("SPOKESPERSON"),
      PR_STAFF: await actorOf("PR_STAFF"),
      ASSISTANT: await actorOf("ASSISTANT"),
      ADMIN: await actorOf("ADMIN"),
    };
  });

  const functions: Array<[string, (actor: Actor | null, input: unknown) => Promise<unknown>, () => unknown, Role[]]> = [
    ["createPressRelease", createPressRelease, () => validRelease(), ["HEAD_OF_OFFICE", "ASSISTANT", "ADMIN"]],
    ["updatePressRelease", updatePressRelease, () => ({ id: target.id, version: 0, ...validRelease() }), ["HEAD_OF_OFFICE", "ASSISTANT", "ADMIN"]],
    ["submitForReview", submitForReview, () => ({ id: target.id, version: 0 }), ["HEAD_OF_OFFICE", "ASSISTANT", "ADMIN"]],
    ["requestChanges", requestChanges, () => ({ id: inReview.id, version: 0, reason: "x" }), ["PR_STAFF", "ASSISTANT", "ADMIN"]],
    ["approvePressRelease", approvePressRelease, () => ({ id: inReview.id, version: 0 }), ["PR_STAFF", "ASSISTANT", "ADMIN"]],
    ["schedulePublication", schedulePublication, () => ({ id: approved.id, version: 0, publishAt: inFuture(60) }), ["HEAD_OF_OFFICE", "PR_STAFF", "ASSISTANT", "ADMIN"]],
    ["publishNow", publishNow, () => ({ id: approved.id, version: 0 }), ["HEAD_OF_OFFICE", "PR_STAFF", "ASSISTANT", "ADMIN"]],
    ["withdrawPressRelease", withdrawPressRelease, () => ({ id: published.id, version: 0, reason: "x" }), ["HEAD_OF_OFFICE", "PR_STAFF", "ASSISTANT", "ADMIN"]],
    ["correctPressRelease", correctPressRelease, () => ({ id: published.id, version: 0, correctionNote: "x", ...validRelease() }), ["HEAD_OF_OFFICE", "PR_STAFF", "ASSISTANT", "ADMIN"]],
    ["addComment", addComment, () => ({ id: target.id, body: "x" }), ["ASSISTANT", "ADMIN"]],
    ["updateOfficeSettings", updateOfficeSettings, () => ({ spokespersonMayPublishOwn: "on" }), ["SPOKESPERSON", "PR_STAFF", "ASSISTANT"]],
  ];

  describe.each(functions)("%s", (_name, fn, validInput, refusedRoles) => {
    it("is refused for anonymous callers, with nothing changed", async () => {
      await expectRefused(() => fn(null, validInput()), UnauthenticatedError);
    });

    it(`is refused for ${refusedRoles.join(", ")}, with nothing changed`, async () => {
      for (const role of refusedRoles) await expectRefused(() => fn(actors[role], validInput()), ForbiddenError);
    });

    it("checks the permission before the input", async () => {
      await expectRefused(() => fn(null, { nonsense: true }), UnauthenticatedError);
      await expectRefused(() => fn(actors[refusedRoles[0]], { nonsense: true }), ForbiddenError);
    });
  });
});

describe("language on update", () => {
  it("keeps the release's language when the form does not send one", async () => {
    const { id } = await createPressRelease(pr, validRelease({ language: "de" }));
    const { title, perex, bodyHtml } = validRelease();
    await updatePressRelease(pr, { id, version: 0, title, perex, bodyHtml });
    expect((await db.pressRelease.findUniqueOrThrow({ where: { id } })).language).toBe("de");
  });
});
