import { describe, expect, it } from "vitest";
import { updateOfficeSettings } from "@/features/settings/service";
import { db } from "@/server/db";
import { ConflictError, ForbiddenError, PreconditionError, UnauthenticatedError, ValidationError } from "@/server/errors";
import { makePressRelease, makeTopic, makeUser, unique, uniqueEmail } from "../../../tests/support/factories";
import { expectRefusedWithoutChange } from "../../../tests/support/snapshot";
import { sendInquiryAnswer } from "./jobs";
import { getInquiry, inquiryStats, listInquiries, searchAnswerBank } from "./queries";
import {
  approveAnswer,
  assignInquiry,
  closeInquiry,
  consultDepartment,
  createInquiry,
  INQUIRY_ANSWER_JOB,
  linkInquiry,
  recordAnswerGiven,
  recordConsultationResponse,
  resendAnswer,
  reuseAnswer,
  saveAnswerDraft,
  sendAnswer,
  updateInquiry,
} from "./service";

async function makeContact() {
  const outlet = await db.mediaOutlet.create({ data: { name: unique("Deník"), kind: "PRINT" } });
  const contact = await db.mediaContact.create({
    data: { name: "Petra Malá", email: uniqueEmail("novinarka"), outletId: outlet.id, legalBasis: "veřejný zájem", unsubscribeToken: unique("t") },
  });
  return { outlet, contact };
}

const phoneInquiry = (contactId: string, extra: Record<string, unknown> = {}) => ({
  contactId,
  channel: "PHONE",
  receivedAt: "2026-03-05T09:30",
  subject: `Uzavírka mostu ${unique("s")}`,
  question: "Kdy skončí uzavírka mostu přes Lhotecký potok?",
  ...extra,
});

async function staff() {
  return {
    spokes: (await makeUser({ roles: ["SPOKESPERSON"] })).actor,
    head: (await makeUser({ roles: ["HEAD_OF_OFFICE"] })).actor,
    pr: (await makeUser({ roles: ["PR_STAFF"] })).actor,
    assistant: (await makeUser({ roles: ["ASSISTANT"] })).actor,
    admin: (await makeUser({ roles: ["ADMIN"] })).actor,
  };
}

describe("sending a failed answer again", () => {
  it("re-queues a FAILED answer to a corrected address, once, by the spokesperson only", async () => {
    const { spokes, pr } = await staff();
    const { contact } = await makeContact();
    const created = await createInquiry(spokes, phoneInquiry(contact.id));
    let step = await saveAnswerDraft(spokes, { id: created.id, version: created.version, answerDraft: "Do konce dubna." });
    step = await approveAnswer(spokes, { id: created.id, version: step.version });
    step = await sendAnswer(spokes, { id: created.id, version: step.version, to: "preklep@lhotecky-denik.exampel" });
    // Not failed (yet): nothing to send again.
    await expectRefusedWithoutChange(() => resendAnswer(spokes, { id: created.id, version: step.version, to: contact.email }), PreconditionError);
    // What the job leaves after the SMTP server refused the address.
    await db.inquiry.update({ where: { id: created.id }, data: { sentStatus: "FAILED", sentError: "550 No such domain", sentMessageId: "<x@herald>" } });
    await expectRefusedWithoutChange(() => resendAnswer(pr, { id: created.id, version: step.version, to: contact.email }), ForbiddenError);
    await expectRefusedWithoutChange(() => resendAnswer(spokes, { id: created.id, version: step.version, to: "not an address" }), ValidationError);
    await expectRefusedWithoutChange(() => resendAnswer(spokes, { id: created.id, version: step.version + 5, to: contact.email }), ConflictError);

    step = await resendAnswer(spokes, { id: created.id, version: step.version, to: contact.email });
    expect(await db.inquiry.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ sentStatus: "QUEUED", sentError: null, sentMessageId: null, answerEmail: contact.email });
    expect(await db.job.count({ where: { kind: INQUIRY_ANSWER_JOB, payload: { equals: { inquiryId: created.id } } } })).toBe(2);
    await sendInquiryAnswer({ inquiryId: created.id }, { attempt: 1 });
    expect(await db.outboxMessage.count({ where: { to: contact.email } })).toBe(1);
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: created.id } })).sentStatus).toBe("SENT");
    expect(await db.auditLog.findFirst({ where: { entityId: created.id, action: "inquiry.resend" } })).toMatchObject({ actorId: spokes.id });
  });
});

describe("the default deadline", () => {
  it("is the outlet's next editorial deadline when it has one (Thursday 10:30 → Thursday 16:00), else 24 hours", async () => {
    const { spokes } = await staff();
    const { contact, outlet } = await makeContact();
    await db.mediaOutlet.update({ where: { id: outlet.id }, data: { deadlineDays: [1, 2, 3, 4, 5], deadlineTime: "16:00" } });
    // 5 March 2026 is a Thursday; Prague is UTC+1 in March.
    const created = await createInquiry(spokes, phoneInquiry(contact.id, { receivedAt: "2026-03-05T10:30" }));
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: created.id } })).deadline.toISOString()).toBe("2026-03-05T15:00:00.000Z");
    // Friday evening → Monday 16:00.
    const late = await createInquiry(spokes, phoneInquiry(contact.id, { receivedAt: "2026-03-06T18:00" }));
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: late.id } })).deadline.toISOString()).toBe("2026-03-09T15:00:00.000Z");
    // A deadline typed in wins.
    const typed = await createInquiry(spokes, phoneInquiry(contact.id, { receivedAt: "2026-03-05T10:30", deadline: "2026-03-05T12:00" }));
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: typed.id } })).deadline.toISOString()).toBe("2026-03-05T11:00:00.000Z");
  });
});

describe("the inquiry desk", () => {
  it("logs a phone inquiry, assigns it, consults a department, approves and sends the answer exactly once, closes it", async () => {
    const { spokes, pr } = await staff();
    const { contact, outlet } = await makeContact();
    const created = await createInquiry(spokes, phoneInquiry(contact.id));
    expect(created.number).toMatch(/^D-2026-\d{4}$/);
    expect(created.status).toBe("NEW");
    let row = await db.inquiry.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ contactId: contact.id, outletId: outlet.id, ownerId: spokes.id, channel: "PHONE", isFoiRequest: false, foiDeadline: null });
    // The default deadline: 24 hours after receipt.
    expect(row.deadline.getTime() - row.receivedAt.getTime()).toBe(24 * 3_600_000);

    let step = await assignInquiry(spokes, { id: created.id, version: created.version, ownerId: pr.id });
    expect(step.status).toBe("IN_PROGRESS");
    expect(await db.notification.count({ where: { userId: pr.id, kind: "inquiryAssigned", entityId: created.id } })).toBe(1);

    const consulted = await consultDepartment(pr, { id: created.id, version: step.version, department: "Odbor dopravy", person: "Ing. Jan Kovář" });
    expect(consulted.status).toBe("WAITING_FOR_DEPARTMENT");
    step = await recordConsultationResponse(pr, { id: created.id, version: consulted.version, consultationId: consulted.consultationId, response: "Do konce dubna." });
    expect(step.status).toBe("IN_PROGRESS");
    step = await saveAnswerDraft(pr, { id: created.id, version: step.version, answerDraft: "Uzavírka skončí 30. dubna." });
    // PR staff prepare the answer; approving is the spokesperson's.
    await expectRefusedWithoutChange(() => approveAnswer(pr, { id: created.id, version: step.version }), ForbiddenError);
    step = await approveAnswer(spokes, { id: created.id, version: step.version });
    step = await sendAnswer(spokes, { id: created.id, version: step.version, to: contact.email });
    expect(step.status).toBe("ANSWERED");
    row = await db.inquiry.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ answerChannel: "EMAIL", answerEmail: contact.email, sentStatus: "QUEUED", answerApprovedById: spokes.id });
    expect(await db.job.count({ where: { kind: INQUIRY_ANSWER_JOB, payload: { equals: { inquiryId: created.id } } } })).toBe(1);

    // The job, twice (a re-run after a crash): one e-mail (no SMTP_URL in tests: the outbox).
    const outboxBefore = await db.outboxMessage.count({ where: { to: contact.email } });
    await sendInquiryAnswer({ inquiryId: created.id }, { attempt: 1 });
    await sendInquiryAnswer({ inquiryId: created.id }, { attempt: 2 });
    const mails = await db.outboxMessage.findMany({ where: { to: contact.email } });
    expect(mails.length - outboxBefore).toBe(1);
    expect(mails.at(-1)!.text).toContain("Uzavírka skončí 30. dubna.");
    expect(mails.at(-1)!.subject).toContain(created.number);
    row = await db.inquiry.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.sentStatus).toBe("SENT");
    expect(row.sentAt).not.toBeNull();

    step = await closeInquiry(spokes, { id: created.id, version: step.version });
    expect(step.status).toBe("CLOSED");
    const detail = await getInquiry(spokes, created.id);
    expect(detail.timeline.map((entry) => entry.action)).toEqual([
      "inquiry.create",
      "inquiry.assign",
      "inquiry.consult",
      "inquiry.consultationResponse",
      "inquiry.draft",
      "inquiry.approve",
      "inquiry.send",
      "inquiry.answerSent",
      "inquiry.close",
    ]);
    expect(detail.consultations).toMatchObject([{ department: "Odbor dopravy", person: "Ing. Jan Kovář", response: "Do konce dubna." }]);
    expect(detail.allowedActions).toEqual(["link"]);
  });

  it("computes the FOI deadline (15 days, then the next working day) and defaults the deadline to its end", async () => {
    const { spokes } = await staff();
    const { contact } = await makeContact();
    // Friday 6 March 2026 + 15 days = Saturday 21 March → Monday 23 March.
    const created = await createInquiry(spokes, phoneInquiry(contact.id, { receivedAt: "2026-03-06T10:00", isFoiRequest: "on", channel: "EMAIL" }));
    const row = await db.inquiry.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.foiDeadline?.toISOString().slice(0, 10)).toBe("2026-03-23");
    expect(row.foiLaw).toBe("CZ");
    expect(row.deadline.toISOString()).toBe("2026-03-23T22:59:59.999Z"); // 23:59:59.999 in Prague (CET)
    const detail = await getInquiry(spokes, created.id);
    expect(detail.foiDeadline).toBe("2026-03-23");
    expect(detail.foiCitation).toContain("106/1999");
  });

  it("numbers inquiries per year, one record for a double click, and keeps unknown people as free text or a new contact", async () => {
    const { pr } = await staff();
    const key = crypto.randomUUID();
    const input = { requesterName: "Jan Novák", requesterEmail: "jan.novak@example.org", channel: "EMAIL", receivedAt: "2026-02-01T08:00", subject: "Dotaz", question: "Kolik stojí?", idempotencyKey: key };
    const [first, second] = [await createInquiry(pr, input), await createInquiry(pr, input)];
    expect(second).toEqual(first);
    expect(await db.inquiry.count({ where: { subject: "Dotaz", requesterName: "Jan Novák" } })).toBe(1);
    const next = await createInquiry(pr, { ...input, idempotencyKey: crypto.randomUUID() });
    expect(Number(next.number.slice(-4))).toBe(Number(first.number.slice(-4)) + 1);
    const other = await createInquiry(pr, { ...input, receivedAt: "2025-12-31T10:00", idempotencyKey: undefined });
    expect(other.number).toMatch(/^D-2025-/);

    const email = uniqueEmail("nova");
    const withContact = await createInquiry(pr, { ...input, idempotencyKey: undefined, requesterEmail: email, saveContact: "on", legalBasis: "veřejný zájem – čl. 6 odst. 1 písm. e) GDPR" });
    const contact = await db.mediaContact.findUniqueOrThrow({ where: { email } });
    expect(await db.inquiry.findUniqueOrThrow({ where: { id: withContact.id } })).toMatchObject({ contactId: contact.id, requesterName: null });
    expect(await db.auditLog.count({ where: { action: "mediaContact.create", entityId: contact.id } })).toBe(1);
  });

  it("refuses other roles, bad input and stale versions, with nothing changed", async () => {
    const { spokes, pr, assistant, admin } = await staff();
    const { contact } = await makeContact();
    await expectRefusedWithoutChange(() => createInquiry(null, phoneInquiry(contact.id)), UnauthenticatedError);
    for (const actor of [assistant, admin]) {
      await expectRefusedWithoutChange(() => createInquiry(actor, phoneInquiry(contact.id)), ForbiddenError);
      await expectRefusedWithoutChange(() => listInquiries(actor), ForbiddenError);
    }
    // Bad input: missing question, unknown channel, unknown field, neither contact nor name, a future receipt,
    // a deadline before receipt, an unknown contact, a clipping link that is not http(s).
    for (const bad of [
      phoneInquiry(contact.id, { question: "" }),
      phoneInquiry(contact.id, { channel: "PIGEON" }),
      phoneInquiry(contact.id, { extra: 1 }),
      phoneInquiry("", {}),
      phoneInquiry(contact.id, { receivedAt: "2099-01-01T10:00" }),
      phoneInquiry(contact.id, { deadline: "2026-03-01T10:00" }),
      phoneInquiry(crypto.randomUUID()),
      phoneInquiry("", { requesterName: "Anonym", saveContact: "on" }),
    ]) {
      await expectRefusedWithoutChange(() => createInquiry(spokes, bad), ValidationError);
    }
    const created = await createInquiry(spokes, phoneInquiry(contact.id));
    await expectRefusedWithoutChange(() => linkInquiry(spokes, { id: created.id, version: created.version, clippingUrl: "javascript:alert(1)" }), ValidationError);
    await expectRefusedWithoutChange(() => assignInquiry(spokes, { id: created.id, version: created.version, ownerId: assistant.id }), ValidationError);
    await expectRefusedWithoutChange(() => assignInquiry(assistant, { id: created.id, version: created.version, ownerId: pr.id }), ForbiddenError);
    await expectRefusedWithoutChange(() => saveAnswerDraft(spokes, { id: created.id, version: created.version + 1, answerDraft: "x" }), ConflictError);
    await expectRefusedWithoutChange(() => closeInquiry(spokes, { id: created.id, version: created.version }), PreconditionError);
    await expectRefusedWithoutChange(() => approveAnswer(spokes, { id: created.id, version: created.version }), PreconditionError); // NEW: nothing to approve
    const drafted = await saveAnswerDraft(pr, { id: created.id, version: created.version, answerDraft: "Odpověď." });
    await expectRefusedWithoutChange(() => sendAnswer(spokes, { id: drafted.id, version: drafted.version, to: contact.email }), PreconditionError); // not approved
    await expectRefusedWithoutChange(() => sendAnswer(spokes, { id: drafted.id, version: drafted.version, to: "not-an-address" }), ValidationError);
    await expectRefusedWithoutChange(() => recordAnswerGiven(pr, { id: drafted.id, version: drafted.version, answerChannel: "PHONE" }), ForbiddenError);
    // A changed draft needs a new approval.
    const approved = await approveAnswer(spokes, { id: drafted.id, version: drafted.version });
    const redrafted = await saveAnswerDraft(pr, { id: drafted.id, version: approved.version, answerDraft: "Jiná odpověď." });
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: created.id } })).answerApprovedAt).toBeNull();
    const given = await recordAnswerGiven(spokes, { id: drafted.id, version: redrafted.version, answerChannel: "PHONE" });
    expect(given.status).toBe("ANSWERED");
    expect(await db.inquiry.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ answerChannel: "PHONE", answerApprovedById: spokes.id, sentStatus: null });
  });

  it("gives new inquiries to the stand-in while the spokesperson is away; the stand-in approves", async () => {
    const { head, pr, spokes } = await staff();
    const { user: standIn, actor: standInActor } = await makeUser({ roles: ["PR_STAFF"] });
    const { contact } = await makeContact();
    await updateOfficeSettings(head, { spokespersonMayPublishOwn: "on", spokespersonAway: "on", inquiryStandInId: standIn.id });
    try {
      const created = await createInquiry(pr, phoneInquiry(contact.id));
      expect(await db.inquiry.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ ownerId: standIn.id, standInId: standIn.id });
      const detail = await getInquiry(standInActor, created.id);
      expect(detail.away).toBe(true);
      const drafted = await saveAnswerDraft(standInActor, { id: created.id, version: created.version, answerDraft: "Odpověď zástupu." });
      expect(detail.allowedActions).not.toContain("approve");
      expect((await getInquiry(standInActor, created.id)).allowedActions).toContain("approve");
      await expectRefusedWithoutChange(() => approveAnswer(pr, { id: created.id, version: drafted.version }), ForbiddenError);
      const approved = await approveAnswer(standInActor, { id: created.id, version: drafted.version });
      expect(approved.version).toBe(drafted.version + 1);
    } finally {
      await updateOfficeSettings(head, { spokespersonMayPublishOwn: "on" });
    }
    // Back: the stand-in is a PR officer again, and the chosen owner (or the one logging) owns new inquiries.
    const after = await createInquiry(spokes, phoneInquiry(contact.id));
    expect(await db.inquiry.findUniqueOrThrow({ where: { id: after.id } })).toMatchObject({ ownerId: spokes.id, standInId: null });
  });

  it("finds earlier answers without diacritics and reuses one as a draft; links a release and a clipping", async () => {
    const { spokes } = await staff();
    const { contact } = await makeContact();
    const word = `Žluťoučký${Math.random().toString(36).slice(2, 7)}`;
    const answered = await createInquiry(spokes, phoneInquiry(contact.id, { question: `Kolik stojí oprava školní jídelny ${word}?` }));
    const drafted = await saveAnswerDraft(spokes, { id: answered.id, version: answered.version, answerDraft: `Oprava jídelny stojí 4,2 milionu korun (${word}).` });
    await recordAnswerGiven(spokes, { id: answered.id, version: drafted.version, answerChannel: "PHONE" });
    const ascii = word.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
    const found = await searchAnswerBank(spokes, { q: `jidelny ${ascii}` });
    expect(found.rows.map((row) => row.id)).toEqual([answered.id]);
    expect((await searchAnswerBank(spokes, { q: "skolni JIDELNY" })).rows.map((row) => row.id)).toContain(answered.id);
    // Unanswered inquiries are not in the bank.
    const open = await createInquiry(spokes, phoneInquiry(contact.id, { question: `Otevřený dotaz ${word}` }));
    expect((await searchAnswerBank(spokes, { q: ascii })).rows.map((row) => row.id)).toEqual([answered.id]);

    const reused = await reuseAnswer(spokes, { id: open.id, version: open.version, sourceId: answered.id });
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: open.id } })).answerDraft).toContain(word);
    await expectRefusedWithoutChange(() => reuseAnswer(spokes, { id: open.id, version: reused.version, sourceId: open.id }), ValidationError);

    const release = await makePressRelease({ status: "PUBLISHED" });
    await linkInquiry(spokes, { id: answered.id, version: drafted.version + 1, releaseId: release.id, clippingUrl: "https://lhotecky-denik.example/clanek/123" });
    expect(await db.inquiry.findUniqueOrThrow({ where: { id: answered.id } })).toMatchObject({ releaseId: release.id, clippingUrl: "https://lhotecky-denik.example/clanek/123" });
  });

  it("lists with filters, the overdue ones marked and counted", async () => {
    const { spokes, pr } = await staff();
    const { contact } = await makeContact();
    const topic = await makeTopic();
    const now = new Date("2026-03-10T12:00:00Z");
    const late = await createInquiry(spokes, phoneInquiry(contact.id, { receivedAt: "2026-03-08T10:00", topicId: topic.id, ownerId: pr.id }), now);
    const onTime = await createInquiry(spokes, phoneInquiry(contact.id, { receivedAt: "2026-03-10T10:00" }), now);
    const overdue = await listInquiries(spokes, { overdue: "1", ownerId: pr.id }, now);
    expect(overdue.rows.map((row) => row.id)).toContain(late.id);
    expect(overdue.rows.map((row) => row.id)).not.toContain(onTime.id);
    expect(overdue.rows.every((row) => row.overdue)).toBe(true);
    expect(overdue.overdueCount).toBeGreaterThanOrEqual(1);
    const byNumber = await listInquiries(pr, { q: late.number }, now);
    expect(byNumber.rows.map((row) => row.id)).toEqual([late.id]);
    expect((await listInquiries(pr, { status: "BOGUS", page: "x" }, now)).page).toBe(1);
  });
});

describe("editing an inquiry", () => {
  it("recomputes the FOI deadline when the flag changes; a stale form is refused with nothing changed", async () => {
    const { spokes } = await staff();
    const { contact } = await makeContact();
    // Received on Sunday 22 March 2026: + 15 days = Easter Monday 6 April → Tuesday 7 April.
    const created = await createInquiry(spokes, phoneInquiry(contact.id, { receivedAt: "2026-03-22T18:00" }));
    const edit = { id: created.id, subject: "Upravený dotaz", question: "Upravená otázka?", deadline: "2026-04-07T16:00", isFoiRequest: "on" };
    const edited = await updateInquiry(spokes, { ...edit, version: created.version });
    expect(await db.inquiry.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ subject: "Upravený dotaz", isFoiRequest: true, foiLaw: "CZ" });
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: created.id } })).foiDeadline?.toISOString().slice(0, 10)).toBe("2026-04-07");
    await expectRefusedWithoutChange(() => updateInquiry(spokes, { ...edit, version: created.version, subject: "Jiný" }), ConflictError);
    await updateInquiry(spokes, { ...edit, version: edited.version, isFoiRequest: undefined });
    expect(await db.inquiry.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ isFoiRequest: false, foiDeadline: null, foiLaw: null });
  });
});

describe("response-time statistics", () => {
  it("give the median and the 90th percentile per month of receipt (percentile_cont)", async () => {
    const { user } = await makeUser({ roles: ["SPOKESPERSON"] });
    const received = new Date("2031-01-10T10:00:00Z");
    const hours = [2, 4, 6, 8, 10];
    for (const [index, h] of hours.entries()) {
      await db.inquiry.create({
        data: {
          number: `D-2031-${String(9000 + index)}`,
          requesterName: "Statistika",
          channel: "EMAIL",
          receivedAt: received,
          subject: "Statistika",
          question: "?",
          deadline: new Date(received.getTime() + 5 * 3_600_000),
          status: "ANSWERED",
          answeredAt: new Date(received.getTime() + h * 3_600_000),
          createdById: user.id,
        },
      });
    }
    // One still open in the same month: received, not answered.
    await db.inquiry.create({
      data: { number: "D-2031-9100", requesterName: "Statistika", channel: "PHONE", receivedAt: received, subject: "Otevřený", question: "?", deadline: received, createdById: user.id },
    });
    const { actor } = await makeUser({ roles: ["HEAD_OF_OFFICE"] });
    const stats = await inquiryStats(actor, { months: "1" }, new Date("2031-01-31T12:00:00Z"));
    expect(stats).toEqual([{ month: "2031-01", received: 6, answered: 5, late: 3, medianHours: 6, p90Hours: expect.closeTo(9.2, 6) }]);
    const { actor: assistant } = await makeUser({ roles: ["ASSISTANT"] });
    await expect(inquiryStats(assistant, {})).rejects.toBeInstanceOf(ForbiddenError);
  });
});
