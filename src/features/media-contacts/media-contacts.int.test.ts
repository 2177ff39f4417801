// Media contacts on PostgreSQL: authorization per role, private fields, bad input, import all-or-nothing,
// erasure (no trace in search, export, pickers or the audit log), merge, retention purge on a fixed clock.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "@/server/errors";
import { makeContact, makeOutlet, makePressRelease, makeUser, unique, uniqueEmail } from "../../../tests/support/factories";
import { expectRefusedWithoutChange } from "../../../tests/support/snapshot";
import { listDistributionTargets } from "@/features/distribution/queries";
import { contactsExportResponse } from "./export";
import {
  exportContactData,
  getContact,
  listContacts,
  listContactsForExport,
  listContactsForPicker,
  listDuplicatePairs,
} from "./queries";
import {
  addListMember,
  createContact,
  createList,
  createOutlet,
  updateOutlet,
  eraseContact,
  importContacts,
  markContactInformed,
  mergeContacts,
  previewContactImport,
  purgeInactiveContacts,
  updateContact,
} from "./service";

let head: Actor, spokes: Actor, pr: Actor, assistant: Actor, admin: Actor;

beforeAll(async () => {
  head = (await makeUser({ roles: ["HEAD_OF_OFFICE"] })).actor;
  spokes = (await makeUser({ roles: ["SPOKESPERSON"] })).actor;
  pr = (await makeUser({ roles: ["PR_STAFF"] })).actor;
  assistant = (await makeUser({ roles: ["ASSISTANT"] })).actor;
  admin = (await makeUser({ roles: ["ADMIN"] })).actor;
});

function contactInput(overrides: Record<string, unknown> = {}) {
  return {
    name: `Jiřina ${unique("Šťastná")}`,
    email: uniqueEmail("jirina"),
    beats: "doprava, kultura",
    languages: "cs",
    legalBasis: "veřejný zájem – čl. 6 odst. 1 písm. e) GDPR",
    source: "web redakce",
    ...overrides,
  };
}

describe("authorization", () => {
  it("refuses anonymous and roles without the permission, with nothing changed", async () => {
    const contact = await makeContact();
    for (const actor of [null, assistant, admin, head]) {
      const error: new () => Error = actor === null ? UnauthenticatedError : ForbiddenError;
      await expectRefusedWithoutChange(() => createContact(actor, contactInput()), error);
      await expectRefusedWithoutChange(() => updateContact(actor, { ...contactInput(), id: contact.id, version: contact.version }), error);
      await expectRefusedWithoutChange(() => createOutlet(actor, { name: unique("o"), kind: "PRINT" }), error);
      await expectRefusedWithoutChange(() => importContacts(actor, { csv: "name;email;legalBasis;source\nA;a@x.example;b;c" }), error);
      await expectRefusedWithoutChange(() => mergeContacts(actor, { keepId: contact.id, removeId: contact.id }), error);
    }
    for (const actor of [null, assistant, admin]) {
      const error: new () => Error = actor ? ForbiddenError : UnauthenticatedError;
      await expectRefusedWithoutChange(() => listContacts(actor, {}), error);
    }
    // Erasure and the data export are the spokesperson's (data-subject requests): not PR staff, not the head.
    for (const actor of [pr, head, assistant, admin]) {
      await expectRefusedWithoutChange(() => eraseContact(actor, { id: contact.id, version: contact.version, confirm: "on" }), ForbiddenError);
      await expectRefusedWithoutChange(() => exportContactData(actor, contact.id), ForbiddenError);
    }
  });

  it("never sends mobile and notes to PR staff; the spokesperson and the head see them", async () => {
    const contact = await makeContact({ mobile: "+420 777 123 456", notes: "Soukromá poznámka" });
    const forPr = await getContact(pr, contact.id);
    expect(forPr).not.toHaveProperty("mobile");
    expect(forPr).not.toHaveProperty("notes");
    expect(JSON.stringify(forPr)).not.toContain("777 123");
    for (const actor of [spokes, head]) expect(await getContact(actor, contact.id)).toMatchObject({ mobile: "+420 777 123 456", notes: "Soukromá poznámka" });
    const exported = await listContactsForExport(pr, {});
    expect(JSON.stringify(exported.rows)).not.toContain("Soukromá poznámka");
    const bytes = new Uint8Array(await (await contactsExportResponse(pr, {}, "csv")).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM: Czech Excel reads the diacritics
    const csv = new TextDecoder().decode(bytes);
    expect(csv.startsWith("name;email;")).toBe(true);
    expect(csv).not.toContain("mobile");
    expect(await (await contactsExportResponse(spokes, {}, "csv")).text()).toContain("Soukromá poznámka");
  });

  it("PR staff editing a contact keep its private fields (they cannot see them)", async () => {
    const contact = await makeContact({ mobile: "+420 606 000 111", notes: "jen pro mluvčího" });
    await updateContact(pr, { ...contactInput({ name: contact.name, email: contact.email }), id: contact.id, version: contact.version, mobile: "", notes: "" });
    expect(await db.mediaContact.findUniqueOrThrow({ where: { id: contact.id } })).toMatchObject({ mobile: "+420 606 000 111", notes: "jen pro mluvčího" });
  });
});

describe("create and edit", () => {
  it("creates once per idempotency key, audits without personal data, and finds it without diacritics", async () => {
    const input = contactInput({ name: "Jiřina Šťastná-Zelená", idempotencyKey: unique("key") });
    const first = await createContact(pr, input);
    expect(await createContact(pr, input)).toEqual(first);
    expect(await db.mediaContact.count({ where: { email: input.email } })).toBe(1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "contact.create", entityId: first.id }, select: { before: true, after: true } });
    expect(JSON.stringify(audit)).not.toContain("Šťastná");
    expect(JSON.stringify(audit)).not.toContain(input.email);
    expect((await listContacts(pr, { q: "stastna-zelena" })).rows.map((row) => row.id)).toEqual([first.id]);
    expect((await listContacts(pr, { q: "JIRINA zelena" })).rows.map((row) => row.id)).toEqual([first.id]);
  });

  it("refuses bad input with field errors and nothing changed", async () => {
    const error = await expectRefusedWithoutChange(() => createContact(pr, contactInput({ email: "nope", name: "", legalBasis: "", doNotContact: "on" })), ValidationError);
    expect(Object.keys(error.fieldIssues).sort()).toEqual(["doNotContactReason", "email", "legalBasis", "name"].sort());
    const taken = await makeContact();
    await expectRefusedWithoutChange(() => createContact(pr, contactInput({ email: taken.email.toUpperCase() })), ValidationError);
    await expectRefusedWithoutChange(() => createContact(pr, { ...contactInput(), hacker: 1 }), ValidationError);
  });

  it("a stale version is a conflict and changes nothing", async () => {
    const contact = await makeContact();
    await updateContact(pr, { ...contactInput({ email: contact.email }), id: contact.id, version: contact.version });
    await expectRefusedWithoutChange(() => updateContact(pr, { ...contactInput({ email: contact.email }), id: contact.id, version: contact.version }), ConflictError);
  });

  it("lists who is overdue to be informed (GDPR Art. 14) and marks them informed", async () => {
    const now = new Date();
    const overdue = await makeContact({ createdAt: new Date(now.getTime() - 40 * 86_400_000), informedAt: null });
    const fresh = await makeContact({ createdAt: new Date(now.getTime() - 5 * 86_400_000), informedAt: null });
    const ids = (await listContacts(pr, { filter: "informOverdue" })).rows.map((row) => row.id);
    expect(ids).toContain(overdue.id);
    expect(ids).not.toContain(fresh.id);
    await markContactInformed(pr, { id: overdue.id, version: overdue.version });
    expect((await listContacts(pr, { filter: "informOverdue" })).rows.map((row) => row.id)).not.toContain(overdue.id);
  });
});

describe("CSV import", () => {
  const header = "jméno;e-mail;médium;funkce;témata;telefon;jazyky;právní základ;zdroj";
  it("a file with errors imports nothing and names every row at fault; the fixed file imports all, updating known e-mails", async () => {
    const existing = await makeContact({ name: "Starý Záznam" });
    const outletName = unique("Nové médium");
    const bad = [
      header,
      `Řehoř Čapek;rehor.${unique("c")}@denik.example;${outletName};redaktor;doprava|kultura;+420 600 100 200;cs;veřejný zájem;web`,
      `Bad Mail;not-an-email;${outletName};;;;cs;veřejný zájem;web`,
      `Žofie Dvořáková;${existing.email};;;sport;;cs,en;;web`,
    ].join("\n");
    const preview = await previewContactImport(pr, { csv: bad });
    expect(preview.counts).toEqual({ create: 1, update: 0, error: 2 });
    expect(preview.newOutlets).toEqual([outletName]);
    expect(preview.rows.filter((row) => row.action === "error").map((row) => [row.row, row.issues.map((issue) => `${issue.field}:${issue.key}`)])).toEqual([
      [3, ["email:invalidEmail"]],
      [4, ["legalBasis:required"]],
    ]);
    const error = await expectRefusedWithoutChange(() => importContacts(pr, { csv: bad }), ValidationError);
    expect(Object.keys(error.fieldIssues).sort()).toEqual(["rows.3.email", "rows.4.legalBasis"]);

    const good = bad.replace("not-an-email", `bad.mail.${unique("m")}@web.example`).replace(";;web", ";oprávněný zájem;web");
    expect(await importContacts(pr, { csv: good })).toEqual({ created: 2, updated: 1, outletsCreated: 1 });
    expect(await db.mediaContact.count({ where: { email: existing.email } })).toBe(1);
    expect(await db.mediaContact.findUniqueOrThrow({ where: { email: existing.email } })).toMatchObject({ name: "Žofie Dvořáková", beats: ["sport"] });
    expect(await db.mediaOutlet.findUniqueOrThrow({ where: { name: outletName } })).toMatchObject({ kind: "ONLINE" });
    expect((await listContacts(pr, { q: "rehor capek" })).total).toBe(1);
    // The same file again creates nothing new.
    expect(await importContacts(pr, { csv: good })).toMatchObject({ created: 0, updated: 3 });
  });

  it("refuses a duplicate e-mail inside the file and a file without the required columns", async () => {
    const email = uniqueEmail("dup");
    const error = await expectRefusedWithoutChange(() => importContacts(pr, { csv: `name,email,legalBasis,source\nA,${email},x,y\nB,${email.toUpperCase()},x,y` }), ValidationError);
    expect(error.fieldIssues).toEqual({ "rows.3.email": [{ key: "csvDuplicateEmail", values: { row: 2 } }] });
    await expectRefusedWithoutChange(() => importContacts(pr, { csv: "name,email\nA,a@b.example" }), ValidationError);
  });
});

describe("erasure", () => {
  it("leaves a tombstone and no trace in search, lists, pickers, exports or the audit log", async () => {
    const outlet = await makeOutlet();
    const name = `Kryštof ${unique("Vymazatelný")}`;
    const contact = await makeContact({ name, outletId: outlet.id, mobile: "+420 777 999 888", notes: "tajné" });
    const list = await createList(pr, { name: unique("Seznam"), kind: "STATIC" });
    await addListMember(pr, { listId: list.id, contactId: contact.id });
    const release = await makePressRelease({ status: "PUBLISHED" });
    const distribution = await db.distribution.create({ data: { pressReleaseId: release.id, createdById: spokes.id, status: "DONE" } });
    await db.distributionRecipient.create({ data: { distributionId: distribution.id, contactId: contact.id, email: contact.email, name, status: "SENT", sentAt: new Date() } });
    await db.outboxMessage.create({ data: { to: contact.email, subject: "x", text: "y" } });
    const data = await exportContactData(spokes, contact.id);
    expect(data).toMatchObject({ contact: { name, mobile: "+420 777 999 888" }, distributionLists: [expect.any(String)], distributionsSent: [{ status: "SENT" }] });

    await expectRefusedWithoutChange(() => eraseContact(spokes, { id: contact.id, version: contact.version }), ValidationError); // not confirmed
    await eraseContact(spokes, { id: contact.id, version: contact.version, confirm: "on" });

    const row = await db.mediaContact.findUniqueOrThrow({ where: { id: contact.id } });
    expect(row).toMatchObject({ name: "Vymazaný kontakt", email: `erased-${contact.id}@invalid`, mobile: null, notes: null, searchText: "", erasedAt: expect.any(Date) });
    expect(await db.distributionListMember.count({ where: { contactId: contact.id } })).toBe(0);
    expect(await db.distributionRecipient.findFirstOrThrow({ where: { contactId: contact.id } })).toMatchObject({ name: "Vymazaný kontakt", status: "SENT" });
    expect(await db.outboxMessage.count({ where: { to: contact.email } })).toBe(0);
    expect((await listContacts(spokes, { q: name })).total).toBe(0);
    expect((await listContacts(spokes, { q: "Vymazaný" })).rows.map((r) => r.id)).not.toContain(contact.id);
    expect((await listContactsForPicker(spokes)).map((c) => c.id)).not.toContain(contact.id);
    expect((await listDistributionTargets(spokes)).contacts.map((c) => c.id)).not.toContain(contact.id);
    expect(await (await contactsExportResponse(spokes, {}, "csv")).text()).not.toContain(name);
    await expect(getContact(spokes, contact.id)).rejects.toBeInstanceOf(NotFoundError);
    const everything = JSON.stringify(await db.auditLog.findMany({ where: { entityId: { in: [contact.id, list.id] } }, select: { action: true, before: true, after: true } }));
    expect(everything).not.toContain(name);
    expect(everything).not.toContain(contact.email);
    expect(everything).not.toContain("777 999");
    expect(await db.auditLog.count({ where: { action: "contact.erase", entityId: contact.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "contact.exportData", entityId: contact.id } })).toBe(1);
  });
});

describe("duplicates and merge", () => {
  it("finds the same name in another order and merges keeping lists and distribution history", async () => {
    const outlet = await makeOutlet();
    const surname = unique("Procházková");
    const keep = await makeContact({ name: `Alena ${surname}`, outletId: outlet.id, beats: ["doprava"] });
    const remove = await makeContact({ name: `${surname} Alena`, beats: ["školství"], mobile: "+420 603 111 222" });
    const pairs = await listDuplicatePairs(pr);
    expect(pairs.some((pair) => [pair.a.id, pair.b.id].sort().join() === [keep.id, remove.id].sort().join())).toBe(true);
    const list = await createList(pr, { name: unique("Školství"), kind: "STATIC" });
    await addListMember(pr, { listId: list.id, contactId: remove.id });
    const release = await makePressRelease({ status: "PUBLISHED" });
    const distribution = await db.distribution.create({ data: { pressReleaseId: release.id, createdById: spokes.id, status: "DONE" } });
    await db.distributionRecipient.create({ data: { distributionId: distribution.id, contactId: remove.id, email: remove.email, name: remove.name, status: "SENT" } });

    await expectRefusedWithoutChange(() => mergeContacts(pr, { keepId: keep.id, removeId: keep.id }), ValidationError);
    await mergeContacts(pr, { keepId: keep.id, removeId: remove.id });
    const kept = await getContact(spokes, keep.id);
    expect(kept.lists.map((l) => l.id)).toEqual([list.id]);
    expect(kept.history).toMatchObject([{ kind: "releaseSent", title: release.title }]);
    expect(kept).toMatchObject({ beats: ["doprava", "školství"], mobile: "+420 603 111 222" });
    expect(await db.mediaContact.findUniqueOrThrow({ where: { id: remove.id } })).toMatchObject({ erasedAt: expect.any(Date), mergedIntoId: keep.id });
    expect(await db.auditLog.findFirstOrThrow({ where: { action: "contact.merge", entityId: keep.id } })).toMatchObject({ after: { keepId: keep.id, removeId: remove.id, distributionsMoved: 1 } });
  });
});

describe("an outlet's editorial deadline", () => {
  it("is saved as weekdays and a time, both or neither; an incomplete one changes nothing", async () => {
    const name = unique("Deník");
    await expectRefusedWithoutChange(() => createOutlet(pr, { name, kind: "PRINT", deadlineDays: ["1", "2"], idempotencyKey: crypto.randomUUID() }), ValidationError);
    await expectRefusedWithoutChange(() => createOutlet(pr, { name, kind: "PRINT", deadlineTime: "16:00", idempotencyKey: crypto.randomUUID() }), ValidationError);
    await expectRefusedWithoutChange(() => createOutlet(pr, { name, kind: "PRINT", deadlineDays: ["8"], deadlineTime: "16:00", idempotencyKey: crypto.randomUUID() }), ValidationError);
    await expectRefusedWithoutChange(() => createOutlet(pr, { name, kind: "PRINT", deadlineDays: "1", deadlineTime: "25:00", idempotencyKey: crypto.randomUUID() }), ValidationError);
    const { id, version } = await createOutlet(pr, { name, kind: "PRINT", deadlineDays: ["5", "1", "1"], deadlineTime: "16:00", idempotencyKey: crypto.randomUUID() });
    expect(await db.mediaOutlet.findUniqueOrThrow({ where: { id } })).toMatchObject({ deadlineDays: [1, 5], deadlineTime: "16:00" });
    await updateOutlet(pr, { id, version, name, kind: "PRINT" });
    expect(await db.mediaOutlet.findUniqueOrThrow({ where: { id } })).toMatchObject({ deadlineDays: [], deadlineTime: null });
  });
});

/** An inquiry from the contact and an invitation of theirs to a new press conference, made directly. */
async function inquiryAndInvitation(contact: { id: string; email: string; name: string }) {
  const inquiry = await db.inquiry.create({
    data: {
      number: `D-T-${unique("n")}`,
      channel: "PHONE",
      receivedAt: new Date(Date.now() - 3_600_000),
      subject: `Uzavírka ${unique("s")}`,
      question: "Kdy skončí uzavírka?",
      deadline: new Date(Date.now() + 86_400_000),
      contactId: contact.id,
      requesterName: contact.name,
      createdById: spokes.id,
    },
  });
  const startsAt = new Date(Date.now() + 7 * 86_400_000);
  const conference = await db.pressConference.create({
    data: { topic: `Rozpočet ${unique("tk")}`, startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), venue: "Radnice", createdById: spokes.id },
  });
  const invitation = await db.pressConferenceInvitation.create({
    data: { conferenceId: conference.id, contactId: contact.id, email: contact.email, name: contact.name, rsvpToken: unique("token").replace(/[^A-Za-z0-9_-]/g, "") + "abcdefghijklmnop", response: "ATTENDING", crewNames: "Kameraman Petr Novák" },
  });
  return { inquiry, conference, invitation };
}

describe("history, erasure and merge across the media desk", () => {
  it("the history lists inquiries and press conferences too; erasure scrubs them and kills the RSVP link", async () => {
    const name = `Radka ${unique("Historická")}`;
    const contact = await makeContact({ name });
    const { inquiry, conference, invitation } = await inquiryAndInvitation(contact);
    expect((await getContact(spokes, contact.id)).history).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "inquiry", href: `/inquiries/${inquiry.id}`, status: "NEW" }),
        expect.objectContaining({ kind: "conference", title: conference.topic, status: "ATTENDING" }),
      ]),
    );
    await eraseContact(spokes, { id: contact.id, version: contact.version, confirm: "on" });
    const scrubbed = await db.pressConferenceInvitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(scrubbed).toMatchObject({ name: "Vymazaný kontakt", email: `erased-${contact.id}@invalid`, crewNames: null, response: "ATTENDING" });
    expect(scrubbed.rsvpToken).not.toBe(invitation.rsvpToken);
    expect(await db.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } })).toMatchObject({ requesterName: null, question: "Kdy skončí uzavírka?" });
  });

  it("a merge moves inquiries and invitations to the surviving record", async () => {
    const surname = unique("Dvořáková");
    const keep = await makeContact({ name: `Eva ${surname}` });
    const remove = await makeContact({ name: `${surname} Eva` });
    const { inquiry, invitation } = await inquiryAndInvitation(remove);
    await mergeContacts(pr, { keepId: keep.id, removeId: remove.id });
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } })).contactId).toBe(keep.id);
    expect((await db.pressConferenceInvitation.findUniqueOrThrow({ where: { id: invitation.id } })).contactId).toBe(keep.id);
    expect((await getContact(spokes, keep.id)).history.map((item) => item.kind).sort()).toEqual(["conference", "inquiry"]);
  });
});

describe("retention purge", () => {
  it("erases contacts with no activity for the configured years, on a fixed clock, once", async () => {
    const now = new Date("2031-06-01T10:00:00Z");
    await db.setting.upsert({ where: { key: "contactRetentionYears" }, create: { key: "contactRetentionYears", value: 2 }, update: { value: 2 } });
    const old = new Date("2028-01-01T00:00:00Z");
    const stale = await makeContact({ createdAt: old });
    const mailed = await makeContact({ createdAt: old });
    const fresh = await makeContact({ createdAt: new Date("2030-01-01T00:00:00Z") });
    await db.$executeRaw`UPDATE "MediaContact" SET "updatedAt" = ${old} WHERE id IN (${stale.id}::uuid, ${mailed.id}::uuid)`;
    await db.$executeRaw`UPDATE "MediaContact" SET "updatedAt" = ${new Date("2030-01-01T00:00:00Z")} WHERE id = ${fresh.id}::uuid`;
    const release = await makePressRelease({ status: "PUBLISHED" });
    const distribution = await db.distribution.create({ data: { pressReleaseId: release.id, createdById: spokes.id, createdAt: new Date("2030-06-01T00:00:00Z") } });
    await db.distributionRecipient.create({ data: { distributionId: distribution.id, contactId: mailed.id, email: mailed.email, name: mailed.name } });

    await purgeInactiveContacts(now);
    const erased = async (id: string) => (await db.mediaContact.findUniqueOrThrow({ where: { id } })).erasedAt !== null;
    expect(await erased(stale.id)).toBe(true);
    expect(await erased(mailed.id)).toBe(false);
    expect(await erased(fresh.id)).toBe(false);
    expect(await db.auditLog.count({ where: { action: "contact.purge", entityId: stale.id } })).toBe(1);
    expect((await purgeInactiveContacts(now)).erased).toBe(0);
    expect(await db.auditLog.count({ where: { action: "contact.purge", entityId: stale.id } })).toBe(1);
    await db.setting.delete({ where: { key: "contactRetentionYears" } });
  });
});
