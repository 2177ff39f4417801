import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { createPromoItem, receiveStock } from "@/features/promo-items/service";
import { updateOfficeSettings } from "@/features/settings/service";
import { addParticipant, addProgrammeItem as addVisitItem, createVisit, programmeClashes } from "@/features/visits/service";
import { db } from "@/server/db";
import { ConflictError, ForbiddenError, PreconditionError, UnauthenticatedError, ValidationError } from "@/server/errors";
import { makeUser, unique } from "../../../tests/support/factories";
import { expectRefusedWithoutChange } from "../../../tests/support/snapshot";
import { buildEventsIcs } from "./ics";
import { getEvent, listEvents, listMyOverdueTasks, listPublicEvents } from "./queries";
import {
  addBudgetLine,
  addLink,
  addPerson,
  addProgrammeItem,
  addTask,
  approveEventBudget,
  changeEventStatus,
  createEvent,
  issueItemsToEvent,
  recordBudgetActual,
  saveEvaluation,
  updateEvent,
  updateTask,
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

const baseEvent = (overrides: Record<string, unknown> = {}) => ({
  title: `Vánoční trhy ${unique("e")}`,
  type: "MARKET",
  startDate: "2030-11-29",
  endDate: "2030-12-23",
  venues: "Masarykovo náměstí\nNádvoří zámku",
  isPublic: "on",
  publicDescription: "Stánky, svařák, koledy.",
  ...overrides,
});
const reload = (id: string) => db.event.findUniqueOrThrow({ where: { id } });

describe("events", () => {
  it("a Christmas market from its template: budget (approved above the limit), tasks, public calendar, items, held, links, evaluated (photos: E2E)", async () => {
    const key = unique("key");
    const created = await createEvent(pr, { ...baseEvent(), templateKey: "christmas-market", idempotencyKey: key });
    expect((await createEvent(pr, { ...baseEvent(), templateKey: "christmas-market", idempotencyKey: key })).id).toBe(created.id);
    const event = await getEvent(pr, created.id, new Date("2030-06-01T10:00:00Z"));
    expect(event.tasks).toHaveLength(20);
    expect(event.tasks[0]).toMatchObject({ title: expect.stringContaining("Usnesení"), dueDate: "2030-08-01" });

    // Budget: 150 000 Kč planned is above the default limit (100 000): confirmation needs the head.
    await addBudgetLine(pr, { eventId: created.id, category: "Stánky", supplier: "Stánky s.r.o.", planned: "90 000", vatPercent: "21" });
    const stage = await addBudgetLine(pr, { eventId: created.id, category: "Pódium", supplier: "Zvuk a světlo", planned: "60 000" });
    await changeEventStatus(pr, { id: created.id, version: (await reload(created.id)).version, status: "PLANNED" });
    const planned = await reload(created.id);
    await expect(changeEventStatus(pr, { id: created.id, version: planned.version, status: "CONFIRMED" })).rejects.toMatchObject({ messageKey: "eventBudgetNotApproved" });
    await expectRefusedWithoutChange(() => approveEventBudget(pr, { id: created.id, version: planned.version }), ForbiddenError);
    await approveEventBudget(head, { id: created.id, version: planned.version });
    await changeEventStatus(pr, { id: created.id, version: (await reload(created.id)).version, status: "CONFIRMED" });

    // Tasks assigned: an overdue one stands out on its owner's home.
    const task = event.tasks[0];
    await updateTask(pr, { id: task.id, version: task.version, ownerId: assistant.id, dueDate: "2030-08-01" });
    expect(await listMyOverdueTasks(assistant, new Date("2030-09-01T10:00:00Z"))).toEqual([expect.objectContaining({ id: task.id, eventId: created.id })]);
    expect(await listMyOverdueTasks(assistant, new Date("2030-07-01T10:00:00Z"))).toEqual([]);

    // Public calendar and its ICS; an internal event never appears.
    const internal = await createEvent(pr, baseEvent({ title: `Porada ${unique("i")}`, type: "MEETING", isPublic: undefined }));
    await changeEventStatus(pr, { id: internal.id, version: 0, status: "PLANNED" });
    const publicRows = await listPublicEvents(new Date("2030-11-01T10:00:00Z"));
    expect(publicRows.map((row) => row.id)).toContain(created.id);
    expect(publicRows.map((row) => row.id)).not.toContain(internal.id);
    await addProgrammeItem(pr, { eventId: created.id, startsAt: "2030-11-29T17:00", endsAt: "2030-11-29T18:00", title: "Rozsvícení stromu", venue: "Masarykovo náměstí" });
    const ics = buildEventsIcs({
      prodId: "-//Herald//test//CS",
      name: "Akce",
      now: new Date(),
      events: (await listPublicEvents(new Date("2030-11-01T10:00:00Z"))).map((row) => ({ uid: `event-${row.id}@test`, startDate: row.startDate, endDate: row.endDate, summary: row.title, description: row.publicDescription })),
    });
    const vevents = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
    const market = vevents.find((vevent) => vevent.uid === `event-${created.id}@test`);
    expect(market?.startDate.toString()).toBe("2030-11-29");
    expect(market?.endDate.toString()).toBe("2030-12-24");
    expect(vevents.some((vevent) => vevent.uid.includes(internal.id))).toBe(false);

    // Promotional items issued to the event in the same transaction; too many → nothing changes.
    const item = await createPromoItem(assistant, { sku: unique("SKU"), name: `Perníček ${unique("p")}`, category: "Drobnosti", unit: "ks", location: "Sklad radnice", minimumStock: "0" });
    await receiveStock(assistant, { itemId: item.id, quantity: "100", unitCost: "1000" });
    await issueItemsToEvent(assistant, { eventId: created.id, itemId: item.id, quantity: "40", recipientName: "Návštěvníci trhů" });
    expect(await db.stockMovement.findFirst({ where: { eventId: created.id } })).toMatchObject({ kind: "ISSUE", quantity: -40, purpose: "EVENT" });
    await expectRefusedWithoutChange(() => issueItemsToEvent(assistant, { eventId: created.id, itemId: item.id, quantity: "61" }), PreconditionError);
    await expectRefusedWithoutChange(() => issueItemsToEvent(head, { eventId: created.id, itemId: item.id, quantity: "1" }), ForbiddenError);

    // Held (not before the first day), documented, evaluated (needs the note).
    const confirmed = await reload(created.id);
    await expect(changeEventStatus(pr, { id: created.id, version: confirmed.version, status: "HELD" }, new Date("2030-11-28T10:00:00Z"))).rejects.toMatchObject({ messageKey: "eventNotStarted" });
    await changeEventStatus(pr, { id: created.id, version: confirmed.version, status: "HELD" }, new Date("2030-11-30T10:00:00Z"));
    const overrun = await reload(created.id);
    await recordBudgetActual(pr, { id: stage.id, eventId: created.id, version: overrun.version, actual: "72 500", invoiceNumber: "FV-2030-118" });
    await addLink(pr, { eventId: created.id, title: "Tisková zpráva: trhy zahájeny", url: "https://mesto.example/newsroom/trhy" });
    const held = await reload(created.id);
    await expect(changeEventStatus(pr, { id: created.id, version: held.version, status: "EVALUATED" })).rejects.toMatchObject({ messageKey: "eventNoEvaluation" });
    await saveEvaluation(pr, { id: created.id, version: held.version, evaluationNote: "Návštěvnost rekordní; pódium dražší.", chronicleEntry: "Adventní trhy na Masarykově náměstí." });
    await changeEventStatus(pr, { id: created.id, version: held.version + 1, status: "EVALUATED" });
    const done = await getEvent(head, created.id);
    expect(done.status).toBe("EVALUATED");
    expect(done.totals).toMatchObject({ plannedMinor: 15_000_000, actualMinor: 7_250_000 });
    expect(done.budgetLines.find((line) => line.id === stage.id)?.overrun).toBe(true);
    expect(done.links).toHaveLength(1);
    const audit = await db.auditLog.findMany({ where: { entityId: created.id }, select: { action: true } });
    expect(audit.map((row) => row.action)).toEqual(expect.arrayContaining(["event.create", "event.status", "event.budgetApprove", "event.evaluation"]));
  });

  it("a leader at an event while in a visit's programme: flagged on both sides", async () => {
    const visit = await createVisit(assistant, { direction: "INCOMING", title: `Návštěva ${unique("v")}`, startDate: "2031-03-10", endDate: "2031-03-10", counterpart: "Partnerské město" });
    const mayor = await addParticipant(assistant, { visitId: visit.id, side: "CITY", name: "Mgr. Jana Starostová", role: "HOST", rank: "1" });
    await addVisitItem(assistant, { visitId: visit.id, startsAt: "2031-03-10T10:00", endsAt: "2031-03-10T12:00", place: "Radnice", activity: "Přijetí delegace", participantIds: [mayor.id] });
    const event = await createEvent(pr, baseEvent({ title: `Otevření školy ${unique("o")}`, type: "OPENING", startDate: "2031-03-10", endDate: "2031-03-10" }));
    const added = await addPerson(pr, { eventId: event.id, role: "LEADERSHIP", name: "Mgr. Jana Starostová", function: "starostka", startsAt: "2031-03-10T11:00", endsAt: "2031-03-10T11:30", speech: "Vážení přítomní…" });
    expect(added.clashes).toEqual([expect.objectContaining({ kind: "VISIT", otherId: visit.id })]);
    expect((await getEvent(pr, event.id)).clashes).toHaveLength(1);
    expect((await programmeClashes(db, visit.id)).commitments).toEqual([expect.objectContaining({ kind: "EVENT", otherId: event.id })]);
  });

  it("refusals per role, bad input changes nothing", async () => {
    const { id } = await createEvent(assistant, baseEvent());
    await expectRefusedWithoutChange(() => createEvent(null, baseEvent()), UnauthenticatedError);
    for (const actor of [spokesperson, admin]) {
      await expectRefusedWithoutChange(() => createEvent(actor, baseEvent()), ForbiddenError);
      await expectRefusedWithoutChange(() => addBudgetLine(actor, { eventId: id, category: "X", planned: "1" }), ForbiddenError);
    }
    await expectRefusedWithoutChange(() => listEvents(admin, {}), ForbiddenError);
    await expectRefusedWithoutChange(() => getEvent(admin, id), ForbiddenError);
    await expectRefusedWithoutChange(() => createEvent(pr, baseEvent({ endDate: "2030-11-01" })), ValidationError);
    await expectRefusedWithoutChange(() => createEvent(pr, baseEvent({ type: "PARADE" })), ValidationError);
    await expectRefusedWithoutChange(() => createEvent(pr, baseEvent({ organiser: "PARTNER" })), ValidationError);
    await expectRefusedWithoutChange(() => createEvent(pr, { ...baseEvent(), extra: 1 }), ValidationError);
    await expectRefusedWithoutChange(() => createEvent(pr, { ...baseEvent(), templateKey: "nope" }), ValidationError);
    await expectRefusedWithoutChange(() => addBudgetLine(pr, { eventId: id, category: "X", planned: "-5" }), ValidationError);
    await expectRefusedWithoutChange(() => addProgrammeItem(pr, { eventId: id, startsAt: "2031-01-01T10:00", endsAt: "2031-01-01T11:00", title: "Mimo" }), ValidationError);
    await expectRefusedWithoutChange(() => addPerson(pr, { eventId: id, role: "LEADERSHIP", name: "Starosta" }), ValidationError);
    await expectRefusedWithoutChange(() => addTask(pr, { eventId: id, title: "X", ownerId: "00000000-0000-7000-8000-000000000000" }), ValidationError);
    await expectRefusedWithoutChange(() => changeEventStatus(pr, { id, version: 0, status: "HELD" }), PreconditionError);
    await expectRefusedWithoutChange(() => saveEvaluation(pr, { id, version: 0, evaluationNote: "x", chronicleEntry: "" }), PreconditionError);
  });

  it("the budget limit is an office setting", async () => {
    await updateOfficeSettings(head, { eventBudgetApprovalLimit: "200000" });
    try {
      const { id } = await createEvent(pr, baseEvent());
      await addBudgetLine(pr, { eventId: id, category: "Stánky", planned: "150 000" });
      await changeEventStatus(pr, { id, version: 1, status: "PLANNED" });
      await changeEventStatus(pr, { id, version: 2, status: "CONFIRMED" });
      expect((await reload(id)).status).toBe("CONFIRMED");
    } finally {
      await updateOfficeSettings(head, { eventBudgetApprovalLimit: "100000" });
    }
  });

  it("concurrent edits of one event: one wins, the other gets a conflict, nothing is lost", async () => {
    const { id } = await createEvent(pr, baseEvent());
    const a = updateEvent(pr, { ...baseEvent({ title: "Verze A" }), id, version: 0 });
    const b = updateEvent(assistant, { ...baseEvent({ title: "Verze B" }), id, version: 0 });
    const results = await Promise.allSettled([a, b]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ConflictError);
    expect(["Verze A", "Verze B"]).toContain((await reload(id)).title);
    // Rows added by two people at once both stay; a page at the old version then gets a conflict.
    await Promise.all([addTask(pr, { eventId: id, title: "Úkol A" }), addTask(assistant, { eventId: id, title: "Úkol B" }), addBudgetLine(pr, { eventId: id, category: "A", planned: "1" }), addBudgetLine(assistant, { eventId: id, category: "B", planned: "2" })]);
    expect(await db.eventTask.count({ where: { eventId: id } })).toBe(2);
    expect(await db.eventBudgetLine.count({ where: { eventId: id } })).toBe(2);
    await expectRefusedWithoutChange(() => updateEvent(pr, { ...baseEvent({ title: "Stará stránka" }), id, version: 1 }), ConflictError);
    const task = await db.eventTask.findFirstOrThrow({ where: { eventId: id } });
    await updateTask(pr, { id: task.id, version: task.version, done: "on" });
    await expectRefusedWithoutChange(() => updateTask(assistant, { id: task.id, version: task.version, done: "" }), ConflictError);
  });
});
