import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { ConflictError, ForbiddenError, NotFoundError, PreconditionError, UnauthenticatedError, ValidationError } from "@/server/errors";
import { closeMailTransport } from "@/server/mail/send-mail";
import { makeUser, uniqueEmail, uniqueIp } from "../../../tests/support/factories";
import { expectRefusedUnchanged, makeNewspaper } from "../../../tests/support/newspaper-ads";
import { startSmtpServer, type TestSmtpServer } from "../../../tests/support/smtp-server";
import { sendConfirmationMails, sendEditionJob } from "./jobs";
import { getConfirmLinkState, getEditionPage, getPublicEdition, getUnsubscribeLinkState, listSubscribers } from "./queries";
import {
  addSubscriber,
  approveEdition,
  buildEdition,
  confirmSubscription,
  eraseSubscriber,
  importSubscribers,
  refreshEditionArticles,
  sendEdition,
  submitEdition,
  SUBSCRIBE_LIMIT,
  subscribe,
  unsubscribeByToken,
  unsubscribeSubscriber,
  updateEdition,
} from "./service";

// The e-mail edition on PostgreSQL with a real SMTP server: double opt-in (an unconfirmed address gets
// nothing), consent records, one-click unsubscribe, the edition's four-eyes approval, sending exactly once
// also when the job runs twice or concurrently, refusals per role and bad input that changes nothing.

let smtp: TestSmtpServer;
let pr: Actor;
let spokesperson: Actor;
let head: Actor;
let assistant: Actor;
const saved = { SMTP_URL: process.env.SMTP_URL, NEXTAUTH_URL: process.env.NEXTAUTH_URL };

beforeAll(async () => {
  smtp = await startSmtpServer();
  process.env.NEXTAUTH_URL = "https://herald.test.example";
  pr = (await makeUser({ roles: ["PR_STAFF"] })).actor;
  spokesperson = (await makeUser({ roles: ["SPOKESPERSON"] })).actor;
  head = (await makeUser({ roles: ["HEAD_OF_OFFICE"] })).actor;
  assistant = (await makeUser({ roles: ["ASSISTANT"] })).actor;
});
beforeEach(() => {
  process.env.SMTP_URL = smtp.url;
});
afterAll(async () => {
  closeMailTransport();
  await smtp.stop();
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

const tokenIn = (text: string, path: string) => new RegExp(`${path}/([A-Za-z0-9_-]+)`).exec(text)?.[1] ?? "";

/** Subscribes on the public form and confirms through the e-mailed link; returns the subscriber. */
async function confirmedSubscriber(name = "Čtenář") {
  const email = uniqueEmail("reader");
  await subscribe({ email, name, consent: "on" }, { ip: uniqueIp() });
  await sendConfirmationMails({});
  const token = tokenIn(smtp.to(email).at(-1)?.text ?? "", "/newsroom/newsletter/confirm");
  await confirmSubscription({ token });
  return db.newsletterSubscriber.findUniqueOrThrow({ where: { email } });
}

describe("double opt-in", () => {
  it("records the consent, mails a confirmation link, and confirms only by the link's button", async () => {
    const email = uniqueEmail("Reader");
    const ip = uniqueIp();
    await subscribe({ email: ` ${email.toUpperCase()} `, name: "Jana Dvořáková", consent: "on", submissionKey: "sub-key-0001" }, { ip });
    // A double submit is one subscription.
    await subscribe({ email, name: "Jana Dvořáková", consent: "on", submissionKey: "sub-key-0001" }, { ip });
    const pending = await db.newsletterSubscriber.findUniqueOrThrow({ where: { email: email.toLowerCase() }, include: { consents: true } });
    expect(pending).toMatchObject({ status: "PENDING", consentSource: "PUBLIC_FORM", consentVersion: "2026-11", name: "Jana Dvořáková" });
    expect(pending.consents.map((c) => c.action)).toEqual(["SUBSCRIBED"]);

    await sendConfirmationMails({});
    const mails = smtp.to(email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toContain("Potvrďte odběr");
    const token = tokenIn(mails[0].text, "/newsroom/newsletter/confirm");
    expect(mails[0].text).toContain(`https://herald.test.example/newsroom/newsletter/confirm/${token}`);
    expect(await getConfirmLinkState(token)).toBe("pending");

    // Opening the page changes nothing; the button confirms; a second click is harmless.
    await expect(confirmSubscription({ token })).resolves.toEqual({ status: "confirmed" });
    await expect(confirmSubscription({ token })).resolves.toEqual({ status: "already" });
    const confirmed = await db.newsletterSubscriber.findUniqueOrThrow({ where: { id: pending.id }, include: { consents: { orderBy: { at: "asc" } } } });
    expect(confirmed.status).toBe("CONFIRMED");
    expect(confirmed.consents.map((c) => c.action)).toEqual(["SUBSCRIBED", "CONFIRMED"]);
    // The consent history is append-only.
    await expect(db.newsletterConsentRecord.updateMany({ where: { subscriberId: pending.id }, data: { consentVersion: "x" } })).rejects.toThrow(/append-only/);
  });

  it("tells nobody whether an address subscribes, and does not flood a pending address", async () => {
    const subscriber = await confirmedSubscriber();
    const before = smtp.to(subscriber.email).length;
    await expect(subscribe({ email: subscriber.email, consent: "on" }, { ip: uniqueIp() })).resolves.toEqual({ ok: true });
    await sendConfirmationMails({});
    expect(smtp.to(subscriber.email)).toHaveLength(before); // confirmed: no new e-mail

    const email = uniqueEmail("pending");
    await subscribe({ email, consent: "on" }, { ip: uniqueIp() });
    await subscribe({ email, consent: "on" }, { ip: uniqueIp() });
    await sendConfirmationMails({});
    expect(smtp.to(email)).toHaveLength(1);
  });

  it("refuses bad input and floods, and ignores robots, changing nothing", async () => {
    await expectRefusedUnchanged(() => subscribe({ email: uniqueEmail(), consent: "off" }, { ip: uniqueIp() }), ValidationError);
    await expectRefusedUnchanged(() => subscribe({ email: "not-an-address", consent: "on" }, { ip: uniqueIp() }), ValidationError);
    await expectRefusedUnchanged(() => subscribe({ email: uniqueEmail(), consent: "on", extra: 1 }, { ip: uniqueIp() }), ValidationError);
    await expectRefusedUnchanged(() => confirmSubscription({ token: "short" }), ValidationError);
    await expectRefusedUnchanged(() => confirmSubscription({ token: "x".repeat(32) }), NotFoundError);
    const robot = uniqueEmail("robot");
    await subscribe({ email: robot, consent: "on", website: "http://spam.example" }, { ip: uniqueIp() });
    expect(await db.newsletterSubscriber.findUnique({ where: { email: robot } })).toBeNull();

    const ip = uniqueIp();
    for (let i = 0; i < SUBSCRIBE_LIMIT.failures; i += 1) await subscribe({ email: uniqueEmail("flood"), consent: "on" }, { ip });
    const error = await subscribe({ email: uniqueEmail("flood"), consent: "on" }, { ip }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PreconditionError);
    expect((error as PreconditionError).messageKey).toBe("tooManySubscriptions");
  });

  it("lets an expired link confirm nothing", async () => {
    const email = uniqueEmail("late");
    await subscribe({ email, consent: "on" }, { ip: uniqueIp() });
    const subscriber = await db.newsletterSubscriber.findUniqueOrThrow({ where: { email } });
    const later = new Date(Date.now() + 8 * 86_400_000);
    expect(await getConfirmLinkState(subscriber.confirmToken ?? "", later)).toBe("expired");
    await expect(confirmSubscription({ token: subscriber.confirmToken }, later)).rejects.toMatchObject({ messageKey: "newsletterLinkExpired" });
  });
});

describe("unsubscribing", () => {
  it("takes one click (the page's button or the mail client's POST), is recorded, and may be repeated", async () => {
    const subscriber = await confirmedSubscriber();
    expect(await getUnsubscribeLinkState(subscriber.unsubscribeToken)).toBe("subscribed");
    await unsubscribeByToken({ token: subscriber.unsubscribeToken }, { via: "oneClick" });
    await unsubscribeByToken({ token: subscriber.unsubscribeToken }, { via: "link" });
    expect(await getUnsubscribeLinkState(subscriber.unsubscribeToken)).toBe("unsubscribed");
    const after = await db.newsletterSubscriber.findUniqueOrThrow({ where: { id: subscriber.id }, include: { consents: { orderBy: { at: "asc" } } } });
    expect(after.status).toBe("UNSUBSCRIBED");
    expect(after.consents.map((c) => [c.action, c.via])).toEqual([
      ["SUBSCRIBED", ""],
      ["CONFIRMED", "link"],
      ["UNSUBSCRIBED", "oneClick"],
    ]);
    await expectRefusedUnchanged(() => unsubscribeByToken({ token: "y".repeat(32) }, { via: "link" }), NotFoundError);
  });
});

describe("staff", () => {
  it("add readers (e-mail confirmation or paper consent), import a CSV, unsubscribe and erase, with refusals per role", async () => {
    const byMail = uniqueEmail("staff");
    await addSubscriber(pr, { email: byMail, name: "Petr", source: "STAFF", idempotencyKey: "add-1" });
    await addSubscriber(pr, { email: byMail, name: "Petr", source: "STAFF", idempotencyKey: "add-1" }); // retry: one record
    expect((await db.newsletterSubscriber.findUniqueOrThrow({ where: { email: byMail } })).status).toBe("PENDING");
    const paper = uniqueEmail("paper");
    const { id } = await addSubscriber(spokesperson, { email: paper, source: "PAPER", consentOnPaperAt: "2026-01-15" });
    const onPaper = await db.newsletterSubscriber.findUniqueOrThrow({ where: { id } });
    expect(onPaper).toMatchObject({ status: "CONFIRMED", consentSource: "PAPER" });
    expect(onPaper.consentAt.toISOString().slice(0, 10)).toBe("2026-01-15");

    await expectRefusedUnchanged(() => addSubscriber(pr, { email: paper, source: "STAFF" }), ValidationError);
    await expectRefusedUnchanged(() => addSubscriber(head, { email: uniqueEmail(), source: "STAFF" }), ForbiddenError);
    await expectRefusedUnchanged(() => addSubscriber(assistant, { email: uniqueEmail(), source: "STAFF" }), ForbiddenError);
    await expectRefusedUnchanged(() => addSubscriber(null, { email: uniqueEmail(), source: "STAFF" }), UnauthenticatedError);
    await expect(listSubscribers(assistant, {})).rejects.toBeInstanceOf(ForbiddenError);

    const a = uniqueEmail("csv");
    const b = uniqueEmail("csv");
    await expectRefusedUnchanged(() => importSubscribers(pr, { csv: `email;jméno\n${a};A\nnot-an-email;B\n` }), ValidationError);
    await expectRefusedUnchanged(() => importSubscribers(pr, { csv: `email;jméno\n${a};A\n${a};A\n` }), ValidationError);
    await expect(importSubscribers(pr, { csv: `\uFEFFemail;jméno\n${a};Anna\n${b};\n${paper};\n` })).resolves.toEqual({ imported: 2, skipped: 1 });
    expect((await db.newsletterSubscriber.findUniqueOrThrow({ where: { email: a } })).consentSource).toBe("IMPORT");

    const listed = await listSubscribers(head, { q: paper });
    expect(listed.rows.map((row) => row.id)).toEqual([id]);
    await expectRefusedUnchanged(() => unsubscribeSubscriber(pr, { id, version: onPaper.version + 5 }), ConflictError);
    await unsubscribeSubscriber(pr, { id, version: onPaper.version });
    await expectRefusedUnchanged(() => eraseSubscriber(pr, { id, confirm: "off" }), ValidationError);
    await expectRefusedUnchanged(() => eraseSubscriber(head, { id, confirm: "on" }), ForbiddenError);
    await eraseSubscriber(pr, { id, confirm: "on" });
    expect(await db.newsletterSubscriber.findUnique({ where: { id } })).toBeNull();
  });
});

describe("the e-mail edition", () => {
  async function issueWithArticles() {
    const { issue } = await makeNewspaper();
    const make = (title: string, status: "APPROVED" | "PLACED" | "EDITING" | "REJECTED", page: number | null) =>
      db.article.create({
        data: { issueId: issue.id, title, perex: `Perex: ${title}`, body: "Text článku.", status, page, ...(status === "REJECTED" ? { rejectionReason: "x" } : {}) },
      });
    await make("Rozpočet na rok 2027", "PLACED", 3);
    await make("Nová lávka přes Lhotku", "APPROVED", null);
    await make("Úvodník starosty", "PLACED", 1);
    await make("Rozpracovaný článek", "EDITING", null);
    return issue;
  }

  it("is built from the approved and placed articles, approved by a second person, and sent once to confirmed subscribers only", async () => {
    const issue = await issueWithArticles();
    const reader = await confirmedSubscriber("Jana");
    const pendingEmail = uniqueEmail("unconfirmed");
    await subscribe({ email: pendingEmail, consent: "on" }, { ip: uniqueIp() });
    await sendConfirmationMails({});
    const leaver = await confirmedSubscriber("Odcházející");

    await expectRefusedUnchanged(() => buildEdition(head, { issueId: issue.id }), ForbiddenError);
    const built = await buildEdition(pr, { issueId: issue.id, idempotencyKey: "build-1" });
    expect((await buildEdition(pr, { issueId: issue.id })).id).toBe(built.id); // one per issue
    let page = await getEditionPage(pr, issue.id);
    expect(page.edition?.articles.map((a) => a.title)).toEqual(["Úvodník starosty", "Rozpočet na rok 2027", "Nová lávka přes Lhotku"]);
    expect(page.edition?.preview.html).not.toMatch(/<img/i);

    const edition = page.edition!;
    await updateEdition(pr, { id: edition.id, version: edition.version, subject: "Lhotecké listy – březen", intro: "Milí čtenáři,\n\njaro je tu." });
    let current = await db.newsletterEdition.findUniqueOrThrow({ where: { id: edition.id } });
    await expectRefusedUnchanged(() => sendEdition(pr, { id: edition.id, version: current.version }), PreconditionError, { messageKey: "editionWrongStatus" });
    await expectRefusedUnchanged(() => approveEdition(head, { id: edition.id, version: current.version }), PreconditionError, { messageKey: "editionWrongStatus" });
    await submitEdition(pr, { id: edition.id, version: current.version });
    current = await db.newsletterEdition.findUniqueOrThrow({ where: { id: edition.id } });

    // The author may not approve (even as spokesperson, who holds the permission); PR may not approve at all.
    const authorSpokes = { ...spokesperson, id: pr.id };
    await expectRefusedUnchanged(() => approveEdition(authorSpokes, { id: edition.id, version: current.version }), ForbiddenError, { messageKey: "cannotApproveOwnEdition" });
    await expectRefusedUnchanged(() => approveEdition(pr, { id: edition.id, version: current.version }), ForbiddenError);
    await expectRefusedUnchanged(() => approveEdition(head, { id: edition.id, version: current.version - 1 }), ConflictError);
    await approveEdition(head, { id: edition.id, version: current.version });
    current = await db.newsletterEdition.findUniqueOrThrow({ where: { id: edition.id } });
    expect(current).toMatchObject({ status: "APPROVED", approvedById: head.id });

    await unsubscribeByToken({ token: leaver.unsubscribeToken }, { via: "link" });
    await expectRefusedUnchanged(() => sendEdition(assistant, { id: edition.id, version: current.version }), ForbiddenError);
    const [first, second] = await Promise.allSettled([sendEdition(pr, { id: edition.id, version: current.version }), sendEdition(spokesperson, { id: edition.id, version: current.version })]);
    expect([first.status, second.status].sort()).toEqual(["fulfilled", "rejected"]);
    const recipients = await db.newsletterDelivery.findMany({ where: { editionId: edition.id } });
    expect(recipients.map((r) => r.email)).toContain(reader.email);
    expect(recipients.map((r) => r.email)).not.toContain(pendingEmail);
    expect(recipients.map((r) => r.email)).not.toContain(leaver.email);

    // The job runs twice at once, then once more (a redelivery): every recipient gets exactly one copy.
    const job = await db.job.findFirstOrThrow({ where: { dedupeKey: `newsletter:edition:${edition.id}` } });
    await Promise.all([sendEditionJob(job.payload, { jobId: job.id, attempt: 1 }), sendEditionJob(job.payload, { jobId: job.id, attempt: 1 })]);
    await sendEditionJob(job.payload, { jobId: job.id, attempt: 2 });
    for (const recipient of recipients) expect(smtp.to(recipient.email).filter((mail) => mail.subject === "Lhotecké listy – březen"), recipient.email).toHaveLength(1);
    expect(smtp.to(pendingEmail).filter((mail) => mail.subject === "Lhotecké listy – březen")).toHaveLength(0);
    expect(smtp.to(leaver.email).filter((mail) => mail.subject === "Lhotecké listy – březen")).toHaveLength(0);

    const received = smtp.to(reader.email).find((mail) => mail.subject === "Lhotecké listy – březen")!;
    expect(received.headers.get("list-unsubscribe")).toBe(`<https://herald.test.example/api/newsletter/unsubscribe/${reader.unsubscribeToken}>`);
    expect(received.headers.get("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(received.text).toContain("Dobrý den, Jana,");
    expect(received.text).toContain("jaro je tu.");
    expect(received.text).toContain(`https://herald.test.example/newsroom/newsletter/${issue.id}#clanek-`);
    expect(received.html).not.toMatch(/<img/i);

    page = await getEditionPage(head, issue.id);
    expect(page.edition?.status).toBe("SENT");
    expect(page.edition?.progress.SENT).toBe(recipients.length);
    expect(page.edition?.steps).toEqual([]);
    const web = await getPublicEdition(issue.id);
    expect(web?.articles.map((a) => a.full?.body)).toEqual(["Text článku.", "Text článku.", "Text článku."]);

    // Sent is sent: no second sending, no edits.
    await expectRefusedUnchanged(() => sendEdition(pr, { id: edition.id, version: page.edition!.version }), PreconditionError);
    await expectRefusedUnchanged(() => refreshEditionArticles(pr, { id: edition.id, version: page.edition!.version }), PreconditionError);
  });

  it("goes back to a draft when edited after approval, and refuses to be built without articles", async () => {
    const issue = await issueWithArticles();
    const { id } = await buildEdition(spokesperson, { issueId: issue.id });
    let current = await db.newsletterEdition.findUniqueOrThrow({ where: { id } });
    await submitEdition(spokesperson, { id, version: current.version });
    current = await db.newsletterEdition.findUniqueOrThrow({ where: { id } });
    await approveEdition(head, { id, version: current.version });
    current = await db.newsletterEdition.findUniqueOrThrow({ where: { id } });
    await updateEdition(pr, { id, version: current.version, subject: "Nový předmět", intro: "" });
    current = await db.newsletterEdition.findUniqueOrThrow({ where: { id } });
    expect(current).toMatchObject({ status: "DRAFT", approvedById: null, editedById: pr.id });
    await expectRefusedUnchanged(() => updateEdition(pr, { id, version: current.version, subject: "", intro: "" }), ValidationError);

    const { issue: empty } = await makeNewspaper();
    await expectRefusedUnchanged(() => buildEdition(pr, { issueId: empty.id }), PreconditionError, { messageKey: "editionNoArticles" });
  });
});
