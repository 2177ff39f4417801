import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveMedia } from "@/features/release-media/download";
import type { Actor } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { ConflictError, ForbiddenError, NotFoundError, PreconditionError, UnauthenticatedError, ValidationError } from "@/server/errors";
import { makeResolution, makeUser, unique } from "../../../tests/support/factories";
import { expectRefusedWithoutChange } from "../../../tests/support/snapshot";
import { removeAgreement, uploadAgreement } from "./files";
import { countOverdueCorrespondence, getPartnerCity, listCorrespondence, listPartnerCities } from "./queries";
import {
  addCorrespondence,
  addPartnerActivity,
  addPartnerContact,
  addPlanAction,
  addProposal,
  answerProposal,
  createCooperationPlan,
  createPartnerCity,
  markReplied,
  markTranslated,
  passOnProposal,
  removePartnerContact,
  setPlanActionStatus,
  updatePartnerCity,
} from "./service";
import { type PartnerTimelineSource, readPartnerTimeline } from "./timeline";

// Partner cities on a real database: the services' rules, audit entries, conflicts, refusals per role,
// overdue replies, plan progress and the agreement document's download permission.

const MINIMAL_PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
const pdf = (name = "dohoda.pdf") => new File([MINIMAL_PDF], name, { type: "application/pdf" });

let storageRoot: string;
let assistant: Actor;
let head: Actor;
let spokesperson: Actor;
let prStaff: Actor;
let admin: Actor;

beforeAll(async () => {
  storageRoot = await mkdtemp(path.join(tmpdir(), "herald-partners-"));
  process.env.STORAGE_DIR = storageRoot;
  assistant = (await makeUser({ roles: ["ASSISTANT"] })).actor;
  head = (await makeUser({ roles: ["HEAD_OF_OFFICE"] })).actor;
  spokesperson = (await makeUser({ roles: ["SPOKESPERSON"] })).actor;
  prStaff = (await makeUser({ roles: ["PR_STAFF"] })).actor;
  admin = (await makeUser({ roles: ["ADMIN"] })).actor;
});

afterAll(async () => {
  delete process.env.STORAGE_DIR;
  await rm(storageRoot, { recursive: true, force: true });
});

function cityInput(overrides: Record<string, unknown> = {}) {
  return { name: `Lindenau ${unique("c")}`, country: "de", region: "Sachsen", status: "ACTIVE", languages: "de\nen", areas: "Kultura\nŠkolství", ...overrides };
}

async function makeCity(overrides: Record<string, unknown> = {}) {
  const { id } = await createPartnerCity(assistant, cityInput(overrides));
  return id;
}

describe("partner cities", () => {
  it("are created once per idempotency key, audited, and edited with a version (a stale one is a conflict)", async () => {
    const resolution = await makeResolution();
    const key = crypto.randomUUID();
    const input = cityInput({ name: "Zielonka Górna", country: "PL", agreementDate: "2014-05-20", agreementResolutionId: resolution.id, idempotencyKey: key });
    const first = await createPartnerCity(assistant, input);
    expect(await createPartnerCity(assistant, input)).toEqual(first);
    expect(await db.partnerCity.count({ where: { name: "Zielonka Górna" } })).toBe(1);
    const row = await db.partnerCity.findUniqueOrThrow({ where: { id: first.id } });
    expect(row).toMatchObject({ country: "PL", languages: ["de", "en"], areas: ["Kultura", "Školství"], agreementResolutionId: resolution.id, searchText: "zielonka gorna sachsen pl" });
    expect(await db.auditLog.count({ where: { entityId: first.id, action: "partnerCity.create", actorId: assistant.id } })).toBe(1);

    // Search ignores case and diacritics (ł too); filters by status and country.
    expect((await listPartnerCities(prStaff, { q: "GORNA" })).rows.map((city) => city.id)).toEqual([first.id]);
    const lodz = await makeCity({ name: "Łódka Mała", country: "PL", status: "PROPOSED" });
    expect((await listPartnerCities(prStaff, { q: "lodka" })).rows.map((city) => city.id)).toEqual([lodz]);
    expect((await listPartnerCities(prStaff, { status: "PROPOSED", country: "pl" })).rows.map((city) => city.id)).toEqual([lodz]);

    const updated = await updatePartnerCity(head, { ...cityInput({ name: "Zielonka Górna", country: "PL", status: "DORMANT" }), id: first.id, version: "0" });
    expect(updated.version).toBe(1);
    const conflict = await expectRefusedWithoutChange(
      () => updatePartnerCity(spokesperson, { ...cityInput({ name: "Zielonka Górna", country: "PL" }), id: first.id, version: "0" }),
      ConflictError,
    );
    expect(conflict.messageKey).toBe("staleVersion");
    expect((await db.partnerCity.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("DORMANT");
    // The same name in the same country twice is refused.
    await expectRefusedWithoutChange(() => createPartnerCity(assistant, cityInput({ name: "Zielonka Górna", country: "PL" })), ValidationError);
  });

  it("keep contacts (e-mail and phone for partnerCity.view only) without personal data in the audit log", async () => {
    const cityId = await makeCity();
    const { id } = await addPartnerContact(assistant, { partnerCityId: cityId, name: "Anna Weber", function: "Bürgermeisterin", email: "Anna.Weber@lindenau.example", phone: "+49 341 555 010" });
    const city = await getPartnerCity(prStaff, cityId);
    expect(city.contacts).toEqual([{ id, name: "Anna Weber", function: "Bürgermeisterin", email: "anna.weber@lindenau.example", phone: "+49 341 555 010" }]);
    await expect(getPartnerCity(admin, cityId)).rejects.toBeInstanceOf(ForbiddenError);
    const entry = await db.auditLog.findFirstOrThrow({ where: { entityId: id, action: "partnerCity.contactAdd" } });
    expect(JSON.stringify(entry.after)).not.toMatch(/Weber|lindenau|555/);
    await expectRefusedWithoutChange(() => addPartnerContact(assistant, { partnerCityId: cityId, name: "X", email: "not-an-email" }), ValidationError);
    await removePartnerContact(assistant, { id });
    expect(await db.partnerContact.count({ where: { partnerCityId: cityId } })).toBe(0);
  });

  it("show plan progress as the share of actions done, cancelled ones aside", async () => {
    const cityId = await makeCity();
    const { id: planId } = await createCooperationPlan(assistant, { partnerCityId: cityId, year: "2026" });
    await expectRefusedWithoutChange(() => createCooperationPlan(assistant, { partnerCityId: cityId, year: "2026" }), ValidationError);
    const ids: string[] = [];
    for (const title of ["Výměna žáků", "Vánoční trh", "Koncert", "Konference"]) ids.push((await addPlanAction(assistant, { planId, title, ownerId: prStaff.id, due: "2026-06-30" })).id);
    await setPlanActionStatus(assistant, { id: ids[0], version: "0", status: "DONE" });
    await setPlanActionStatus(head, { id: ids[1], version: "0", status: "CANCELLED" });
    await setPlanActionStatus(head, { id: ids[2], version: "0", status: "IN_PROGRESS" });
    const plan = (await getPartnerCity(assistant, cityId)).plans[0];
    expect(plan.progress).toEqual({ done: 1, total: 3, percent: 33 });
    const listed = (await listPartnerCities(assistant, {}, new Date("2026-07-01T10:00:00Z"))).rows.find((row) => row.id === cityId);
    expect(listed?.plan).toMatchObject({ year: 2026, percent: 33 });
    await expectRefusedWithoutChange(() => setPlanActionStatus(assistant, { id: ids[0], version: "0", status: "PLANNED" }), ConflictError);
    // An owner must be staff who see partner cities.
    await expectRefusedWithoutChange(() => addPlanAction(assistant, { planId, title: "Něco", ownerId: admin.id }), ValidationError);
  });

  it("mark a reply overdue until it is recorded; a translation is recorded with who and when", async () => {
    const cityId = await makeCity();
    const now = new Date("2026-03-10T09:00:00Z");
    const { id } = await addCorrespondence(assistant, {
      partnerCityId: cityId,
      direction: "IN",
      date: "2026-02-20",
      subject: "Einladung zum Stadtfest",
      language: "DE",
      translationNeeded: "on",
      responsibleId: spokesperson.id,
      replyDue: "2026-03-05",
    });
    const before = await countOverdueCorrespondence(head, now);
    let city = await getPartnerCity(assistant, cityId, now);
    expect(city.correspondence[0]).toMatchObject({ id, overdue: true, awaitingTranslation: true, language: "de", replyDue: "2026-03-05" });
    expect((await listCorrespondence(prStaff, { overdue: "1" }, now)).rows.map((row) => row.id)).toContain(id);
    expect((await listPartnerCities(prStaff, {}, now)).rows.find((row) => row.id === cityId)?.overdueReplies).toBe(1);
    // Not overdue on the last day itself.
    expect((await getPartnerCity(assistant, cityId, new Date("2026-03-05T20:00:00Z"))).correspondence[0].overdue).toBe(false);

    await markTranslated(assistant, { id, version: "0" }, now);
    const translated = await db.partnerCorrespondence.findUniqueOrThrow({ where: { id } });
    expect(translated).toMatchObject({ translatedById: assistant.id, translatedAt: now, version: 1 });
    await expectRefusedWithoutChange(() => markTranslated(assistant, { id, version: "1" }, now), PreconditionError);
    await expectRefusedWithoutChange(() => markReplied(assistant, { id, version: "0" }, now), ConflictError);

    await markReplied(spokesperson, { id, version: "1" }, now);
    city = await getPartnerCity(assistant, cityId, now);
    expect(city.correspondence[0]).toMatchObject({ overdue: false, awaitingTranslation: false });
    expect(await countOverdueCorrespondence(head, now)).toBe(before - 1);
    expect((await listCorrespondence(prStaff, { overdue: "1" }, now)).rows.map((row) => row.id)).not.toContain(id);
    expect(await db.auditLog.count({ where: { entityId: id, action: { in: ["partnerCity.letterAdd", "partnerCity.letterTranslated", "partnerCity.letterReplied"] } } })).toBe(3);
    // A reply deadline before the letter's date is refused.
    await expectRefusedWithoutChange(
      () => addCorrespondence(assistant, { partnerCityId: cityId, direction: "OUT", date: "2026-03-01", subject: "Odpověď", language: "de", replyDue: "2026-02-01" }),
      ValidationError,
    );
  });

  it("pass proposals on to a department and record the answer, in that order", async () => {
    const cityId = await makeCity();
    const now = new Date("2026-05-20T09:00:00Z");
    const { id } = await addProposal(assistant, { partnerCityId: cityId, receivedOn: "2026-05-02", summary: "Společný cyklistický závod" });
    await expectRefusedWithoutChange(() => answerProposal(assistant, { id, version: "0", answer: "Ano" }, now), PreconditionError);
    await passOnProposal(assistant, { id, version: "0", department: "Odbor sportu", passedOnAt: "2026-05-04" }, now);
    await answerProposal(head, { id, version: "1", answer: "Odbor sportu souhlasí, závod bude v září.", answeredAt: "2026-05-18" }, now);
    expect(await db.partnerProposal.findUniqueOrThrow({ where: { id } })).toMatchObject({ department: "Odbor sportu", answer: "Odbor sportu souhlasí, závod bude v září.", version: 2 });
    const city = await getPartnerCity(prStaff, cityId, now);
    expect(city.proposals[0]).toMatchObject({ passedOnAt: "2026-05-04", answeredAt: "2026-05-18" });
    await expectRefusedWithoutChange(() => passOnProposal(assistant, { id, version: "2", department: "Jiný" }, now), PreconditionError);
  });

  it("build a timeline from its sources, newest first, and take more sources (visits, at merge)", async () => {
    const cityId = await makeCity();
    await addPartnerActivity(assistant, { partnerCityId: cityId, kind: "JOINT_PROJECT", date: "2025-04-01", title: "Interreg: cyklostezka" });
    await addCorrespondence(assistant, { partnerCityId: cityId, direction: "OUT", date: "2026-01-10", subject: "Novoroční přání", language: "de" });
    await addProposal(assistant, { partnerCityId: cityId, receivedOn: "2025-09-01", summary: "Výměna hasičů" });
    const city = await getPartnerCity(prStaff, cityId);
    expect(city.timeline.map((item) => item.kind)).toEqual(["correspondence", "proposal", "activity"]);
    const visits: PartnerTimelineSource = async () => [{ kind: "visit", subkind: "INCOMING", at: new Date("2026-02-01T00:00:00Z"), title: "Návštěva starosty", detail: null, href: "/visits/x" }];
    const withVisits = await db.$transaction((tx) => readPartnerTimeline(tx, cityId, [visits]));
    expect(withVisits.map((item) => item.title)).toEqual(["Návštěva starosty"]);
  });

  it("keep the agreement document: uploaded by managers, downloaded by staff with partnerCity.view only", async () => {
    const cityId = await makeCity();
    const { id } = await uploadAgreement(assistant, { partnerCityId: cityId, file: pdf() });
    expect(await db.mediaFile.findUniqueOrThrow({ where: { id } })).toMatchObject({ partnerCityId: cityId, pressReleaseId: null, pressConferenceId: null, kind: "ATTACHMENT" });
    const request = new Request(`http://localhost/media/${id}`);
    expect((await serveMedia(request, id, async () => prStaff)).status).toBe(200);
    expect((await serveMedia(request, id, async () => admin)).status).not.toBe(200);
    expect((await serveMedia(request, id, async () => null)).status).toBe(404);
    const notAPdf = new File(["<html>"], "dohoda.pdf", { type: "application/pdf" });
    await expectRefusedWithoutChange(() => uploadAgreement(assistant, { partnerCityId: cityId, file: notAPdf }), ValidationError);
    await expectRefusedWithoutChange(() => uploadAgreement(prStaff, { partnerCityId: cityId, file: pdf() }), ForbiddenError);
    await expectRefusedWithoutChange(() => removeAgreement(prStaff, { id }), ForbiddenError);
    await removeAgreement(head, { id });
    expect(await db.mediaFile.findUnique({ where: { id } })).toBeNull();
    // The one-owner CHECK: a file of a partner city and a conference at once is refused by the database.
    const conference = await db.pressConference.create({ data: { topic: "x", startsAt: new Date(), endsAt: new Date(), venue: "x", createdById: spokesperson.id } });
    await expect(
      db.mediaFile.create({ data: { partnerCityId: cityId, pressConferenceId: conference.id, kind: "ATTACHMENT", storageKey: unique("k"), fileName: "a.pdf", mimeType: "application/pdf", byteSize: 1, uploadedById: assistant.id } }),
    ).rejects.toThrow();
  });

  it("refuse visitors, roles without partnerCity.manage and bad input, changing nothing", async () => {
    const cityId = await makeCity();
    const { id: planId } = await createCooperationPlan(assistant, { partnerCityId: cityId, year: "2027" });
    const { id: letterId } = await addCorrespondence(assistant, { partnerCityId: cityId, direction: "IN", date: "2026-01-05", subject: "Dopis", language: "pl", translationNeeded: "on" });
    const { id: proposalId } = await addProposal(assistant, { partnerCityId: cityId, receivedOn: "2026-01-05", summary: "Návrh" });
    await expectRefusedWithoutChange(() => createPartnerCity(null, cityInput()), UnauthenticatedError);
    for (const actor of [prStaff, admin]) {
      await expectRefusedWithoutChange(() => createPartnerCity(actor, cityInput()), ForbiddenError);
      await expectRefusedWithoutChange(() => updatePartnerCity(actor, { ...cityInput(), id: cityId, version: "0" }), ForbiddenError);
      await expectRefusedWithoutChange(() => addPartnerContact(actor, { partnerCityId: cityId, name: "X" }), ForbiddenError);
      await expectRefusedWithoutChange(() => addPartnerActivity(actor, { partnerCityId: cityId, kind: "EVENT", date: "2026-01-01", title: "X" }), ForbiddenError);
      await expectRefusedWithoutChange(() => addPlanAction(actor, { planId, title: "X" }), ForbiddenError);
      await expectRefusedWithoutChange(() => markTranslated(actor, { id: letterId, version: "0" }), ForbiddenError);
      await expectRefusedWithoutChange(() => markReplied(actor, { id: letterId, version: "0" }), ForbiddenError);
      await expectRefusedWithoutChange(() => passOnProposal(actor, { id: proposalId, version: "0", department: "X" }), ForbiddenError);
    }
    await expect(listPartnerCities(admin)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(countOverdueCorrespondence(null)).rejects.toBeInstanceOf(UnauthenticatedError);
    // Bad input: unknown fields, a bad country, a bad date, an unknown status, a made-up city.
    await expectRefusedWithoutChange(() => createPartnerCity(assistant, { ...cityInput(), extra: "x" }), ValidationError);
    await expectRefusedWithoutChange(() => createPartnerCity(assistant, cityInput({ country: "Germany" })), ValidationError);
    await expectRefusedWithoutChange(() => createPartnerCity(assistant, cityInput({ agreementDate: "2026-02-30" })), ValidationError);
    await expectRefusedWithoutChange(() => createPartnerCity(assistant, cityInput({ status: "TWINNED" })), ValidationError);
    await expectRefusedWithoutChange(() => createPartnerCity(assistant, cityInput({ agreementResolutionId: crypto.randomUUID() })), ValidationError);
    await expectRefusedWithoutChange(() => addPartnerActivity(assistant, { partnerCityId: crypto.randomUUID(), kind: "EVENT", date: "2026-01-01", title: "X" }), NotFoundError);
    await expectRefusedWithoutChange(() => addCorrespondence(assistant, { partnerCityId: cityId, direction: "SIDEWAYS", date: "2026-01-01", subject: "X", language: "de" }), ValidationError);
  });
});
