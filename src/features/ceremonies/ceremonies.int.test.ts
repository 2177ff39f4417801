import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPromoItem, receiveStock } from "@/features/promo-items/service";
import type { Actor } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { ConflictError, ForbiddenError, PreconditionError, UnauthenticatedError, ValidationError } from "@/server/errors";
import { closeMailTransport } from "@/server/mail/send-mail";
import { makeUser, unique, uniqueEmail, uniqueIp } from "../../../tests/support/factories";
import { startSmtpServer, type TestSmtpServer } from "../../../tests/support/smtp-server";
import { expectRefusedWithoutChange } from "../../../tests/support/snapshot";
import { sendCeremonyMails } from "./jobs";
import { getCeremony, getCeremonyStats, getLetters, guestsByPrecedence } from "./queries";
import {
  addSlot,
  assignSlot,
  createCeremony,
  eraseRegistration,
  exportRegistration,
  issueCeremonyGift,
  purgeExpiredRegistrations,
  recordAttendance,
  registerOnPaper,
  respondToCeremonyInvitation,
  sendCeremonyInvitations,
  setCeremonyStatus,
  SIGN_UP_LIMIT,
  sendThanks,
  signUp,
} from "./service";

// Civic ceremonies on PostgreSQL with a real SMTP server: the whole path of a family's registration, the
// slot capacity under parallel assignments, refusals per role, the public form's checks and flood limit,
// and erasure with the statistics left.

let smtp: TestSmtpServer;
let assistant: Actor;
let head: Actor;
let spokesperson: Actor;
const saved = { SMTP_URL: process.env.SMTP_URL, NEXTAUTH_URL: process.env.NEXTAUTH_URL };

beforeAll(async () => {
  smtp = await startSmtpServer();
  process.env.NEXTAUTH_URL = "https://herald.test.example";
  assistant = (await makeUser({ roles: ["ASSISTANT"] })).actor;
  head = (await makeUser({ roles: ["HEAD_OF_OFFICE"] })).actor;
  spokesperson = (await makeUser({ roles: ["SPOKESPERSON"] })).actor;
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

function ceremonyInput(overrides: Record<string, unknown> = {}) {
  return { type: "WELCOMING", title: `Vítání občánků ${unique("v")}`, date: "2027-03-14", venue: "Obřadní síň radnice", officiant: "starosta", programme: "Hudba\nProslov\nPodpis do kroniky", ...overrides };
}
function signUpInput(overrides: Record<string, unknown> = {}) {
  return { type: "WELCOMING", names: "Jana a Petr Novákovi", childName: "Eliška Nováková", childBirthDate: "2026-09-01", address: "Náměstí 1, Město", email: uniqueEmail("rodice"), guests: "4", photoConsent: "on", consent: "on", ...overrides };
}

describe("ceremonies", () => {
  it("a family's whole path: public sign-up → slot → invitation → RSVP → attendance → gift → thanks → purge keeps statistics", async () => {
    const ip = uniqueIp();
    const email = uniqueEmail("rodina");
    const { id } = await signUp(signUpInput({ email, submissionKey: unique("key-long") }), { ip });
    const registration = await db.ceremonyRegistration.findUniqueOrThrow({ where: { id } });
    expect(registration).toMatchObject({ consentSource: "PUBLIC_FORM", consentVersion: "2026-01", childName: "Eliška Nováková", guests: 4 });
    await sendCeremonyMails({});
    expect(smtp.to(email).map((mail) => mail.subject)).toEqual([expect.stringContaining("přihláška")]);

    const ceremony = await createCeremony(assistant, ceremonyInput());
    const slot = await addSlot(assistant, { ceremonyId: ceremony.id, time: "10:00", capacity: "6" });
    const assigned = await assignSlot(assistant, { registrationId: id, slotId: slot.id, version: registration.version });
    expect(assigned.ceremonyId).toBe(ceremony.id);

    const letters = await getLetters(assistant, ceremony.id);
    expect(letters.registrations.map((letter) => letter.names)).toEqual(["Jana a Petr Novákovi"]);

    await sendCeremonyInvitations(assistant, { ceremonyId: ceremony.id });
    await sendCeremonyMails({});
    await sendCeremonyMails({}); // a second run sends nothing again
    const invitations = smtp.to(email).filter((mail) => mail.subject.startsWith("Pozvánka"));
    expect(invitations).toHaveLength(1);
    const token = /rsvp\/([A-Za-z0-9_-]+)/.exec(invitations[0].text)?.[1] as string;
    await respondToCeremonyInvitation({ token, answer: "ATTENDING" });

    const item = await createPromoItem(assistant, { sku: unique("C"), name: "Pamětní medaile", category: "Dárky", unit: "ks", location: "Sklad" });
    await receiveStock(assistant, { itemId: item.id, quantity: "5", unitCost: "100" });
    await issueCeremonyGift(assistant, { registrationId: id, itemId: item.id, quantity: "1" });
    const movement = await db.stockMovement.findFirstOrThrow({ where: { itemId: item.id, kind: "ISSUE" } });
    expect(movement.purpose).toBe("CEREMONY");
    expect(movement.recipientName).not.toContain("Nov");

    const current = await db.ceremonyRegistration.findUniqueOrThrow({ where: { id } });
    await recordAttendance(assistant, { registrationId: id, version: current.version, attended: "on" });
    await setCeremonyStatus(assistant, { id: ceremony.id, version: ceremony.version, status: "HELD" });
    await sendThanks(assistant, { ceremonyId: ceremony.id });
    await sendCeremonyMails({});
    expect(smtp.to(email).filter((mail) => mail.subject.startsWith("Děkujeme"))).toHaveLength(1);
    const exported = await exportRegistration(assistant, { registrationId: id });
    expect(exported.registration).toMatchObject({ names: "Jana a Petr Novákovi", rsvp: "ATTENDING", attended: true });

    // Retention on a fake clock: 11 months after the ceremony nothing happens, 13 months after it is erased.
    await purgeExpiredRegistrations(new Date("2028-02-10T00:00:00Z"));
    expect((await db.ceremonyRegistration.findUniqueOrThrow({ where: { id } })).erasedAt).toBeNull();
    await purgeExpiredRegistrations(new Date("2028-04-20T00:00:00Z"));
    const erased = await db.ceremonyRegistration.findUniqueOrThrow({ where: { id } });
    expect(erased).toMatchObject({ names: "Vymazaný účastník", childName: null, childBirthDate: null, address: "", email: null, attended: true, guests: 4, type: "WELCOMING" });
    expect(await db.ceremonyMail.count({ where: { registrationId: id } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "ceremony.erase", entityId: id } })).toBe(1);
    const stats = await getCeremonyStats(assistant);
    expect(stats.find((row) => row.type === "WELCOMING" && row.year === 2027)).toMatchObject({ attended: expect.any(Number) });
    expect(stats.find((row) => row.type === "WELCOMING" && row.year === 2027)?.attended).toBeGreaterThanOrEqual(1);
    const entries = await db.auditLog.findMany({ where: { entityId: id }, select: { before: true, after: true } });
    expect(JSON.stringify(entries)).not.toContain("Nov");
  });

  it("holds a slot's capacity under parallel assignments", async () => {
    const ceremony = await createCeremony(assistant, ceremonyInput());
    const slot = await addSlot(assistant, { ceremonyId: ceremony.id, time: "09:30", capacity: "3" });
    const ids = [];
    for (let i = 0; i < 10; i += 1) ids.push((await registerOnPaper(assistant, signUpInput())).id);
    const results = await Promise.allSettled(ids.map((registrationId) => assignSlot(assistant, { registrationId, slotId: slot.id, version: "1" })));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(3);
    for (const result of results) if (result.status === "rejected") expect(result.reason).toBeInstanceOf(PreconditionError);
    expect((await db.ceremonySlot.findUniqueOrThrow({ where: { id: slot.id } })).booked).toBe(3);
    expect(await db.ceremonyRegistration.count({ where: { slotId: slot.id } })).toBe(3);
  });

  it("moves between slots, freeing the old seat; a stale version is a conflict", async () => {
    const ceremony = await createCeremony(assistant, ceremonyInput());
    const a = await addSlot(assistant, { ceremonyId: ceremony.id, time: "09:00", capacity: "1" });
    const b = await addSlot(assistant, { ceremonyId: ceremony.id, time: "09:30", capacity: "1" });
    const reg = await registerOnPaper(assistant, signUpInput());
    const first = await assignSlot(assistant, { registrationId: reg.id, slotId: a.id, version: reg.version });
    await assignSlot(assistant, { registrationId: reg.id, slotId: b.id, version: first.version });
    const detail = await getCeremony(assistant, ceremony.id);
    expect(detail.slots.map((slot) => slot.booked)).toEqual([0, 1]);
    await expectRefusedWithoutChange(() => assignSlot(assistant, { registrationId: reg.id, slotId: a.id, version: first.version }), ConflictError);
  });

  it("refuses per role and changes nothing", async () => {
    await expectRefusedWithoutChange(() => createCeremony(spokesperson, ceremonyInput()), ForbiddenError);
    await expectRefusedWithoutChange(() => registerOnPaper(spokesperson, signUpInput()), ForbiddenError);
    await expectRefusedWithoutChange(() => createCeremony(null, ceremonyInput()), UnauthenticatedError);
    const reg = await registerOnPaper(head, signUpInput());
    await expectRefusedWithoutChange(() => exportRegistration(spokesperson, { registrationId: reg.id }), ForbiddenError);
    await expectRefusedWithoutChange(() => eraseRegistration(spokesperson, { registrationId: reg.id, confirm: "on" }), ForbiddenError);
  });

  it("bad input on the public form changes nothing and names the fields", async () => {
    const ip = uniqueIp();
    const error = await expectRefusedWithoutChange(() => signUp(signUpInput({ childName: "", email: "not-an-email", consent: undefined }), { ip }), ValidationError);
    expect(Object.keys(error.fieldIssues).sort()).toEqual(["childName", "consent", "email"]);
    await expectRefusedWithoutChange(() => signUp({ ...signUpInput(), isAdmin: true }, { ip }), ValidationError);
    await expectRefusedWithoutChange(() => signUp(signUpInput({ guests: "500" }), { ip }), ValidationError);
  });

  it("limits sign-ups per address (flood protection) and a double submit makes one registration", async () => {
    const ip = uniqueIp();
    const key = unique("double-submit");
    const first = await signUp(signUpInput({ submissionKey: key }), { ip });
    expect((await signUp(signUpInput({ submissionKey: key }), { ip })).id).toBe(first.id);
    for (let i = 2; i < SIGN_UP_LIMIT.failures; i += 1) await signUp(signUpInput(), { ip });
    const before = await db.ceremonyRegistration.count();
    await expect(signUp(signUpInput(), { ip })).rejects.toMatchObject({ messageKey: "tooManySignUps" });
    expect(await db.ceremonyRegistration.count()).toBe(before);
    await signUp(signUpInput(), { ip: uniqueIp() }); // another address is not affected
  });

  it("erases on request and exports nothing personal afterwards", async () => {
    const reg = await registerOnPaper(assistant, signUpInput({ type: "LIFE_JUBILEE", childName: undefined, childBirthDate: undefined, jubileeDate: "2027-05-01", names: "Marie Dvořáková" }));
    await eraseRegistration(assistant, { registrationId: reg.id, confirm: "on" });
    const exported = await exportRegistration(assistant, { registrationId: reg.id });
    expect(JSON.stringify(exported)).not.toContain("Dvořáková");
    await expectRefusedWithoutChange(() => eraseRegistration(assistant, { registrationId: reg.id, confirm: "on" }), PreconditionError);
  });

  it("reads the retention period from the office settings", async () => {
    const ceremony = await createCeremony(assistant, ceremonyInput({ date: "2031-01-10" }));
    const slot = await addSlot(assistant, { ceremonyId: ceremony.id, time: "10:00", capacity: "2" });
    const reg = await registerOnPaper(assistant, signUpInput());
    await assignSlot(assistant, { registrationId: reg.id, slotId: slot.id, version: reg.version });
    await db.setting.upsert({ where: { key: "ceremonyRetentionMonths" }, create: { key: "ceremonyRetentionMonths", value: 3 }, update: { value: 3 } });
    try {
      await purgeExpiredRegistrations(new Date("2031-03-01T00:00:00Z"));
      expect((await db.ceremonyRegistration.findUniqueOrThrow({ where: { id: reg.id } })).erasedAt).toBeNull();
      await purgeExpiredRegistrations(new Date("2031-05-01T00:00:00Z"));
      expect((await db.ceremonyRegistration.findUniqueOrThrow({ where: { id: reg.id } })).erasedAt).not.toBeNull();
    } finally {
      await db.setting.delete({ where: { key: "ceremonyRetentionMonths" } });
    }
  });

  it("orders memorial guests of honour by precedence", async () => {
    const ceremony = await createCeremony(assistant, ceremonyInput({ type: "MEMORIAL", title: "Pietní akt", wreaths: "Město\nSvaz bojovníků za svobodu", guests: "2; Bohumil Adámek; senátor\n1; Zdeněk Černý; hejtman\n2; Alena Bílá; poslankyně" }));
    const detail = await getCeremony(assistant, ceremony.id);
    expect(detail.guests.map((guest) => guest.name)).toEqual(["Zdeněk Černý", "Alena Bílá", "Bohumil Adámek"]);
    expect(detail.wreaths.map((wreath) => wreath.organisation)).toEqual(["Město", "Svaz bojovníků za svobodu"]);
    expect(guestsByPrecedence([{ rank: 1, name: "B" }, { rank: 1, name: "A" }]).map((g) => g.name)).toEqual(["A", "B"]);
  });
});
