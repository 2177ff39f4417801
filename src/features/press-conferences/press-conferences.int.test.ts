import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { ConflictError, ForbiddenError, NotFoundError, PreconditionError, UnauthenticatedError, ValidationError } from "@/server/errors";
import { closeMailTransport } from "@/server/mail/send-mail";
import { makePressRelease, makeUser, unique, uniqueEmail } from "../../../tests/support/factories";
import { startSmtpServer, type TestSmtpServer } from "../../../tests/support/smtp-server";
import { expectRefusedWithoutChange } from "../../../tests/support/snapshot";
import { sendConferenceInvitations } from "./jobs";
import { getAccreditationList, getConference, getRsvpByToken, listConferences, listPublicConferences } from "./queries";
import { cancelConference, createConference, markConferenceHeld, respondToInvitation, sendInvitations, updateConference } from "./service";

// Press conferences on PostgreSQL with a real SMTP server: who may do what, bad input changes nothing,
// invitations go out once per contact, and the RSVP link records the journalist's answer.

const BASE_URL = "https://herald.test.example";
let smtp: TestSmtpServer;
let spokesperson: Actor;
let prStaff: Actor;
let head: Actor;
let assistant: Actor;
let admin: Actor;
const saved = { SMTP_URL: process.env.SMTP_URL, NEXTAUTH_URL: process.env.NEXTAUTH_URL };

beforeAll(async () => {
  smtp = await startSmtpServer();
  process.env.NEXTAUTH_URL = BASE_URL;
  spokesperson = (await makeUser({ roles: ["SPOKESPERSON"] })).actor;
  prStaff = (await makeUser({ roles: ["PR_STAFF"] })).actor;
  head = (await makeUser({ roles: ["HEAD_OF_OFFICE"] })).actor;
  assistant = (await makeUser({ roles: ["ASSISTANT"] })).actor;
  admin = (await makeUser({ roles: ["ADMIN"] })).actor;
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

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const iso = (date: Date) => date.toISOString();

function conferenceInput(overrides: Record<string, unknown> = {}) {
  const startsAt = new Date(Date.now() + 7 * DAY);
  return {
    topic: `Rozpočet ${unique("tk")}`,
    startsAt: iso(startsAt),
    endsAt: iso(new Date(startsAt.getTime() + HOUR)),
    venue: "Radnice, zasedací místnost",
    agenda: "Úvod\nRozpočet\nDotazy",
    councilMeeting: "RM 12. 3. 2026",
    speakers: [{ name: "Ing. Jana Nováková", function: "starostka" }],
    ...overrides,
  };
}

async function makeContact(options: { doNotContact?: boolean; unsubscribed?: boolean } = {}) {
  const outlet = await db.mediaOutlet.create({ data: { name: unique("Deník"), kind: "PRINT" } });
  return db.mediaContact.create({
    data: {
      name: `Novinář ${unique("contact")}`,
      email: uniqueEmail("journalist"),
      outletId: outlet.id,
      legalBasis: "public task (Art. 6(1)(e))",
      unsubscribeToken: randomBytes(24).toString("base64url"),
      doNotContact: options.doNotContact ?? false,
      unsubscribedAt: options.unsubscribed ? new Date() : null,
    },
    select: { id: true, email: true, name: true },
  });
}

async function makeList(contactIds: string[]) {
  return db.distributionList.create({ data: { name: unique("list"), members: { create: contactIds.map((contactId) => ({ contactId })) } }, select: { id: true } });
}

async function conferenceSnapshot() {
  return {
    conferences: await db.pressConference.findMany({ orderBy: { id: "asc" } }),
    speakers: await db.pressConferenceSpeaker.findMany({ orderBy: { id: "asc" } }),
    invitations: await db.pressConferenceInvitation.findMany({ orderBy: { id: "asc" } }),
    jobs: await db.job.count(),
  };
}

async function expectNoChange(attempt: () => Promise<unknown>, errorClass: new (...args: never[]) => Error) {
  const before = await conferenceSnapshot();
  await expectRefusedWithoutChange(attempt, errorClass);
  expect(await conferenceSnapshot()).toEqual(before);
}

describe("creating and editing", () => {
  it("creates a conference with speakers and an audit entry; a double click makes one", async () => {
    const key = randomBytes(8).toString("hex");
    const input = { ...conferenceInput({ speakers: [{ userId: spokesperson.id, function: "mluvčí" }, { name: "Petr Host", function: "ředitel" }] }), idempotencyKey: key };
    const first = await createConference(prStaff, input);
    const second = await createConference(prStaff, input);
    expect(second.id).toBe(first.id);
    expect(await db.pressConference.count({ where: { topic: input.topic } })).toBe(1);
    const conference = await getConference(head, first.id);
    expect(conference.status).toBe("PLANNED");
    expect(conference.speakers.map((speaker) => [speaker.name, speaker.function])).toEqual([
      [spokesperson.name, "mluvčí"],
      ["Petr Host", "ředitel"],
    ]);
    expect(await db.auditLog.count({ where: { action: "pressConference.create", entityId: first.id } })).toBe(1);
  });

  it("refuses roles without the permission, and visitors, changing nothing", async () => {
    for (const actor of [head, assistant, admin]) await expectNoChange(() => createConference(actor, conferenceInput()), ForbiddenError);
    await expectNoChange(() => createConference(null, conferenceInput()), UnauthenticatedError);
    await expect(listConferences(admin)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await listConferences(assistant)).toHaveProperty("upcoming");
  });

  it("refuses bad input, changing nothing", async () => {
    const cases = [
      conferenceInput({ topic: "" }),
      conferenceInput({ startsAt: "zítra" }),
      conferenceInput({ endsAt: iso(new Date(Date.now() + 6 * DAY)) }), // ends before it starts
      conferenceInput({ speakers: [{ function: "bez jména" }] }),
      conferenceInput({ speakers: [{ userId: crypto.randomUUID() }] }),
      conferenceInput({ followUpReleaseId: crypto.randomUUID() }),
      conferenceInput({ extra: "x" }),
    ];
    for (const input of cases) await expectNoChange(() => createConference(spokesperson, input), ValidationError);
  });

  it("reads speakers from the form's parallel fields", async () => {
    const { speakers: _unused, ...rest } = conferenceInput();
    const created = await createConference(spokesperson, {
      ...rest,
      speakerUserId: ["", prStaff.id, ""],
      speakerName: ["Marie Hostová", "", ""],
      speakerFunction: ["architektka", "", ""],
    });
    const conference = await getConference(spokesperson, created.id);
    expect(conference.speakers.map((speaker) => speaker.name)).toEqual(["Marie Hostová", prStaff.name]);
  });

  it("updates with the version; a stale version is a conflict that changes nothing", async () => {
    const created = await createConference(spokesperson, conferenceInput());
    const release = await makePressRelease({ status: "PUBLISHED" });
    const updated = await updateConference(prStaff, { id: created.id, version: created.version, ...conferenceInput({ topic: "Nový název", followUpReleaseId: release.id }) });
    expect(updated.version).toBe(created.version + 1);
    await expectNoChange(() => updateConference(prStaff, { id: created.id, version: created.version, ...conferenceInput({ topic: "Starý" }) }), ConflictError);
    const conference = await getConference(head, created.id);
    expect(conference.topic).toBe("Nový název");
    expect(conference.followUpRelease?.id).toBe(release.id);
  });

  it("warns when a speaker is booked on another overlapping conference, not when cancelled or apart", async () => {
    const startsAt = new Date(Date.now() + 20 * DAY);
    const at = (offsetHours: number) => iso(new Date(startsAt.getTime() + offsetHours * HOUR));
    const guest = `Host ${unique("g")}`;
    const first = await createConference(spokesperson, conferenceInput({ startsAt: at(0), endsAt: at(1), speakers: [{ userId: prStaff.id }, { name: guest }] }));
    expect(first.conflicts).toEqual([]);
    const overlapping = await createConference(spokesperson, conferenceInput({ startsAt: at(0.5), endsAt: at(1.5), speakers: [{ name: ` ${guest.toUpperCase()} ` }, { userId: prStaff.id }] }));
    expect(overlapping.conflicts.map((conflict) => conflict.conferenceId)).toEqual([first.id, first.id]);
    const apart = await createConference(spokesperson, conferenceInput({ startsAt: at(1), endsAt: at(2), speakers: [{ userId: prStaff.id }] }));
    expect(apart.conflicts.filter((conflict) => conflict.conferenceId === first.id)).toEqual([]);
    await cancelConference(spokesperson, { id: first.id, version: first.version });
    expect((await getConference(spokesperson, overlapping.id)).conflicts.filter((conflict) => conflict.conferenceId === first.id)).toEqual([]);
  });
});

describe("status", () => {
  it("marks HELD only after the start, cancels only from PLANNED/INVITED", async () => {
    const created = await createConference(spokesperson, conferenceInput());
    await expectNoChange(() => markConferenceHeld(spokesperson, { id: created.id, version: created.version }), PreconditionError);
    const held = await markConferenceHeld(spokesperson, { id: created.id, version: created.version }, new Date(Date.now() + 8 * DAY));
    expect(held.status).toBe("HELD");
    await expectNoChange(() => cancelConference(spokesperson, { id: created.id, version: held.version }), PreconditionError);
    await expectNoChange(() => cancelConference(assistant, { id: created.id, version: held.version }), ForbiddenError);
  });
});

describe("invitations and RSVP", () => {
  it("invites list members and contacts once each, skips do-not-contact and unsubscribed, and the RSVP link records the answer", async () => {
    const [a, b, blocked, gone] = [await makeContact(), await makeContact(), await makeContact({ doNotContact: true }), await makeContact({ unsubscribed: true })];
    const list = await makeList([a.id, blocked.id, gone.id]);
    const created = await createConference(spokesperson, conferenceInput());

    await expectNoChange(() => sendInvitations(prStaff, { conferenceId: created.id, listIds: [list.id] }), ForbiddenError);
    await expectNoChange(() => sendInvitations(spokesperson, { conferenceId: created.id, listIds: [], contactIds: [] }), ValidationError);
    await expectNoChange(() => sendInvitations(spokesperson, { conferenceId: created.id, listIds: [crypto.randomUUID()] }), ValidationError);

    const key = randomBytes(8).toString("hex");
    const result = await sendInvitations(spokesperson, { conferenceId: created.id, listIds: [list.id], contactIds: [a.id, b.id], idempotencyKey: key });
    expect(result).toMatchObject({ queued: 2, skipped: 2, alreadyInvited: 0 });
    expect(await sendInvitations(spokesperson, { conferenceId: created.id, listIds: [list.id], contactIds: [a.id, b.id], idempotencyKey: key })).toEqual(result);
    expect((await getConference(spokesperson, created.id)).status).toBe("INVITED");
    // Never twice: inviting the same people again adds nobody.
    await expectNoChange(() => sendInvitations(spokesperson, { conferenceId: created.id, contactIds: [a.id, b.id] }), PreconditionError);

    await sendConferenceInvitations({ conferenceId: created.id });
    await sendConferenceInvitations({ conferenceId: created.id }); // a second run sends nothing more
    expect(smtp.to(a.email)).toHaveLength(1);
    expect(smtp.to(b.email)).toHaveLength(1);
    expect(smtp.to(blocked.email)).toHaveLength(0);
    expect(smtp.to(gone.email)).toHaveLength(0);
    const mail = smtp.to(a.email)[0];
    expect(mail.subject).toContain("Pozvánka na tiskovou konferenci");
    const link = /https:\/\/herald\.test\.example\/newsroom\/press-conferences\/rsvp\/([A-Za-z0-9_-]+)/.exec(mail.text);
    expect(link).not.toBeNull();
    const token = link![1];

    const page = await getRsvpByToken(token);
    expect(page).toMatchObject({ name: a.name, response: null, open: true });
    expect(JSON.stringify(page)).not.toContain(b.email);
    await respondToInvitation({ token, response: "ATTENDING", crewNames: "Jan Kamera, Eva Zvuk" });
    await respondToInvitation({ token, response: "ATTENDING", crewNames: "Jan Kamera" }); // changed before the start
    const accreditation = await getAccreditationList(spokesperson, created.id);
    expect(accreditation.attendees).toMatchObject([{ name: a.name, crewNames: "Jan Kamera" }]);
    expect(await db.auditLog.count({ where: { action: "pressConference.rsvp" } })).toBeGreaterThanOrEqual(2);
    expect((await db.pressConferenceInvitation.findMany({ where: { conferenceId: created.id } })).every((row) => row.status === "SENT")).toBe(true);

    // After the start the answer is closed; an unknown token is not found; bad input changes nothing.
    await expectNoChange(() => respondToInvitation({ token, response: "NOT_ATTENDING" }, new Date(Date.now() + 8 * DAY)), PreconditionError);
    await expectNoChange(() => respondToInvitation({ token: "x".repeat(32), response: "ATTENDING" }), NotFoundError);
    await expectNoChange(() => respondToInvitation({ token, response: "MAYBE" }), ValidationError);
    await expect(getAccreditationList(assistant, created.id)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("takes no invitations or answers for a cancelled conference", async () => {
    const contact = await makeContact();
    const created = await createConference(spokesperson, conferenceInput());
    const invited = await sendInvitations(spokesperson, { conferenceId: created.id, contactIds: [contact.id] });
    const token = (await db.pressConferenceInvitation.findFirstOrThrow({ where: { conferenceId: created.id } })).rsvpToken;
    await cancelConference(spokesperson, { id: created.id, version: invited.version });
    await expectNoChange(() => respondToInvitation({ token, response: "ATTENDING" }), PreconditionError);
    const another = await makeContact();
    await expectNoChange(() => sendInvitations(spokesperson, { conferenceId: created.id, contactIds: [another.id] }), PreconditionError);
    expect((await getRsvpByToken(token))?.open).toBe(false);
  });
});

describe("public list", () => {
  it("lists upcoming conferences, not cancelled or past ones (the ICS feed keeps cancelled ones)", async () => {
    const upcoming = await createConference(spokesperson, conferenceInput());
    const cancelled = await createConference(spokesperson, conferenceInput());
    await cancelConference(spokesperson, { id: cancelled.id, version: cancelled.version });
    const past = await createConference(spokesperson, conferenceInput({ startsAt: iso(new Date(Date.now() - 2 * DAY)), endsAt: iso(new Date(Date.now() - 2 * DAY + HOUR)) }));
    const ids = (await listPublicConferences(new Date())).map((row) => row.id);
    expect(ids).toContain(upcoming.id);
    expect(ids).not.toContain(cancelled.id);
    expect(ids).not.toContain(past.id);
    expect((await listPublicConferences(new Date(), { includeCancelled: true })).map((row) => row.id)).toContain(cancelled.id);
  });
});
