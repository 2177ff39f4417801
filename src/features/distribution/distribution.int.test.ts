import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/server/authz/permissions";
import type { Role } from "@/server/authz/roles";
import { db } from "@/server/db";
import { ForbiddenError, NotFoundError, PreconditionError, UnauthenticatedError, ValidationError } from "@/server/errors";
import { runDueJobs } from "@/server/jobs/runner";
import { isEmbedded } from "../../../tests/support/database";
import { closeMailTransport } from "@/server/mail/send-mail";
import { makeUser, unique, uniqueEmail } from "../../../tests/support/factories";
import { startSmtpServer, type TestSmtpServer } from "../../../tests/support/smtp-server";
import { expectRefusedWithoutChange } from "../../../tests/support/snapshot";
import { POST as oneClickPost, GET as oneClickGet } from "@/app/api/unsubscribe/[token]/route";
import { distributionJobs, sendDistribution } from "./jobs";
import { getDistributionStatus, listDistributionTargets, listOutboxMessages } from "./queries";
import { DISTRIBUTION_JOB_MAX_ATTEMPTS, retryFailedRecipients, startDistribution, unsubscribeByToken } from "./service";

// Distribution of press releases end to end on PostgreSQL, with a real SMTP server on 127.0.0.1:
// what arrives, to whom, how often, and what each recipient row says afterwards.

const BASE_URL = "https://herald.test.example";
let smtp: TestSmtpServer;
let spokesperson: Actor;
let authorId: string;
const saved = { SMTP_URL: process.env.SMTP_URL, NEXTAUTH_URL: process.env.NEXTAUTH_URL };

beforeAll(async () => {
  smtp = await startSmtpServer();
  process.env.NEXTAUTH_URL = BASE_URL;
  const made = await makeUser({ roles: ["SPOKESPERSON"] });
  spokesperson = made.actor;
  authorId = made.user.id;
});

beforeEach(() => {
  process.env.SMTP_URL = smtp.url;
  smtp.refuse.clear();
});

afterAll(async () => {
  closeMailTransport();
  await smtp.stop();
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

// --- test data, inserted directly (the press-release service is another module's) -----------------

async function makeRelease(options: { status?: "PUBLISHED" | "APPROVED" | "SCHEDULED" | "DRAFT" | "WITHDRAWN"; embargoUntil?: Date | null; title?: string } = {}) {
  const status = options.status ?? "PUBLISHED";
  return db.pressRelease.create({
    data: {
      translationGroupId: randomUUID(),
      slug: unique("release"),
      title: options.title ?? `Zpráva ${unique("title")}`,
      perex: "Město opraví lávku přes řeku.",
      bodyHtml: "<p>Oprava začne <strong>v pondělí</strong>.</p>",
      status,
      authorId,
      embargoUntil: options.embargoUntil ?? null,
      publishedAt: status === "PUBLISHED" ? new Date() : null,
    },
    select: { id: true, slug: true, title: true },
  });
}

async function makeContact(options: { doNotContact?: boolean; unsubscribed?: boolean } = {}) {
  return db.mediaContact.create({
    data: {
      name: `Novinář ${unique("contact")}`,
      email: uniqueEmail("journalist"),
      legalBasis: "public task (Art. 6(1)(e))",
      unsubscribeToken: randomBytes(24).toString("base64url"),
      doNotContact: options.doNotContact ?? false,
      unsubscribedAt: options.unsubscribed ? new Date() : null,
    },
    select: { id: true, email: true, name: true, unsubscribeToken: true },
  });
}

async function makeList(contactIds: string[]) {
  return db.distributionList.create({
    data: { name: unique("list"), members: { create: contactIds.map((contactId) => ({ contactId })) } },
    select: { id: true },
  });
}

const recipientsOf = (distributionId: string) =>
  db.distributionRecipient.findMany({ where: { distributionId }, orderBy: { email: "asc" } });

async function statusByEmail(distributionId: string) {
  return Object.fromEntries((await recipientsOf(distributionId)).map((row) => [row.email, row.status]));
}

/** Everything a distribution call could touch, beside what snapshotDatabase() covers. */
async function distributionSnapshot() {
  return {
    distributions: await db.distribution.findMany({ orderBy: { id: "asc" } }),
    recipients: await db.distributionRecipient.findMany({ orderBy: { id: "asc" } }),
    jobs: await db.job.findMany({ orderBy: { id: "asc" } }),
    contacts: await db.mediaContact.findMany({ orderBy: { id: "asc" } }),
    outbox: await db.outboxMessage.count(),
  };
}

async function expectRefusedAndUnchanged<E extends Error>(attempt: () => Promise<unknown>, errorClass: new (...args: never[]) => E) {
  const before = await distributionSnapshot();
  const error = await expectRefusedWithoutChange(attempt, errorClass);
  expect(await distributionSnapshot(), "distribution data changed").toEqual(before);
  return error;
}

// --- the tests -----------------------------------------------------------------------------------------

describe("startDistribution and the send job, through a real SMTP server", () => {
  it("mails the list members and the chosen contacts once each, skipping do-not-contact and unsubscribed", async () => {
    const release = await makeRelease();
    const [a, b, c] = [await makeContact(), await makeContact(), await makeContact()];
    const blocked = await makeContact({ doNotContact: true });
    const gone = await makeContact({ unsubscribed: true });
    const list1 = await makeList([a.id, b.id, blocked.id]);
    const list2 = await makeList([b.id, gone.id]);

    const result = await startDistribution(spokesperson, {
      pressReleaseId: release.id,
      listIds: [list1.id, list2.id],
      contactIds: [a.id, c.id],
    });
    expect(result).toMatchObject({ queued: 3, skipped: 2, embargoed: false });

    const queuedRows = await recipientsOf(result.id);
    expect(queuedRows).toHaveLength(5);
    expect(await statusByEmail(result.id)).toEqual({
      [a.email]: "QUEUED",
      [b.email]: "QUEUED",
      [c.email]: "QUEUED",
      [blocked.email]: "SKIPPED",
      [gone.email]: "SKIPPED",
    });
    expect(queuedRows.find((row) => row.email === blocked.email)?.error).toBe("doNotContact");
    expect(queuedRows.find((row) => row.email === gone.email)?.error).toBe("unsubscribed");

    // One job, keyed by the distribution, and one audit entry, committed with the rows.
    const jobs = await db.job.findMany({ where: { dedupeKey: `distribution:${result.id}` } });
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ kind: "distribution.send", payload: { distributionId: result.id }, status: "PENDING" });
    expect(await db.auditLog.count({ where: { action: "distribution.start", entityId: result.id, actorId: spokesperson.id } })).toBe(1);

    await sendDistribution({ distributionId: result.id });

    const rows = await recipientsOf(result.id);
    for (const contact of [a, b, c]) {
      const row = rows.find((candidate) => candidate.email === contact.email);
      expect(row).toMatchObject({ status: "SENT", attempts: 1, error: null });
      expect(row?.sentAt).toBeInstanceOf(Date);
      const mails = smtp.to(contact.email);
      expect(mails).toHaveLength(1);
      const mail = mails[0];
      expect(mail.to).toEqual([contact.email]);
      expect(mail.headers.get("message-id")).toBe(row?.messageId);
      expect(mail.subject).toBe(release.title);
      expect(mail.subject).not.toContain("EMBARGO");
      expect(mail.headers.get("list-unsubscribe")).toBe(`<${BASE_URL}/api/unsubscribe/${contact.unsubscribeToken}>`);
      expect(mail.headers.get("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
      expect(mail.text).toContain(`${BASE_URL}/newsroom/${release.slug}`);
      expect(mail.text).toContain(`${BASE_URL}/newsroom/unsubscribe/${contact.unsubscribeToken}`);
      expect(mail.text).toContain(contact.name);
      expect(mail.html).toContain(`href="${BASE_URL}/newsroom/${release.slug}"`);
      expect(mail.html).toContain("<strong>v pondělí</strong>");
    }
    expect(smtp.to(blocked.email)).toHaveLength(0);
    expect(smtp.to(gone.email)).toHaveLength(0);
    expect(await db.distribution.findUniqueOrThrow({ where: { id: result.id } })).toMatchObject({ status: "DONE", finishedAt: expect.any(Date) });
  });

  it("marks an embargoed release (approved, embargo ahead) in the subject and body", async () => {
    const embargoUntil = new Date(Date.now() + 3 * 24 * 3600_000);
    const release = await makeRelease({ status: "APPROVED", embargoUntil });
    const contact = await makeContact();
    const result = await startDistribution(spokesperson, { pressReleaseId: release.id, listIds: [], contactIds: [contact.id] });
    expect(result.embargoed).toBe(true);
    await sendDistribution({ distributionId: result.id });
    const [mail] = smtp.to(contact.email);
    expect(mail.subject).toMatch(new RegExp(`^EMBARGO do .+: ${release.title}$`));
    expect(mail.text).toContain("*** EMBARGO DO ");
    expect(mail.html).toContain("EMBARGO DO ");
  });

  it("refuses a release that may not go out yet (draft; approved without an embargo ahead; withdrawn), with nothing changed", async () => {
    const contact = await makeContact();
    for (const release of [
      await makeRelease({ status: "DRAFT" }),
      await makeRelease({ status: "APPROVED" }),
      await makeRelease({ status: "SCHEDULED", embargoUntil: new Date(Date.now() - 60_000) }),
      await makeRelease({ status: "WITHDRAWN" }),
    ]) {
      const error = await expectRefusedAndUnchanged(
        () => startDistribution(spokesperson, { pressReleaseId: release.id, contactIds: [contact.id] }),
        PreconditionError,
      );
      expect(error.messageKey).toBe("releaseNotDistributable");
    }
  });

  it("refuses when nobody chosen could be mailed, with nothing changed", async () => {
    const release = await makeRelease();
    const blocked = await makeContact({ doNotContact: true });
    const error = await expectRefusedAndUnchanged(
      () => startDistribution(spokesperson, { pressReleaseId: release.id, contactIds: [blocked.id] }),
      PreconditionError,
    );
    expect(error.messageKey).toBe("noDeliverableRecipients");
  });

  it("records the SMTP server's refusal of one recipient as FAILED with the reason; the others are SENT; retry sends only the failed", async () => {
    const release = await makeRelease();
    const [ok1, refused, ok2] = [await makeContact(), await makeContact(), await makeContact()];
    smtp.refuse.add(refused.email);
    const list = await makeList([ok1.id, refused.id, ok2.id]);
    const { id } = await startDistribution(spokesperson, { pressReleaseId: release.id, listIds: [list.id] });
    await sendDistribution({ distributionId: id });

    const rows = await recipientsOf(id);
    expect(await statusByEmail(id)).toEqual({ [ok1.email]: "SENT", [refused.email]: "FAILED", [ok2.email]: "SENT" });
    expect(rows.find((row) => row.email === refused.email)?.error).toMatch(/550.*Mailbox unavailable/);
    expect(smtp.to(refused.email)).toHaveLength(0);
    expect((await db.distribution.findUniqueOrThrow({ where: { id } })).status).toBe("DONE");

    // The server takes the address again; a person retries.
    smtp.refuse.clear();
    const retried = await retryFailedRecipients(spokesperson, { distributionId: id });
    expect(retried.requeued).toBe(1);
    expect(await db.job.count({ where: { dedupeKey: { startsWith: `distribution:${id}:retry:` } } })).toBe(1);
    // A second retry while it runs is refused (one send job per distribution at a time).
    await expectRefusedAndUnchanged(() => retryFailedRecipients(spokesperson, { distributionId: id }), PreconditionError);

    await sendDistribution({ distributionId: id });
    expect(await statusByEmail(id)).toEqual({ [ok1.email]: "SENT", [refused.email]: "SENT", [ok2.email]: "SENT" });
    expect(smtp.to(refused.email)).toHaveLength(1);
    expect(smtp.to(ok1.email)).toHaveLength(1);
    expect(smtp.to(ok2.email)).toHaveLength(1);
    expect((await recipientsOf(id)).find((row) => row.email === refused.email)?.attempts).toBe(2);

    // Nothing failed any more: retry has nothing to do.
    const error = await expectRefusedAndUnchanged(() => retryFailedRecipients(spokesperson, { distributionId: id }), PreconditionError);
    expect(error.messageKey).toBe("noFailedRecipients");
  });

  it("never sends a second copy when the job runs twice (also through the job runner)", async () => {
    const release = await makeRelease();
    const contacts = [await makeContact(), await makeContact()];
    const { id } = await startDistribution(spokesperson, { pressReleaseId: release.id, contactIds: contacts.map((c) => c.id) });

    const summary = await runDueJobs({ handlers: distributionJobs, workerId: "test-worker" });
    expect(summary.done).toBeGreaterThanOrEqual(1);
    expect((await db.job.findUniqueOrThrow({ where: { dedupeKey: `distribution:${id}` } })).status).toBe("DONE");

    await sendDistribution({ distributionId: id });
    await sendDistribution({ distributionId: id });
    for (const contact of contacts) expect(smtp.to(contact.email)).toHaveLength(1);
    expect(Object.values(await statusByEmail(id))).toEqual(["SENT", "SENT"]);
  });

  it("hands a long sending over to a continuation job (within the runner's lease), which finishes it", async () => {
    const release = await makeRelease();
    const contacts = [await makeContact(), await makeContact(), await makeContact()];
    const { id } = await startDistribution(spokesperson, { pressReleaseId: release.id, contactIds: contacts.map((c) => c.id) });
    // A zero budget: one e-mail per run, then a new job.
    await sendDistribution({ distributionId: id }, { jobId: 900n, attempt: 1 }, { budgetMs: 0 });
    expect(Object.values(await statusByEmail(id)).sort()).toEqual(["QUEUED", "QUEUED", "SENT"]);
    const continuation = await db.job.findUniqueOrThrow({ where: { dedupeKey: `distribution:${id}:continue:900` } });
    expect(continuation).toMatchObject({ kind: "distribution.send", payload: { distributionId: id }, status: "PENDING" });
    // A re-run of the same job after a crash adds no second continuation.
    await sendDistribution({ distributionId: id }, { jobId: 900n, attempt: 2 }, { budgetMs: 0 });
    expect(await db.job.count({ where: { dedupeKey: { startsWith: `distribution:${id}:continue:` } } })).toBe(1);
    await sendDistribution({ distributionId: id });
    expect(Object.values(await statusByEmail(id))).toEqual(["SENT", "SENT", "SENT"]);
    for (const contact of contacts) expect(smtp.to(contact.email)).toHaveLength(1);
    expect((await db.distribution.findUniqueOrThrow({ where: { id } })).status).toBe("DONE");
  });

  it.skipIf(isEmbedded)("two runs at the same time (a lease taken over) still send one copy to each recipient", async () => {
    const release = await makeRelease();
    const contacts = await Promise.all(Array.from({ length: 8 }, () => makeContact()));
    const { id } = await startDistribution(spokesperson, { pressReleaseId: release.id, contactIds: contacts.map((c) => c.id) });
    await Promise.all([sendDistribution({ distributionId: id }), sendDistribution({ distributionId: id }), sendDistribution({ distributionId: id })]);
    for (const contact of contacts) expect(smtp.to(contact.email)).toHaveLength(1);
    const rows = await recipientsOf(id);
    // A run that started while another was mid-send may have marked that recipient "interrupted" for a
    // moment; the sender's own mark (conditional on its Message-ID) wins, so every row ends SENT.
    expect(rows.map((row) => row.status)).toEqual(Array(8).fill("SENT"));
    expect(rows.every((row) => row.attempts === 1)).toBe(true);
    expect((await db.distribution.findUniqueOrThrow({ where: { id } })).status).toBe("DONE");
  });

  it("after a crash mid-send, the recipient being sent to is marked FAILED 'interrupted' and not mailed again", async () => {
    const release = await makeRelease();
    const [crashed, waiting] = [await makeContact(), await makeContact()];
    const { id } = await startDistribution(spokesperson, { pressReleaseId: release.id, contactIds: [crashed.id, waiting.id] });
    // What a worker leaves behind when it dies after claiming (and maybe sending) but before marking.
    await db.distributionRecipient.updateMany({
      where: { distributionId: id, email: crashed.email },
      data: { attempts: { increment: 1 }, messageId: "<claimed-before-crash@herald.test>" },
    });
    const [view] = await getDistributionStatus(spokesperson, release.id);
    expect(view.counts).toMatchObject({ SENDING: 1, QUEUED: 1 });

    await sendDistribution({ distributionId: id });
    const rows = await recipientsOf(id);
    expect(rows.find((row) => row.email === crashed.email)).toMatchObject({ status: "FAILED", error: "interrupted", attempts: 1 });
    expect(rows.find((row) => row.email === waiting.email)).toMatchObject({ status: "SENT" });
    expect(smtp.to(crashed.email)).toHaveLength(0);
    expect(smtp.to(waiting.email)).toHaveLength(1);

    // Running again changes nothing and sends nothing.
    await sendDistribution({ distributionId: id });
    expect(smtp.to(crashed.email)).toHaveLength(0);
    expect(smtp.to(waiting.email)).toHaveLength(1);
  });

  it("skips a contact who unsubscribed (or was marked do-not-contact) between queueing and sending", async () => {
    const release = await makeRelease();
    const [leaves, blocked, stays] = [await makeContact(), await makeContact(), await makeContact()];
    const { id } = await startDistribution(spokesperson, { pressReleaseId: release.id, contactIds: [leaves.id, blocked.id, stays.id] });
    await unsubscribeByToken({ token: leaves.unsubscribeToken });
    await db.mediaContact.update({ where: { id: blocked.id }, data: { doNotContact: true } });
    await sendDistribution({ distributionId: id });
    expect(await statusByEmail(id)).toEqual({ [leaves.email]: "SKIPPED", [blocked.email]: "SKIPPED", [stays.email]: "SENT" });
    expect(smtp.to(leaves.email)).toHaveLength(0);
    expect(smtp.to(blocked.email)).toHaveLength(0);
  });

  it("makes one distribution for one idempotency key (a double click)", async () => {
    const release = await makeRelease();
    const contact = await makeContact();
    const input = { pressReleaseId: release.id, contactIds: [contact.id], idempotencyKey: randomUUID() };
    const first = await startDistribution(spokesperson, input);
    const second = await startDistribution(spokesperson, input);
    expect(second).toEqual(first);
    expect(await db.distribution.count({ where: { pressReleaseId: release.id } })).toBe(1);
  });

  it("accepts the form's shape: one checkbox value as a string, none as absent", async () => {
    const release = await makeRelease();
    const contact = await makeContact();
    const list = await makeList([contact.id]);
    const result = await startDistribution(spokesperson, { pressReleaseId: release.id, listIds: list.id });
    expect(result.queued).toBe(1);
  });
});

describe("smart lists", () => {
  it("expand to the contacts matching their criteria at send time (beat AND outlet region/kind), never erased ones", async () => {
    const release = await makeRelease();
    const regional = await db.mediaOutlet.create({ data: { name: unique("Deník"), kind: "PRINT", region: "Podhůří" } });
    const national = await db.mediaOutlet.create({ data: { name: unique("Rádio"), kind: "RADIO", region: "celostátní" } });
    const base = { legalBasis: "public task", beats: ["doprava"] };
    const make = (outletId: string, beats: string[], extra: { erasedAt?: Date } = {}) =>
      db.mediaContact.create({ data: { ...base, beats, name: unique("n"), email: uniqueEmail("smart"), outletId, unsubscribeToken: randomBytes(24).toString("base64url"), ...extra } });
    const match = await make(regional.id, ["doprava", "kultura"]);
    await make(regional.id, ["sport"]); // another beat
    await make(national.id, ["doprava"]); // another region
    await make(regional.id, ["doprava"], { erasedAt: new Date() }); // a tombstone
    const smart = await db.distributionList.create({ data: { name: unique("smart"), kind: "SMART", criteria: { beats: ["doprava"], regions: ["podhůří"], outletKinds: [], languages: [] } } });
    const picker = await listDistributionTargets(spokesperson);
    expect(picker.lists.find((list) => list.id === smart.id)).toMatchObject({ kind: "SMART", memberCount: 1 });
    const result = await startDistribution(spokesperson, { pressReleaseId: release.id, listIds: [smart.id], contactIds: [] });
    expect((await recipientsOf(result.id)).map((row) => row.contactId)).toEqual([match.id]);
    // A contact who matches later is in the next sending: members are computed when it is used.
    const later = await make(regional.id, ["doprava"]);
    const second = await startDistribution(spokesperson, { pressReleaseId: release.id, listIds: [smart.id], contactIds: [] });
    expect((await recipientsOf(second.id)).map((row) => row.contactId).sort()).toEqual([match.id, later.id].sort());
  });
});

describe("when the SMTP server cannot be reached", () => {
  it("gives the recipients back to the queue and fails the job run (the runner retries); the last run marks them FAILED", async () => {
    const closed = await startSmtpServer();
    await closed.stop(); // a port where nobody listens now
    process.env.SMTP_URL = closed.url;
    const release = await makeRelease();
    const contacts = [await makeContact(), await makeContact()];
    const { id } = await startDistribution(spokesperson, { pressReleaseId: release.id, contactIds: contacts.map((c) => c.id) });
    expect((await db.job.findUniqueOrThrow({ where: { dedupeKey: `distribution:${id}` } })).maxAttempts).toBe(DISTRIBUTION_JOB_MAX_ATTEMPTS);

    await expect(sendDistribution({ distributionId: id }, { attempt: 1 })).rejects.toThrow(/unreachable/);
    let rows = await recipientsOf(id);
    expect(rows.map((row) => row.status)).toEqual(["QUEUED", "QUEUED"]);
    expect(rows.every((row) => row.messageId === null)).toBe(true);
    expect((await db.distribution.findUniqueOrThrow({ where: { id } })).status).toBe("SENDING");

    // The server is back: the runner's next attempt sends everything, once.
    process.env.SMTP_URL = smtp.url;
    await sendDistribution({ distributionId: id }, { attempt: 2 });
    for (const contact of contacts) expect(smtp.to(contact.email)).toHaveLength(1);

    // Another distribution on the job's last allowed run: FAILED "smtpUnavailable", finished, retryable.
    process.env.SMTP_URL = closed.url;
    const second = await startDistribution(spokesperson, { pressReleaseId: release.id, contactIds: contacts.map((c) => c.id) });
    await sendDistribution({ distributionId: second.id }, { attempt: DISTRIBUTION_JOB_MAX_ATTEMPTS });
    rows = await recipientsOf(second.id);
    expect(rows.map((row) => [row.status, row.error])).toEqual([["FAILED", "smtpUnavailable"], ["FAILED", "smtpUnavailable"]]);
    expect((await db.distribution.findUniqueOrThrow({ where: { id: second.id } })).status).toBe("DONE");
    process.env.SMTP_URL = smtp.url;
    await retryFailedRecipients(spokesperson, { distributionId: second.id });
    await sendDistribution({ distributionId: second.id });
    for (const contact of contacts) expect(smtp.to(contact.email)).toHaveLength(2); // one per distribution
  });
});

describe("without SMTP_URL", () => {
  it("writes each e-mail to the outbox, which mail-outbox viewers can read", async () => {
    delete process.env.SMTP_URL;
    const release = await makeRelease();
    const contact = await makeContact();
    const received = smtp.received.length;
    const { id } = await startDistribution(spokesperson, { pressReleaseId: release.id, contactIds: [contact.id] });
    await sendDistribution({ distributionId: id });

    const [row] = await recipientsOf(id);
    const outbox = await db.outboxMessage.findMany({ where: { to: contact.email } });
    expect(outbox).toHaveLength(1);
    expect(row).toMatchObject({ status: "SENT", messageId: outbox[0].id });
    expect(outbox[0].subject).toBe(release.title);
    expect(outbox[0].text).toContain(`${BASE_URL}/newsroom/${release.slug}`);
    expect(outbox[0].headers).toMatchObject({ "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
    expect(smtp.received.length).toBe(received);

    const prStaff = (await makeUser({ roles: ["PR_STAFF"] })).actor;
    const listed = await listOutboxMessages(prStaff, { limit: 50 });
    expect(listed.map((message) => message.id)).toContain(outbox[0].id);
    await expect(listOutboxMessages((await makeUser({ roles: ["ASSISTANT"] })).actor)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("authorization and input", () => {
  const OTHER_ROLES: Role[][] = [["HEAD_OF_OFFICE"], ["PR_STAFF"], ["ASSISTANT"], ["ADMIN"], ["HEAD_OF_OFFICE", "PR_STAFF", "ASSISTANT", "ADMIN"]];

  it("refuses anonymous callers and every role without pressRelease.distribute, with nothing changed", async () => {
    const release = await makeRelease();
    const contact = await makeContact();
    const { id } = await startDistribution(spokesperson, { pressReleaseId: release.id, contactIds: [contact.id] });
    await sendDistribution({ distributionId: id });
    await db.distributionRecipient.updateMany({ where: { distributionId: id }, data: { status: "FAILED", error: "x" } });

    await expectRefusedAndUnchanged(() => startDistribution(null, { pressReleaseId: release.id, contactIds: [contact.id] }), UnauthenticatedError);
    await expectRefusedAndUnchanged(() => retryFailedRecipients(null, { distributionId: id }), UnauthenticatedError);
    await expectRefusedAndUnchanged(() => listDistributionTargets(null), UnauthenticatedError);
    for (const roles of OTHER_ROLES) {
      const { actor } = await makeUser({ roles });
      await expectRefusedAndUnchanged(() => startDistribution(actor, { pressReleaseId: release.id, contactIds: [contact.id] }), ForbiddenError);
      await expectRefusedAndUnchanged(() => retryFailedRecipients(actor, { distributionId: id }), ForbiddenError);
      await expectRefusedAndUnchanged(() => listDistributionTargets(actor), ForbiddenError);
      // Permission before input: a refused caller learns nothing about what would pass.
      await expectRefusedAndUnchanged(() => startDistribution(actor, { nonsense: true }), ForbiddenError);
    }
    const assistant = (await makeUser({ roles: ["ASSISTANT"] })).actor;
    await expect(getDistributionStatus(assistant, release.id)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("refuses bad input with a ValidationError and nothing changed", async () => {
    const release = await makeRelease();
    const contact = await makeContact();
    const cases: Array<[unknown, string]> = [
      [{ contactIds: [contact.id] }, "pressReleaseId"],
      [{ pressReleaseId: "not-a-uuid", contactIds: [contact.id] }, "pressReleaseId"],
      [{ pressReleaseId: release.id }, "listIds"],
      [{ pressReleaseId: release.id, listIds: [], contactIds: [] }, "listIds"],
      [{ pressReleaseId: release.id, contactIds: ["x"] }, "contactIds.0"],
      [{ pressReleaseId: release.id, contactIds: [contact.id], extra: 1 }, "extra"],
      [{ pressReleaseId: release.id, contactIds: [randomUUID()] }, "contactIds"],
      [{ pressReleaseId: release.id, listIds: [randomUUID()] }, "listIds"],
    ];
    for (const [input, field] of cases) {
      const error = await expectRefusedAndUnchanged(() => startDistribution(spokesperson, input), ValidationError);
      expect(Object.keys(error.fieldIssues), JSON.stringify(input)).toContain(field);
    }
    await expectRefusedAndUnchanged(() => startDistribution(spokesperson, { pressReleaseId: randomUUID(), contactIds: [contact.id] }), NotFoundError);
    await expectRefusedAndUnchanged(() => retryFailedRecipients(spokesperson, { distributionId: "nope" }), ValidationError);
    await expectRefusedAndUnchanged(() => retryFailedRecipients(spokesperson, { distributionId: randomUUID() }), NotFoundError);
  });
});

describe("unsubscribe by token", () => {
  it("sets unsubscribedAt with an audit entry without actor; later distributions skip the contact", async () => {
    const contact = await makeContact();
    expect(await unsubscribeByToken({ token: contact.unsubscribeToken }, { via: "oneClick" })).toEqual({ alreadyUnsubscribed: false });
    const row = await db.mediaContact.findUniqueOrThrow({ where: { id: contact.id } });
    expect(row.unsubscribedAt).toBeInstanceOf(Date);
    const audit = await db.auditLog.findMany({ where: { action: "mediaContact.unsubscribe", entityId: contact.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: null, after: { via: "oneClick" } });

    // A second click changes nothing.
    expect(await unsubscribeByToken({ token: contact.unsubscribeToken })).toEqual({ alreadyUnsubscribed: true });
    expect(await db.auditLog.count({ where: { action: "mediaContact.unsubscribe", entityId: contact.id } })).toBe(1);

    const release = await makeRelease();
    const other = await makeContact();
    const list = await makeList([contact.id, other.id]);
    const { id } = await startDistribution(spokesperson, { pressReleaseId: release.id, listIds: [list.id] });
    await sendDistribution({ distributionId: id });
    expect(await statusByEmail(id)).toEqual({ [contact.email]: "SKIPPED", [other.email]: "SENT" });
    expect(smtp.to(contact.email)).toHaveLength(0);
  });

  it("one-click (RFC 8058): POST to the List-Unsubscribe address unsubscribes; GET only leads to the page", async () => {
    const contact = await makeContact();
    const params = (token: string) => ({ params: Promise.resolve({ token }) });
    const url = `${BASE_URL}/api/unsubscribe/${contact.unsubscribeToken}`;

    const get = await oneClickGet(new Request(url), params(contact.unsubscribeToken));
    expect(get.status).toBe(303);
    expect(get.headers.get("location")).toBe(`${BASE_URL}/newsroom/unsubscribe/${contact.unsubscribeToken}`);
    expect((await db.mediaContact.findUniqueOrThrow({ where: { id: contact.id } })).unsubscribedAt).toBeNull();

    const post = await oneClickPost(new Request(url, { method: "POST", body: "List-Unsubscribe=One-Click" }), params(contact.unsubscribeToken));
    expect(post.status).toBe(200);
    expect((await db.mediaContact.findUniqueOrThrow({ where: { id: contact.id } })).unsubscribedAt).toBeInstanceOf(Date);
    expect(await db.auditLog.findFirst({ where: { action: "mediaContact.unsubscribe", entityId: contact.id } })).toMatchObject({ actorId: null, after: { via: "oneClick" } });

    const unknown = await oneClickPost(new Request(url, { method: "POST" }), params(randomBytes(24).toString("base64url")));
    expect(unknown.status).toBe(404);
    const malformed = await oneClickPost(new Request(url, { method: "POST" }), params("<x>"));
    expect(malformed.status).toBe(404);
  });

  it("answers an unknown token with NotFound('unsubscribeLinkInvalid') and a malformed one with a ValidationError, nothing changed", async () => {
    const error = await expectRefusedAndUnchanged(() => unsubscribeByToken({ token: randomBytes(24).toString("base64url") }), NotFoundError);
    expect(error.messageKey).toBe("unsubscribeLinkInvalid");
    await expectRefusedAndUnchanged(() => unsubscribeByToken({ token: "<script>" }), ValidationError);
    await expectRefusedAndUnchanged(() => unsubscribeByToken({}), ValidationError);
  });
});

describe("queries", () => {
  it("getDistributionStatus counts per status; listDistributionTargets lists lists with member counts and contacts with flags", async () => {
    const release = await makeRelease();
    const [a, b] = [await makeContact(), await makeContact({ doNotContact: true })];
    const list = await makeList([a.id, b.id]);
    const { id } = await startDistribution(spokesperson, { pressReleaseId: release.id, listIds: [list.id] });
    await sendDistribution({ distributionId: id });

    const [view] = await getDistributionStatus(spokesperson, release.id);
    expect(view).toMatchObject({ id, status: "DONE", total: 2, counts: { SENT: 1, SKIPPED: 1, QUEUED: 0, SENDING: 0, FAILED: 0 } });
    expect(view.recipients.map((row) => row.email).sort()).toEqual([a.email, b.email].sort());
    await expect(getDistributionStatus(spokesperson, "nope")).rejects.toBeInstanceOf(NotFoundError);

    const targets = await listDistributionTargets(spokesperson);
    expect(targets.lists.find((candidate) => candidate.id === list.id)?.memberCount).toBe(2);
    expect(targets.contacts.find((candidate) => candidate.id === b.id)).toMatchObject({ doNotContact: true, isUnsubscribed: false, email: b.email });
  });
});
