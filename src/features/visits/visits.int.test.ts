import { beforeAll, describe, expect, it } from "vitest";
import { createConference } from "@/features/press-conferences/service";
import { readPartnerTimeline } from "@/features/partner-cities/timeline";
import { createPromoItem, receiveStock } from "@/features/promo-items/service";
import { db } from "@/server/db";
import { ConflictError, ForbiddenError, PreconditionError, ValidationError } from "@/server/errors";
import { makeUser, unique } from "../../../tests/support/factories";
import { expectRefusedWithoutChange } from "../../../tests/support/snapshot";
import { getVisit, listGiftRegister, listVisits } from "./queries";
import {
  addBooking,
  addExpense,
  addGift,
  addParticipant,
  addProgrammeItem,
  changeVisitStatus,
  createVisit,
  draftReleaseFromReport,
  removeGift,
  saveReport,
  setBookingStatus,
  updateVisit,
} from "./service";

type Actor = Awaited<ReturnType<typeof makeUser>>["actor"];
let assistant: Actor;
let head: Actor;
let spokesperson: Actor;
let pr: Actor;
let admin: Actor;

beforeAll(async () => {
  assistant = (await makeUser({ roles: ["ASSISTANT"] })).actor;
  head = (await makeUser({ roles: ["HEAD_OF_OFFICE"] })).actor;
  spokesperson = (await makeUser({ roles: ["SPOKESPERSON"] })).actor;
  pr = (await makeUser({ roles: ["PR_STAFF"] })).actor;
  admin = (await makeUser({ roles: ["ADMIN"] })).actor;
});

const baseVisit = (overrides: Record<string, unknown> = {}) => ({
  direction: "INCOMING",
  title: `Návštěva ${unique("v")}`,
  purpose: "Jednání o spolupráci",
  startDate: "2030-05-12",
  endDate: "2030-05-13",
  counterpart: "Lindenau an der Mulde (Německo)",
  budget: "80 000",
  ...overrides,
});

async function guest(visitId: string, rank: number, name = `Host ${unique("g")}`) {
  return addParticipant(assistant, { visitId, side: "DELEGATION", name, function: "člen delegace", role: rank === 1 ? "HEAD_OF_DELEGATION" : "MEMBER", rank: String(rank), dietary: "bez lepku", contact: "+49 000" });
}

describe("visits", () => {
  it("create once per idempotency key; two people editing at once: the second gets a conflict and nothing of the first is lost", async () => {
    const key = unique("key");
    const first = await createVisit(assistant, { ...baseVisit(), idempotencyKey: key });
    const again = await createVisit(assistant, { ...baseVisit(), idempotencyKey: key });
    expect(again.id).toBe(first.id);
    expect(await db.visit.count({ where: { id: first.id } })).toBe(1);

    const mine = await updateVisit(assistant, { id: first.id, version: 0, ...baseVisit({ title: "Assistant's title", purpose: "Assistant's purpose" }) });
    expect(mine.version).toBe(1);
    await expectRefusedWithoutChange(() => updateVisit(head, { id: first.id, version: 0, ...baseVisit({ title: "Head's title" }) }), ConflictError, { messageKey: "staleVersion" });
    const stored = await db.visit.findUniqueOrThrow({ where: { id: first.id } });
    expect(stored).toMatchObject({ title: "Assistant's title", purpose: "Assistant's purpose", version: 1, budgetMinor: 8_000_000 });
    expect(await db.auditLog.count({ where: { entityId: first.id, action: { in: ["visit.create", "visit.update"] } } })).toBe(2);
  });

  it("lists participants in precedence everywhere, and selects restricted fields only for visit.viewRestricted", async () => {
    const { id } = await createVisit(assistant, baseVisit());
    await guest(id, 3, "Člen Třetí");
    await guest(id, 1, "Vedoucí První");
    await guest(id, 2, "Zástupce Druhý");
    await addParticipant(assistant, { visitId: id, side: "CITY", name: "Starostka", role: "HOST", rank: "1" });
    const all = (await db.visitParticipant.findMany({ where: { visitId: id }, select: { id: true, name: true } })).map((person) => person.id);
    await addProgrammeItem(assistant, { visitId: id, startsAt: "2030-05-12T10:00", endsAt: "2030-05-12T11:00", place: "Radnice", activity: "Přijetí", participantIds: all });

    const forAssistant = await getVisit(assistant, id);
    expect(forAssistant.participants.map((person) => person.name)).toEqual(["Vedoucí První", "Zástupce Druhý", "Člen Třetí", "Starostka"]);
    expect(forAssistant.programme[0].participants.map((person) => person.name)).toEqual(["Vedoucí První", "Zástupce Druhý", "Člen Třetí", "Starostka"]);
    expect(forAssistant.participants[0]).toMatchObject({ dietary: "bez lepku", contact: "+49 000" });

    const forSpokesperson = await getVisit(spokesperson, id);
    expect(forSpokesperson.participants.map((person) => person.name)).toEqual(["Vedoucí První", "Zástupce Druhý", "Člen Třetí", "Starostka"]);
    for (const person of forSpokesperson.participants) {
      expect(person).not.toHaveProperty("dietary");
      expect(person).not.toHaveProperty("contact");
      expect(person).not.toHaveProperty("passportNote");
    }
    expect(forSpokesperson.restricted).toBe(false);
  });

  it("flags the mayor in two overlapping items, and the leadership's other visits and press conferences", async () => {
    const mayor = `Mgr. Starostka ${unique("m")}`;
    const { id } = await createVisit(assistant, baseVisit());
    const { id: mayorId } = await addParticipant(assistant, { visitId: id, side: "CITY", name: mayor, function: "starostka", role: "HOST", rank: "1" });
    const { id: staffId } = await addParticipant(assistant, { visitId: id, side: "CITY", userId: head.id, role: "STAFF", rank: "2" });
    await addProgrammeItem(assistant, { visitId: id, startsAt: "2030-05-12T09:00", endsAt: "2030-05-12T10:30", place: "Radnice", activity: "Přijetí", participantIds: [mayorId] });
    const second = await addProgrammeItem(assistant, { visitId: id, startsAt: "2030-05-12T10:00", endsAt: "2030-05-12T11:00", place: "Náměstí", activity: "Prohlídka", participantIds: [mayorId, staffId] });
    expect(second.clashes.internal).toEqual([expect.objectContaining({ participantId: mayorId, first: expect.objectContaining({ activity: "Přijetí" }), second: expect.objectContaining({ activity: "Prohlídka" }) })]);
    // Back to back is no clash.
    const third = await addProgrammeItem(assistant, { visitId: id, startsAt: "2030-05-12T11:00", endsAt: "2030-05-12T12:00", place: "Restaurace", activity: "Oběd", participantIds: [mayorId] });
    expect(third.clashes.internal).toEqual([]);

    // Another visit at the same time with the same mayor (by name) and the head of office (by account).
    const { id: otherId } = await createVisit(assistant, baseVisit({ title: "Jiná návštěva" }));
    const { id: otherMayor } = await addParticipant(assistant, { visitId: otherId, side: "CITY", name: ` ${mayor.toUpperCase()} `, role: "HOST", rank: "1" });
    const other = await addProgrammeItem(assistant, { visitId: otherId, startsAt: "2030-05-12T11:30", endsAt: "2030-05-12T12:30", place: "Jinde", activity: "Jiné jednání", participantIds: [otherMayor] });
    expect(other.clashes.commitments).toEqual([expect.objectContaining({ kind: "VISIT", otherId: id, participantName: expect.any(String) })]);

    // A press conference where the head of office speaks, overlapping the tour.
    await createConference((await makeUser({ roles: ["SPOKESPERSON"] })).actor, {
      topic: "Konference ve stejnou chvíli",
      startsAt: "2030-05-12T10:15",
      endsAt: "2030-05-12T10:45",
      venue: "Radnice",
      agenda: "",
      speakers: [{ userId: head.id, function: "vedoucí" }],
    });
    const detail = await getVisit(assistant, id);
    expect(detail.clashes.internal).toHaveLength(1);
    expect(detail.clashes.commitments).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "VISIT", otherId, activity: "Oběd" }),
        expect.objectContaining({ kind: "CONFERENCE", otherTitle: "Konference ve stejnou chvíli", activity: "Prohlídka" }),
      ]),
    );
    // Symmetric: the conference sees the head of office busy in the visit's programme.
    const conference = await db.pressConference.findFirstOrThrow({ where: { topic: "Konference ve stejnou chvíli" }, select: { id: true } });
    const { getConference } = await import("@/features/press-conferences/queries");
    expect((await getConference(head, conference.id)).conflicts).toEqual([expect.objectContaining({ visitId: id, topic: expect.stringContaining("Prohlídka") })]);
    // A cancelled other visit is no commitment.
    await db.visit.update({ where: { id: otherId }, data: { status: "CANCELLED" } });
    expect((await getVisit(assistant, id)).clashes.commitments.filter((clash) => clash.kind === "VISIT")).toEqual([]);
  });

  it("refuses per role and changes nothing", async () => {
    const { id } = await createVisit(assistant, baseVisit());
    for (const actor of [spokesperson, pr, admin]) {
      await expectRefusedWithoutChange(() => createVisit(actor, baseVisit()), ForbiddenError);
      await expectRefusedWithoutChange(() => addParticipant(actor, { visitId: id, side: "DELEGATION", name: "X", role: "MEMBER", rank: "1" }), ForbiddenError);
      await expectRefusedWithoutChange(() => addBooking(actor, { visitId: id, kind: "HOTEL", supplier: "Hotel" }), ForbiddenError);
      await expectRefusedWithoutChange(() => updateVisit(actor, { id, version: 0, ...baseVisit() }), ForbiddenError);
    }
    await expect(getVisit(pr, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listVisits(admin, {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listGiftRegister(pr)).rejects.toBeInstanceOf(ForbiddenError);
    // The head of office manages visits too.
    expect((await addBooking(head, { visitId: id, kind: "HOTEL", supplier: "Hotel Podhůří" })).visitId).toBe(id);
  });

  it("bad input changes nothing", async () => {
    const { id } = await createVisit(assistant, baseVisit());
    await expectRefusedWithoutChange(() => createVisit(assistant, baseVisit({ endDate: "2030-05-01" })), ValidationError, { fieldIssues: { endDate: [{ key: "endsBeforeStart" }] } });
    await expectRefusedWithoutChange(() => createVisit(assistant, baseVisit({ budget: "lots" })), ValidationError);
    await expectRefusedWithoutChange(() => createVisit(assistant, { ...baseVisit(), isAdmin: true }), ValidationError);
    await expectRefusedWithoutChange(
      () => addParticipant(assistant, { visitId: id, side: "DELEGATION", name: "Host", role: "MEMBER", rank: "1", passportNote: "pas č. 123" }),
      ValidationError,
      { fieldIssues: { passportNote: [{ key: "passportOnlyOutgoing" }] } },
    );
    await expectRefusedWithoutChange(() => addParticipant(assistant, { visitId: id, side: "DELEGATION", role: "MEMBER", rank: "0" }), ValidationError);
    await expectRefusedWithoutChange(
      () => addProgrammeItem(assistant, { visitId: id, startsAt: "2030-06-01T10:00", endsAt: "2030-06-01T11:00", place: "Radnice", activity: "Mimo termín" }),
      ValidationError,
      { fieldIssues: { startsAt: [{ key: "outsideVisitDates" }] } },
    );
    await expectRefusedWithoutChange(() => addProgrammeItem(assistant, { visitId: id, startsAt: "2030-05-12T11:00", endsAt: "2030-05-12T10:00", place: "R", activity: "A" }), ValidationError);
    await expectRefusedWithoutChange(() => addExpense(assistant, { visitId: id, category: "MEALS", actual: "480,50", currency: "EUR" }), ValidationError, { fieldIssues: { rate: [{ key: "rateRequired" }] } });
    await expectRefusedWithoutChange(() => addGift(assistant, { visitId: id, direction: "RECEIVED", description: "Váza", date: "2030-05-12" }), ValidationError, { fieldIssues: { counterparty: [{ key: "donorRequired" }] } });
    // A foreign-currency expense with its rate is totalled in CZK.
    await addExpense(assistant, { visitId: id, category: "MEALS", planned: "400", actual: "480,50", currency: "EUR", rate: "24,985" });
    expect((await getVisit(assistant, id)).budget).toMatchObject({ plannedCzkMinor: 999_400, actualCzkMinor: 1_200_529, remainingCzkMinor: 8_000_000 - 1_200_529 });
  });

  it("confirms only with a programme and every booking answered; completed visits take a report and draft a press release", async () => {
    const { id } = await createVisit(assistant, baseVisit({ startDate: "2026-01-12", endDate: "2026-01-13", title: "Návštěva delegace ze Zielonky" , counterpart: "Zielonka Górna (Polsko)" }));
    await changeVisitStatus(assistant, { id, version: 0, status: "PLANNED" });
    await expectRefusedWithoutChange(() => changeVisitStatus(assistant, { id, version: 1, status: "CONFIRMED" }), PreconditionError, { messageKey: "visitNoGuests" });
    const { id: leader } = await guest(id, 1, "Tomasz Wierzbicki");
    await expectRefusedWithoutChange(() => changeVisitStatus(assistant, { id, version: 1, status: "CONFIRMED" }), PreconditionError, { messageKey: "visitNoProgramme" });
    await addProgrammeItem(assistant, { visitId: id, startsAt: "2026-01-12T10:00", endsAt: "2026-01-12T11:00", place: "Radnice", activity: "Přijetí na radnici", participantIds: [leader] });
    const booking = await addBooking(assistant, { visitId: id, kind: "INTERPRETER", supplier: "Tlumočení Lipka", cost: "4 800", currency: "CZK" });
    await expectRefusedWithoutChange(() => changeVisitStatus(assistant, { id, version: 1, status: "CONFIRMED" }), PreconditionError, { messageKey: "visitBookingsUnconfirmed" });
    await setBookingStatus(assistant, { id: booking.id, version: 0, status: "CONFIRMED" });
    await expectRefusedWithoutChange(() => setBookingStatus(head, { id: booking.id, version: 0, status: "CANCELLED" }), ConflictError);
    await changeVisitStatus(assistant, { id, version: 1, status: "CONFIRMED" });
    await expectRefusedWithoutChange(() => saveReport(assistant, { id, version: 2, report: "Předčasně" }), PreconditionError, { messageKey: "visitNotCompleted" });
    await changeVisitStatus(assistant, { id, version: 2, status: "COMPLETED" });
    await expectRefusedWithoutChange(() => draftReleaseFromReport(spokesperson, { id }), PreconditionError, { messageKey: "visitReportMissing" });
    await saveReport(assistant, { id, version: 3, report: "Delegace ze Zielonky Górnej navštívila radnici.\n\nJednalo se o spolupráci škol." });

    // The assistant may not draft releases; the spokesperson may.
    await expectRefusedWithoutChange(() => draftReleaseFromReport(assistant, { id }), ForbiddenError);
    const key = unique("k");
    const drafted = await draftReleaseFromReport(spokesperson, { id, idempotencyKey: key });
    const release = await db.pressRelease.findUniqueOrThrow({ where: { id: drafted.releaseId } });
    expect(release).toMatchObject({ status: "DRAFT", authorId: spokesperson.id, title: "Návštěva delegace: Zielonka Górna (Polsko)", perex: "Delegace ze Zielonky Górnej navštívila radnici." });
    expect(release.bodyHtml).toContain("<p>Jednalo se o spolupráci škol.</p>");
    expect(release.bodyHtml).toContain("Přijetí na radnici");
    expect(release.bodyHtml).toContain("Tomasz Wierzbicki");
    expect((await db.visit.findUniqueOrThrow({ where: { id } })).reportReleaseId).toBe(release.id);
    expect(await db.auditLog.count({ where: { entityId: id, action: "visit.releaseDrafted" } })).toBe(1);
    await expectRefusedWithoutChange(() => draftReleaseFromReport(spokesperson, { id, idempotencyKey: unique("k") }), PreconditionError, { messageKey: "visitReleaseExists" });
    // Received gifts after the visit go into the office-wide register.
    await addGift(assistant, { visitId: id, direction: "RECEIVED", description: "Keramická váza", counterparty: "Tomasz Wierzbicki", estimatedValue: "1500", date: "2026-01-12", decision: "DISPLAYED" });
    expect((await listGiftRegister(spokesperson)).some((gift) => gift.description === "Keramická váza" && gift.visit.id === id && gift.decision === "DISPLAYED")).toBe(true);
  });
});

describe("a visit with the other modules", () => {
  it("gives a gift from the promotional stock: issued in the same transaction, never below zero, reversed when the gift is removed", async () => {
    const { id } = await createVisit(assistant, baseVisit());
    const item = await createPromoItem(assistant, { sku: unique("SKU"), name: `Kniha o městě ${unique("k")}`, category: "Knihy", unit: "ks", location: "Sklad radnice", minimumStock: "0" });
    await receiveStock(assistant, { itemId: item.id, quantity: "3", unitCost: "45000" });
    const onHand = async () => (await db.promoItem.findUniqueOrThrow({ where: { id: item.id } })).onHand;

    const gift = await addGift(assistant, { visitId: id, direction: "GIVEN", promoItemId: item.id, quantity: "2", description: "Kniha o historii města", counterparty: "Bürgermeister", date: "2030-05-12" });
    expect(await onHand()).toBe(1);
    const row = await db.visitGift.findUniqueOrThrow({ where: { id: gift.id }, include: { stockMovement: true } });
    expect(row).toMatchObject({ promoItemId: item.id, stockMovement: { kind: "ISSUE", quantity: -2, purpose: "VISIT", visitId: id } });

    // More than is on hand: nothing is written, neither the gift nor the movement.
    await expectRefusedWithoutChange(
      () => addGift(assistant, { visitId: id, direction: "GIVEN", promoItemId: item.id, quantity: "2", description: "Kniha", date: "2030-05-12" }),
      PreconditionError,
    );
    expect(await db.visitGift.count({ where: { visitId: id } })).toBe(1);
    // A received gift does not come from our stock; the head of office may not issue stock.
    await expectRefusedWithoutChange(
      () => addGift(assistant, { visitId: id, direction: "RECEIVED", promoItemId: item.id, description: "Váza", counterparty: "Delegace", date: "2030-05-12" }),
      ValidationError,
    );
    await expectRefusedWithoutChange(() => addGift(head, { visitId: id, direction: "GIVEN", promoItemId: item.id, description: "Kniha", date: "2030-05-12" }), ForbiddenError);

    await removeGift(assistant, { id: gift.id });
    expect(await onHand()).toBe(3);
    expect(await db.stockMovement.count({ where: { itemId: item.id, kind: "REVERSAL", reversesId: row.stockMovementId } })).toBe(1);
  });

  it("links a twin town: an unknown one is refused, and the partner city's timeline shows the visit", async () => {
    const city = await db.partnerCity.create({ data: { name: `Zielonka ${unique("z")}`, country: "PL", status: "ACTIVE", createdById: assistant.id } });
    await expectRefusedWithoutChange(() => createVisit(assistant, baseVisit({ partnerCityId: crypto.randomUUID() })), ValidationError);
    const { id } = await createVisit(assistant, baseVisit({ partnerCityId: city.id, title: "Delegace ze Zielonky" }));
    expect(await readPartnerTimeline(db, city.id)).toEqual([expect.objectContaining({ kind: "visit", subkind: "INCOMING", title: "Delegace ze Zielonky", href: `/visits/${id}` })]);
    expect((await listVisits(assistant, { partner: city.name })).rows.map((row) => row.id)).toEqual([id]);
  });
});

