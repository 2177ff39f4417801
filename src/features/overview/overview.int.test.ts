import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { ceremonySummary } from "@/features/ceremonies/overview";
import { listWaitingRegistrations } from "@/features/ceremonies/queries";
import { eventSummary } from "@/features/events/overview";
import { listEvents } from "@/features/events/queries";
import { inquirySummary } from "@/features/inquiries/overview";
import { inquiryStats, listInquiries } from "@/features/inquiries/queries";
import { pressSummary } from "@/features/press-releases/overview";
import { listPressReleases, listUncommunicatedResolutions } from "@/features/press-releases/queries";
import { lowStockSummary } from "@/features/promo-items/overview";
import { listPromoItems } from "@/features/promo-items/queries";
import { visitSummary } from "@/features/visits/overview";
import { listVisits } from "@/features/visits/queries";
import type { Actor } from "@/server/authz/permissions";
import { cityToday } from "@/server/calendar-day";
import { db } from "@/server/db";
import { ForbiddenError, UnauthenticatedError, ValidationError } from "@/server/errors";
import { makeContact, makeOutlet, makePressRelease, makeResolution, makeUser, unique } from "../../../tests/support/factories";
import { calendarFeed } from "./feed";
import { comingUp, myFeedToken, officeCalendar, searchEverything } from "./queries";
import { createFeedToken, revokeFeedToken } from "./service";

// The office-wide views on a real database: every dashboard number equals a direct count and the count of
// the list its link opens; search per role returns exactly the modules the role may see; the calendar
// merges the modules and marks clashes; the ICS token lifecycle (create, rotate, revoke, unknown, deactivated).

let head: Actor;
let spokesperson: Actor;
let pr: Actor;
let assistant: Actor;
let admin: Actor;
// A fixed mid-month, mid-year "now": month and year boundaries never split the data.
const now = new Date("2026-06-10T10:00:00Z");
const today = cityToday(now);
const day = (offset: number) => new Date(`${new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10)}T00:00:00Z`);
const WORD = "Křižovatka";
const FOLDED = "krizovatka";
const CITIZEN = "Jindřiška Soukromá";
const MOBILE = "+420 777 000 111";

beforeAll(async () => {
  [head, spokesperson, pr, assistant, admin] = (
    await Promise.all([
      makeUser({ roles: ["HEAD_OF_OFFICE"] }),
      makeUser({ roles: ["SPOKESPERSON"] }),
      makeUser({ roles: ["PR_STAFF"] }),
      makeUser({ roles: ["ASSISTANT"] }),
      makeUser({ roles: ["ADMIN"] }),
    ])
  ).map((made) => made.actor);

  // Press releases: 2 in review, 1 scheduled, 3 published this month (one with the search word), 1 a year ago.
  const resolution = await makeResolution();
  await makeResolution(); // never communicated
  await makePressRelease({ status: "IN_REVIEW", authorId: pr.id, title: `${WORD} u nádraží` });
  await makePressRelease({ status: "IN_REVIEW", authorId: pr.id });
  await makePressRelease({ status: "SCHEDULED", authorId: pr.id, publishAt: new Date(now.getTime() + 86_400_000) });
  for (let i = 0; i < 3; i++) await makePressRelease({ status: "PUBLISHED", authorId: pr.id, publishedAt: new Date(now.getTime() - 60_000 * (i + 1)), resolutionIds: i === 0 ? [resolution.id] : [] });
  await makePressRelease({ status: "PUBLISHED", authorId: pr.id, publishedAt: new Date(now.getTime() - 400 * 86_400_000) });

  // Contacts and outlets (the private mobile and notes must never come back from search).
  const outlet = await makeOutlet({ name: `Deník ${WORD}` });
  await makeContact({ name: `Jana ${WORD}ová`, outletId: outlet.id, mobile: MOBILE, notes: "soukromá poznámka" });

  // Inquiries: 3 open (one overdue, with the word), 2 answered this month (4 h and 10 h).
  const inquiry = (over: Record<string, unknown>) =>
    db.inquiry.create({
      data: { number: unique("D"), channel: "EMAIL", receivedAt: now, subject: "Dotaz", question: "Otázka?", deadline: new Date(now.getTime() + 86_400_000), createdById: spokesperson.id, ownerId: spokesperson.id, ...over },
    });
  await inquiry({ subject: `${WORD} – uzavírka`, deadline: new Date(now.getTime() - 3_600_000), receivedAt: new Date(now.getTime() - 7_200_000) });
  await inquiry({});
  await inquiry({ status: "IN_PROGRESS" });
  await inquiry({ status: "ANSWERED", receivedAt: new Date(now.getTime() - 4 * 3_600_000), answeredAt: now });
  await inquiry({ status: "CLOSED", receivedAt: new Date(now.getTime() - 10 * 3_600_000), answeredAt: now });

  // A press conference tomorrow 10:00–11:00 UTC with the head as a speaker.
  const tomorrow10 = new Date(day(1).getTime() + 10 * 3_600_000);
  await db.pressConference.create({
    data: {
      topic: `Konference ${WORD}`,
      startsAt: tomorrow10,
      endsAt: new Date(tomorrow10.getTime() + 3_600_000),
      venue: "Radnice",
      createdById: spokesperson.id,
      speakers: { create: { userId: head.id, name: head.name, position: 1 } },
    },
  });

  // A PLANNED visit tomorrow: a programme item 10:30–11:30 with the head (a clash with the conference), a requested booking, budget and expenses.
  const partner = await db.partnerCity.create({ data: { name: `${WORD} nad Sálou`, country: "DE", status: "ACTIVE", createdById: assistant.id, searchText: `${FOLDED} nad salou de` } });
  const visit = await db.visit.create({
    data: {
      direction: "INCOMING",
      title: `Delegace ${WORD}`,
      startDate: day(1),
      endDate: day(2),
      counterpart: "Partnerov",
      partnerCityId: partner.id,
      status: "PLANNED",
      budgetMinor: 1_000_000,
      createdById: assistant.id,
      participants: { create: { side: "CITY", userId: head.id, name: head.name, role: "HOST", rank: 1, dietary: "bez lepku" } },
      bookings: { create: { kind: "HOTEL", supplier: "Hotel", status: "REQUESTED" } },
      expenses: { create: [{ category: "MEALS", actualMinor: 250_000, currency: "CZK", rateToCzk: "1" }, { category: "GIFTS", actualMinor: 10_000, currency: "EUR", rateToCzk: "25.123456" }] },
    },
    include: { participants: true },
  });
  await db.programmeItem.create({
    data: {
      visitId: visit.id,
      startsAt: new Date(tomorrow10.getTime() + 30 * 60_000),
      endsAt: new Date(tomorrow10.getTime() + 90 * 60_000),
      place: "Obřadní síň",
      activity: "Přijetí u primátora",
      participants: { create: { participantId: visit.participants[0].id } },
    },
  });

  // Events: one with a budget above the default limit (100 000 CZK) waiting for approval; one approved; one cancelled.
  const event = (over: Record<string, unknown>, lines: Array<{ plannedMinor: number; actualMinor?: number }>) =>
    db.event.create({ data: { title: "Akce", type: "CULTURAL", startDate: day(3), endDate: day(4), venues: "Masarykovo náměstí\nRadnice", status: "PLANNED", createdById: pr.id, ...over, budgetLines: { create: lines.map((line) => ({ category: "x", ...line })) } } });
  await event({ title: "Vánoční trh" }, [{ plannedMinor: 15_000_000, actualMinor: 1_000_000 }]);
  await event({ title: "Schválená", budgetApprovedMinor: 20_000_000 }, [{ plannedMinor: 20_000_000 }]);
  await event({ title: "Zrušená", status: "CANCELLED" }, [{ plannedMinor: 50_000_000, actualMinor: 5_000_000 }]);

  // A ceremony in 2 days with a slot; two waiting registrations with a citizen's name, one erased (not waiting).
  const ceremony = await db.ceremony.create({
    data: { type: "WELCOMING", title: "Vítání občánků", date: day(2), venue: "Obřadní síň", officiant: "Starostka", createdById: assistant.id, slots: { create: { startsAt: new Date(day(2).getTime() + 9 * 3_600_000), capacity: 5 } } },
  });
  const registration = (over: Record<string, unknown>) =>
    db.ceremonyRegistration.create({ data: { type: "WELCOMING", names: CITIZEN, address: "Ulice 1", consentVersion: "1", consentAt: now, consentSource: "PAPER", rsvpToken: unique("rsvp"), ...over } });
  await registration({});
  await registration({ ceremonyId: ceremony.id });
  await registration({ erasedAt: now });

  // Promotional items: two below the minimum (one inactive: not counted), one fine; the word in one name.
  const item = (over: Record<string, unknown>) => db.promoItem.create({ data: { sku: unique("SKU"), name: "Předmět", category: "x", location: "Sklad", ...over } });
  await item({ name: `Hrnek ${WORD}`, searchText: `hrnek ${FOLDED}`, minimumStock: 5, onHand: 2, stockValue: 200 });
  await item({ minimumStock: 5, onHand: 1, stockValue: 100, isActive: false });
  await item({ minimumStock: 1, onHand: 10, stockValue: 1000 });
});

describe("dashboard numbers equal direct counts and the lists behind their links", () => {
  it("press releases", async () => {
    const press = await pressSummary(head, now);
    expect(press).toMatchObject({ inReview: 2, scheduled: 1, publishedThisMonth: 3, uncommunicated: 1 });
    expect((await listPressReleases(head, { status: "IN_REVIEW" })).total).toBe(press.inReview);
    expect((await listPressReleases(head, { status: "SCHEDULED" })).total).toBe(press.scheduled);
    const month = press.months.thisMonth;
    expect((await listPressReleases(head, { status: "PUBLISHED", publishedFrom: month.firstDay, publishedTo: month.lastDay })).total).toBe(press.publishedThisMonth);
    const last = press.months.lastMonth;
    expect((await listPressReleases(head, { status: "PUBLISHED", publishedFrom: last.firstDay, publishedTo: last.lastDay })).total).toBe(press.publishedLastMonth);
    expect((await listUncommunicatedResolutions(head)).length).toBe(press.uncommunicated);
    expect(press.series).toHaveLength(6);
    expect(press.series.at(-1)).toEqual({ month: today.slice(0, 7), count: 3 });
  });

  it("inquiries: open, overdue and this month's median as the stats page computes it", async () => {
    const summary = await inquirySummary(spokesperson, now);
    expect(summary).toMatchObject({ open: 3, overdue: 1, answeredThisMonth: 2 });
    expect((await listInquiries(spokesperson, { open: "1" }, now)).total).toBe(summary.open);
    expect((await listInquiries(spokesperson, { overdue: "1" }, now)).total).toBe(summary.overdue);
    const stats = await inquiryStats(spokesperson, { months: 1 }, now);
    expect(summary.medianHoursThisMonth).toBeCloseTo(stats[0].medianHours as number, 6);
    expect(summary.medianHoursThisMonth).toBeCloseTo(7, 6);
  });

  it("visits, events, ceremonies and stock", async () => {
    const visits = await visitSummary(head, now);
    expect(visits).toMatchObject({ toConfirm: 1, unconfirmedBookings: 1, budgetMinor: 1_000_000, actualMinor: 250_000 + 251_235 });
    expect((await listVisits(head, { status: "PLANNED", when: "upcoming" }, now)).rows).toHaveLength(visits.toConfirm);

    const events = await eventSummary(head, now);
    expect(events).toMatchObject({ budgetsToApprove: 1, plannedMinor: 35_000_000, actualMinor: 1_000_000 });
    expect((await listEvents(head, { approval: "1" }, now)).rows.map((row) => row.title)).toEqual(["Vánoční trh"]);
    const year = (await listEvents(head, { year: String(events.year) }, now)).rows.filter((row) => row.status !== "CANCELLED");
    expect(year.reduce((sum, row) => sum + row.plannedMinor, 0)).toBe(events.plannedMinor);

    const ceremonies = await ceremonySummary(head);
    expect(ceremonies.waiting).toBe(2);
    expect((await listWaitingRegistrations(head)).length).toBe(ceremonies.waiting);

    const stock = await lowStockSummary(head);
    expect(stock.count).toBe(1);
    expect((await listPromoItems(head, { low: "1" })).total).toBe(stock.count);
  });

  it("refuses roles without the module and anonymous callers", async () => {
    await expect(pressSummary(assistant, now)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(inquirySummary(assistant, now)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(visitSummary(pr, now)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(ceremonySummary(spokesperson)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(lowStockSummary(spokesperson)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(eventSummary(admin, now)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(pressSummary(null, now)).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});

describe("global search", () => {
  const kindsFor = async (actor: Actor, q = FOLDED) => (await searchEverything(actor, { q })).groups.map((group) => group.kind).sort();

  it.each([
    ["head", () => head, ["conference", "contact", "inquiry", "outlet", "partnerCity", "promoItem", "release", "visit"]],
    ["spokesperson", () => spokesperson, ["conference", "contact", "inquiry", "outlet", "partnerCity", "release", "visit"]],
    ["PR staff", () => pr, ["conference", "contact", "inquiry", "outlet", "partnerCity", "promoItem", "release"]],
    ["assistant", () => assistant, ["conference", "partnerCity", "promoItem", "visit"]],
  ])("the %s gets only the modules of their roles, without diacritics or case", async (_name, actor, kinds) => {
    expect(await kindsFor(actor(), FOLDED)).toEqual(kinds);
    expect(await kindsFor(actor(), WORD.toUpperCase())).toEqual(kinds);
  });

  it("refuses the administrator and short or bad input", async () => {
    await expect(searchEverything(admin, { q: FOLDED })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(searchEverything(null, { q: FOLDED })).rejects.toBeInstanceOf(UnauthenticatedError);
    expect((await searchEverything(head, { q: "k" })).groups).toEqual([]);
    await expect(searchEverything(head, { q: FOLDED, extra: 1 })).rejects.toBeInstanceOf(ValidationError);
  });

  it("matches word prefixes and never returns a contact's private fields", async () => {
    const result = await searchEverything(head, { q: "krizov" });
    expect(result.groups.map((group) => group.kind)).toContain("release");
    const text = JSON.stringify(result);
    expect(text).not.toContain(MOBILE);
    expect(text).not.toContain("soukromá poznámka");
    expect(text).not.toContain("bez lepku");
    expect(result.groups.every((group) => group.hits.every((hit) => hit.href.startsWith("/")))).toBe(true);
  });
});

describe("the office calendar", () => {
  it("merges the modules the role sees and marks the clash of a shared person", async () => {
    const calendar = await officeCalendar(head, { view: "week", date: today }, now);
    const upcoming = await comingUp(head, { days: 14 }, now);
    const modules = new Set(upcoming.entries.map((entry) => entry.module));
    expect([...modules].sort()).toEqual(["ceremony", "conference", "event", "visit"]);
    const conference = upcoming.entries.find((entry) => entry.module === "conference");
    const item = upcoming.entries.find((entry) => entry.module === "visit");
    expect(conference?.clashesWith.map((other) => other.key)).toEqual([`visit:${item?.id}`]);
    expect(item?.people).toContain(head.id);
    expect(calendar.range.days).toHaveLength(7);
  });

  it("filters by module and person; PR sees no visits or ceremonies", async () => {
    const week = { view: "agenda", date: today };
    const onlyVisits = await officeCalendar(head, { ...week, module: "visit" }, now);
    expect(new Set(onlyVisits.entries.map((entry) => entry.module))).toEqual(new Set(["visit"]));
    const headsDiary = await officeCalendar(head, { ...week, person: head.id }, now);
    expect(headsDiary.entries.map((entry) => entry.module).sort()).toEqual(["conference", "visit"]);
    const prView = await officeCalendar(pr, week, now);
    expect(prView.entries.some((entry) => entry.module === "visit" || entry.module === "ceremony")).toBe(false);
    await expect(officeCalendar(admin, week, now)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("the personal ICS feed token", () => {
  const options = { origin: "https://herald.example", moduleLabel: (module: string) => module, calendarName: () => "Herald" };

  it("creates, rotates and revokes; an unknown or revoked token reads nothing", async () => {
    const { token } = await createFeedToken(head, {});
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await db.calendarFeedToken.findMany({ where: { userId: head.id } });
    expect(stored).toHaveLength(1);
    expect(stored[0].tokenHash).not.toContain(token);

    const feed = await calendarFeed(token, options, now);
    const calendar = new ICAL.Component(ICAL.parse(feed?.body ?? ""));
    const summaries = calendar.getAllSubcomponents("vevent").map((vevent) => String(vevent.getFirstPropertyValue("summary")));
    expect(summaries).toContain(`Konference ${WORD}`);
    expect(summaries.some((summary) => summary.startsWith("Vítání občánků"))).toBe(true);
    expect(feed?.body).not.toContain(CITIZEN);
    expect(feed?.body).not.toContain("bez lepku");
    expect((await myFeedToken(head))?.lastUsedAt).not.toBeNull();

    const rotated = await createFeedToken(head, {});
    expect(await calendarFeed(token, options, now)).toBeNull();
    expect(await calendarFeed(rotated.token, options, now)).not.toBeNull();
    expect(await revokeFeedToken(head, {})).toEqual({ revoked: 1 });
    expect(await calendarFeed(rotated.token, options, now)).toBeNull();
    expect(await myFeedToken(head)).toBeNull();
    expect(await calendarFeed("A".repeat(43), options, now)).toBeNull();
    expect(await calendarFeed("not-a-token", options, now)).toBeNull();

    const actions = await db.auditLog.findMany({ where: { actorId: head.id, entityType: "CalendarFeedToken" }, orderBy: { at: "asc" }, select: { action: true, after: true } });
    expect(actions.map((entry) => entry.action)).toEqual(["calendarFeed.create", "calendarFeed.rotate", "calendarFeed.revoke"]);
    expect(JSON.stringify(actions)).not.toContain(token);
  });

  it("reads as its owner: PR's feed has no visits; a deactivated owner's feed is gone", async () => {
    const { token } = await createFeedToken(pr, {});
    const body = (await calendarFeed(token, options, now))?.body ?? "";
    expect(body).toContain("Konference");
    expect(body).not.toContain("Přijetí u primátora");
    await db.user.update({ where: { id: pr.id }, data: { isActive: false } });
    expect(await calendarFeed(token, options, now)).toBeNull();
    await db.user.update({ where: { id: pr.id }, data: { isActive: true } });
  });

  it("refuses the administrator, anonymous callers and bad input, changing nothing", async () => {
    const before = await db.calendarFeedToken.count();
    await expect(createFeedToken(admin, {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createFeedToken(null, {})).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(createFeedToken(assistant, { userId: head.id })).rejects.toBeInstanceOf(ValidationError);
    await expect(revokeFeedToken(assistant, { id: "x" })).rejects.toBeInstanceOf(ValidationError);
    expect(await db.calendarFeedToken.count()).toBe(before);
  });

  it("keeps one active token per user when two creations race", async () => {
    const results = await Promise.allSettled([createFeedToken(assistant, {}), createFeedToken(assistant, {}), createFeedToken(assistant, {})]);
    expect(results.some((result) => result.status === "fulfilled")).toBe(true);
    expect(await db.calendarFeedToken.count({ where: { userId: assistant.id, revokedAt: null } })).toBe(1);
  });
});
