// The demo data: loads on the file's database, a second run changes nothing, the public sees exactly
// the published releases, and only fictional (reserved example) domains are used.
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_CONTACT_COUNTS } from "../prisma/seed/demo-contacts";
import { DEMO_COUNTS, DEMO_USERS, seedDemoData } from "../prisma/seed/demo-data";
import { DEMO_INQUIRY_COUNT } from "../prisma/seed/demo-inquiries";
import { DEMO_PROMO_COUNTS } from "../prisma/seed/demo-promo-items";
import { DEMO_PARTNER_CITY_COUNT } from "../prisma/seed/demo-partner-cities";
import { countOverdueCorrespondence, listPartnerCities } from "@/features/partner-cities/queries";
import { DEMO_VISIT_COUNT, DEMO_VISIT_TITLES } from "../prisma/seed/demo-visits";
import { DEMO_CEREMONY_COUNT } from "../prisma/seed/demo-ceremonies";
import { DEMO_GRANT_COUNTS } from "../prisma/seed/demo-grants";
import { DEMO_CHRISTMAS_MARKET, DEMO_EVENT_COUNT } from "../prisma/seed/demo-events";
import { listContacts, listDuplicatePairs } from "@/features/media-contacts/queries";
import { listFeedItems, listPressContacts, listPublishedReleaseResolutions, listPublishedYears } from "@/features/newsroom/public-queries";
import { getPublishedRelease, listFeedReleases, listPublishedReleases } from "@/features/press-releases/queries";
import { sanitizeRichText } from "@/features/press-releases/sanitize";
import { db } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { fileDatabaseUrl } from "./support/database";

/**
 * Runs the seed with its own client. On the embedded fallback PGlite is one session, so the app's client
 * first lets go of its connection (it is created again on the next query).
 */
async function seed(options?: { onlyIfEmpty?: boolean }) {
  const holder = globalThis as unknown as { heraldDb?: { $disconnect(): Promise<void> } };
  await holder.heraldDb?.$disconnect();
  holder.heraldDb = undefined;
  return seedDemoData(fileDatabaseUrl(), options);
}

async function counts() {
  return {
    users: await db.user.count(),
    topics: await db.topic.count(),
    resolutions: await db.councilResolution.count(),
    releases: await db.pressRelease.count(),
    releaseTopics: await db.pressReleaseTopic.count(),
    releaseResolutions: await db.pressReleaseResolution.count(),
    revisions: await db.pressReleaseRevision.count(),
    comments: await db.pressReleaseComment.count(),
    outlets: await db.mediaOutlet.count(),
    contacts: await db.mediaContact.count(),
    lists: await db.distributionList.count(),
    members: await db.distributionListMember.count(),
    conferences: await db.pressConference.count(),
    invitations: await db.pressConferenceInvitation.count(),
    inquiries: await db.inquiry.count(),
    consultations: await db.inquiryConsultation.count(),
    promoItems: await db.promoItem.count(),
    stockMovements: await db.stockMovement.count(),
    partnerCities: await db.partnerCity.count(),
    partnerLetters: await db.partnerCorrespondence.count(),
    planActions: await db.planAction.count(),
    visits: await db.visit.count(),
    visitParticipants: await db.visitParticipant.count(),
    gifts: await db.visitGift.count(),
    ceremonies: await db.ceremony.count(),
    ceremonyRegistrations: await db.ceremonyRegistration.count(),
    grantCalls: await db.grantCall.count(),
    grantApplications: await db.grantApplication.count(),
    events: await db.event.count(),
    eventBudgetLines: await db.eventBudgetLine.count(),
    eventTasks: await db.eventTask.count(),
  };
}

describe("demo data", () => {
  let first: Awaited<ReturnType<typeof counts>>;

  beforeAll(async () => {
    expect(await seed()).toBe(true);
    first = await counts();
  });

  it("loads the whole demo office", () => {
    expect(first).toMatchObject({
      users: DEMO_USERS.length,
      topics: DEMO_COUNTS.topics,
      resolutions: DEMO_COUNTS.resolutions,
      releases: DEMO_COUNTS.releases,
      revisions: DEMO_COUNTS.releases,
      comments: 1,
      outlets: DEMO_COUNTS.outlets + DEMO_CONTACT_COUNTS.outlets,
      contacts: DEMO_COUNTS.contacts + DEMO_CONTACT_COUNTS.contacts,
      lists: DEMO_COUNTS.lists + DEMO_CONTACT_COUNTS.smartLists,
      members: DEMO_COUNTS.memberships,
    });
    expect(first.topics).toBeGreaterThanOrEqual(8);
    expect(first.releases).toBeGreaterThanOrEqual(18);
  });

  it("changes nothing when run again, and onlyIfEmpty skips a loaded database", async () => {
    const before = await db.pressRelease.findMany({ select: { id: true, slug: true, updatedAt: true }, orderBy: { slug: "asc" } });
    expect(await seed()).toBe(true);
    expect(await counts()).toEqual(first);
    expect(await seed({ onlyIfEmpty: true })).toBe(false);
    expect(await counts()).toEqual(first);
    const after = await db.pressRelease.findMany({ select: { id: true, slug: true, updatedAt: true }, orderBy: { slug: "asc" } });
    expect(after).toEqual(before);
  });

  it("has promotional items whose ledger sums to their stock and value, a year of issues, reversals and low stock", async () => {
    expect(first.promoItems).toBe(DEMO_PROMO_COUNTS.items);
    const unbalanced = await db.$queryRaw<Array<{ id: string }>>`
      SELECT i."id" FROM "PromoItem" i LEFT JOIN "StockMovement" m ON m."itemId" = i."id"
      GROUP BY i."id" HAVING i."onHand" <> COALESCE(sum(m."quantity"), 0) OR i."stockValue" <> COALESCE(sum(m."valueDelta"), 0)`;
    expect(unbalanced).toEqual([]);
    const low = await db.promoItem.count({ where: { isActive: true, minimumStock: { gt: 0 }, onHand: { lt: db.promoItem.fields.minimumStock } } });
    expect(low).toBe(DEMO_PROMO_COUNTS.low);
    expect(await db.stockMovement.count({ where: { kind: "REVERSAL" } })).toBe(2);
    for (const purpose of ["VISIT", "EVENT", "PARTNER_CITY", "CEREMONY", "ORGANISATION", "PERSON"] as const) {
      expect(await db.stockMovement.count({ where: { kind: "ISSUE", purpose } }), purpose).toBeGreaterThan(0);
    }
  });

  it("has media monitoring: 25 sources that never poll the internet, ~2,000 clippings over three months, cases and briefings", async () => {
    expect(await db.monitoringSource.count()).toBe(25);
    for (const source of await db.monitoringSource.findMany({ where: { feedUrl: { not: null } } })) {
      expect(new URL(source.feedUrl as string).hostname).toMatch(/\.example\.invalid$/);
      expect(source.active).toBe(false);
    }
    const clippings = await db.clipping.count();
    expect(clippings).toBeGreaterThan(1500);
    expect(clippings).toBeLessThan(2600);
    const oldest = await db.clipping.findFirstOrThrow({ orderBy: { publishedAt: "asc" }, select: { publishedAt: true } });
    expect(Date.now() - oldest.publishedAt.getTime()).toBeGreaterThan(85 * 24 * 3600 * 1000);
    expect(await db.clipping.count({ where: { status: "NEW" } })).toBeGreaterThan(0);
    expect(await db.responseCase.count({ where: { status: "OPEN" } })).toBeGreaterThanOrEqual(2);
    expect(await db.responseCase.count({ where: { status: "DONE" } })).toBeGreaterThanOrEqual(2);
    expect(await db.monitoringBriefing.count()).toBe(2);
    for (const link of await db.clipping.findMany({ where: { url: { not: null } }, select: { url: true }, take: 200 })) expect(new URL(link.url as string).hostname).toMatch(/\.example$/);
  });

  it("has about fifteen grant applications at every step, an overdue report, and calls within their budgets", async () => {
    expect(first.grantCalls).toBe(DEMO_GRANT_COUNTS.calls);
    expect(first.grantApplications).toBe(DEMO_GRANT_COUNTS.applications);
    expect(first.grantApplications).toBeGreaterThanOrEqual(15);
    const statuses = await db.grantApplication.groupBy({ by: ["status"], _count: true });
    expect(statuses.map((row) => row.status).sort()).toEqual(["ACCEPTED", "EVALUATED", "GRANTED", "REJECTED", "REPORT_DUE", "REPORT_RECEIVED", "RETURN_REQUIRED", "SUBMITTED"]);
    expect(await db.grantApplication.count({ where: { status: "REPORT_DUE", reportDue: { lt: new Date() } } })).toBeGreaterThanOrEqual(1);
    for (const call of await db.grantCall.findMany({ select: { budget: true, applications: { where: { status: { notIn: ["SUBMITTED", "EVALUATED", "REJECTED"] } }, select: { amountGranted: true } } } })) {
      expect(call.applications.reduce((sum, row) => sum + (row.amountGranted ?? 0), 0)).toBeLessThanOrEqual(call.budget);
    }
  });

  it("has a year of events of every type with budgets, and the Christmas market with its twenty tasks", async () => {
    expect(first.events).toBe(DEMO_EVENT_COUNT);
    expect(new Set((await db.event.findMany({ select: { type: true } })).map((event) => event.type)).size).toBe(8);
    expect(first.eventBudgetLines).toBeGreaterThanOrEqual(DEMO_EVENT_COUNT * 2);
    expect(await db.eventTask.count({ where: { event: { title: DEMO_CHRISTMAS_MARKET } } })).toBe(20);
    expect(await db.event.count({ where: { isPublic: false } })).toBeGreaterThan(0);
  });

  it("has protocol visits past and upcoming, one outgoing, one fully prepared, and received gifts in the register", async () => {
    expect(first.visits).toBe(DEMO_VISIT_COUNT);
    expect(await db.visit.count({ where: { direction: "OUTGOING" } })).toBe(1);
    expect(await db.visit.count({ where: { startDate: { gt: new Date() } } })).toBeGreaterThanOrEqual(4);
    expect(await db.visit.count({ where: { status: "COMPLETED" } })).toBeGreaterThanOrEqual(3);
    const prepared = await db.visit.findFirstOrThrow({
      where: { title: DEMO_VISIT_TITLES.prepared },
      select: { status: true, budgetMinor: true, participants: { where: { side: "DELEGATION" }, select: { rank: true } }, programme: { select: { startsAt: true } }, bookings: { select: { status: true } }, gifts: true, expenses: true },
    });
    expect(prepared.status).toBe("CONFIRMED");
    expect(prepared.participants.map((person) => person.rank).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(new Set(prepared.programme.map((item) => item.startsAt.toISOString().slice(0, 10))).size).toBe(2);
    expect(prepared.bookings.every((booking) => booking.status === "CONFIRMED")).toBe(true);
    expect(prepared.gifts.length).toBeGreaterThan(0);
    expect(prepared.expenses.length).toBeGreaterThan(0);
    expect(await db.visitGift.count({ where: { direction: "RECEIVED" } })).toBeGreaterThanOrEqual(3);
    // Passport notes only on the outgoing trip.
    expect(await db.visitParticipant.count({ where: { passportNote: { not: null }, visit: { direction: "INCOMING" } } })).toBe(0);
  });

  it("has a year of ceremonies of each type, with slots within capacity and fictional participants", async () => {
    expect(first.ceremonies).toBe(DEMO_CEREMONY_COUNT);
    for (const type of ["WELCOMING", "JUBILEE_WEDDING", "LIFE_JUBILEE", "MEMORIAL", "OTHER"] as const) {
      expect(await db.ceremony.count({ where: { type } }), type).toBeGreaterThan(0);
    }
    const over = await db.$queryRaw<Array<{ id: string }>>`
      SELECT s."id" FROM "CeremonySlot" s LEFT JOIN "CeremonyRegistration" r ON r."slotId" = s."id"
      GROUP BY s."id" HAVING s."booked" <> COUNT(r."id") OR s."booked" > s."capacity"`;
    expect(over).toEqual([]);
    expect(await db.ceremonyWreath.count()).toBeGreaterThan(0);
    for (const row of await db.ceremonyRegistration.findMany({ where: { email: { not: null } }, select: { email: true } })) expect(row.email).toMatch(/@[a-z0-9-]+\.example$/);
  });

  it("has every workflow state, one of each special case", async () => {
    const byStatus = await db.pressRelease.groupBy({ by: ["status"], _count: true });
    const count = Object.fromEntries(byStatus.map((row) => [row.status, row._count]));
    expect(count).toMatchObject({ PUBLISHED: DEMO_COUNTS.published, IN_REVIEW: 2, DRAFT: 1, CHANGES_REQUESTED: 1, SCHEDULED: 1, APPROVED: 1 });
    const scheduled = await db.pressRelease.findFirstOrThrow({ where: { status: "SCHEDULED" } });
    expect(scheduled.publishAt!.getTime()).toBeGreaterThan(Date.now());
    const embargoed = await db.pressRelease.findFirstOrThrow({ where: { status: "APPROVED" } });
    expect(embargoed.embargoUntil!.getTime()).toBeGreaterThan(Date.now());
    expect(await db.pressRelease.count({ where: { language: "en", status: "PUBLISHED" } })).toBeGreaterThanOrEqual(3);
    expect(await db.mediaContact.count({ where: { doNotContact: true } })).toBe(1 + DEMO_CONTACT_COUNTS.doNotContact);
    expect(await db.mediaContact.count({ where: { unsubscribedAt: { not: null } } })).toBe(1);
    // Some resolutions are not communicated by any release yet.
    expect(await db.councilResolution.count({ where: { releases: { none: {} } } })).toBeGreaterThanOrEqual(2);
  });

  it("shows the public exactly the published releases, searchable without diacritics", async () => {
    const all = await listPublishedReleases({ page: 1 });
    expect(all.total).toBe(DEMO_COUNTS.published);
    const feed = await listFeedReleases(100);
    expect(feed).toHaveLength(DEMO_COUNTS.published);
    for (let i = 1; i < feed.length; i++) expect(feed[i - 1].publishedAt!.getTime()).toBeGreaterThanOrEqual(feed[i].publishedAt!.getTime());
    const items = await listFeedItems(100);
    expect(items.map((item) => item.slug)).toEqual(feed.map((item) => item.slug));
    expect(items.every((item) => item.topics.length > 0)).toBe(true);
    expect((await listFeedItems(100, { language: "en" })).every((item) => item.language === "en")).toBe(true);
    expect(await listPublishedYears()).toContain(new Date().getFullYear());

    const lavka = await listPublishedReleases({ q: "LAVKA" });
    expect(lavka.rows.map((row) => row.slug)).toContain("nova-lavka-pres-lhotecky-potok-spoji-sidliste-s-centrem");
    expect((await listPublishedReleases({ q: "vanocni trhy" })).total).toBe(1);
    expect((await listPublishedReleases({ q: "Oprava zimního stadionu začne" })).total).toBe(0); // in review
    expect((await listPublishedReleases({ language: "en" })).total).toBeGreaterThanOrEqual(3);
    expect((await listPublishedReleases({ topicSlug: "kultura", language: "cs" })).rows.every((row) => row.language === "cs")).toBe(true);

    for (const status of ["IN_REVIEW", "DRAFT", "CHANGES_REQUESTED", "SCHEDULED", "APPROVED"] as const) {
      const hidden = await db.pressRelease.findFirstOrThrow({ where: { status }, select: { slug: true } });
      await expect(getPublishedRelease(hidden.slug), status).rejects.toBeInstanceOf(NotFoundError);
      expect(await listPublishedReleaseResolutions(hidden.slug), status).toEqual([]);
    }
    const slug = "vanocni-trhy-na-masarykove-namesti-zacnou-prvni-adventni-sobotu";
    const release = await getPublishedRelease(slug);
    expect(release.languageVersions.map((version) => version.language)).toEqual(["en"]);
    expect(await listPublishedReleaseResolutions(slug)).toMatchObject([{ body: "RM", number: "402/2026" }]);
  });

  it("has press conferences past and upcoming: held with a follow-up release, invited with answers, planned, cancelled", async () => {
    const byStatus = Object.fromEntries((await db.pressConference.groupBy({ by: ["status"], _count: true })).map((row) => [row.status, row._count]));
    // PLANNED: 2 — the overview's demo adds one that clashes with a visit (prisma/seed/demo-overview.ts).
    expect(byStatus).toEqual({ HELD: 1, INVITED: 1, PLANNED: 2, CANCELLED: 1 });
    const held = await db.pressConference.findFirstOrThrow({ where: { status: "HELD" } });
    expect(held.startsAt.getTime()).toBeLessThan(Date.now());
    expect(held.followUpReleaseId).not.toBeNull();
    const invited = await db.pressConference.findFirstOrThrow({ where: { status: "INVITED" }, include: { invitations: true, speakers: true } });
    expect(invited.startsAt.getTime()).toBeGreaterThan(Date.now());
    expect(invited.speakers.length).toBeGreaterThanOrEqual(2);
    expect(invited.invitations.filter((invitation) => invitation.response === "ATTENDING").length).toBeGreaterThanOrEqual(2);
    expect(invited.invitations.some((invitation) => invitation.crewNames)).toBe(true);
    // Never a do-not-contact or unsubscribed journalist.
    const blocked = await db.mediaContact.findMany({ where: { OR: [{ doNotContact: true }, { unsubscribedAt: { not: null } }] }, select: { id: true } });
    expect(await db.pressConferenceInvitation.count({ where: { contactId: { in: blocked.map((row) => row.id) } } })).toBe(0);
    expect(first.conferences).toBe(5);
  });

  it("has media inquiries in every status, FOI requests, overdue ones and answers over six months", async () => {
    expect(first.inquiries).toBe(DEMO_INQUIRY_COUNT);
    expect(DEMO_INQUIRY_COUNT).toBeGreaterThanOrEqual(28);
    const byStatus = Object.fromEntries((await db.inquiry.groupBy({ by: ["status"], _count: true })).map((row) => [row.status, row._count]));
    for (const status of ["NEW", "IN_PROGRESS", "WAITING_FOR_DEPARTMENT", "ANSWERED", "CLOSED"]) expect(byStatus[status], status).toBeGreaterThanOrEqual(3);
    expect(await db.inquiry.count({ where: { isFoiRequest: true, foiDeadline: { not: null } } })).toBeGreaterThanOrEqual(4);
    const now = new Date();
    expect(await db.inquiry.count({ where: { deadline: { lt: now }, status: { notIn: ["ANSWERED", "CLOSED"] } } })).toBeGreaterThanOrEqual(3);
    const answered = await db.inquiry.findMany({ where: { answeredAt: { not: null } }, select: { answeredAt: true, number: true } });
    const months = new Set(answered.map((row) => row.answeredAt!.toISOString().slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(5);
    expect(new Set((await db.inquiry.findMany({ select: { number: true } })).map((row) => row.number)).size).toBe(DEMO_INQUIRY_COUNT);
    expect(await db.inquiry.count({ where: { releaseId: { not: null } } })).toBe(1);
  });

  it("has five partner cities: every status, plans with actions in every status, overdue replies, letters awaiting translation, answered proposals", async () => {
    expect(first.partnerCities).toBe(DEMO_PARTNER_CITY_COUNT);
    expect(DEMO_PARTNER_CITY_COUNT).toBe(5);
    const assistant = { id: "x", name: "x", email: "x", roles: ["ASSISTANT" as const], locale: "cs" };
    const { rows, countries } = await listPartnerCities(assistant);
    expect(countries).toEqual(["DE", "LT", "PL", "RO", "SK"]);
    expect(new Set(rows.map((row) => row.status))).toEqual(new Set(["ACTIVE", "DORMANT", "PROPOSED"]));
    expect((await listPartnerCities(assistant, { q: "zielonka gorna" })).rows.map((row) => row.name)).toEqual(["Zielonka Górna"]);
    const year = new Date().getUTCFullYear();
    for (const row of rows) {
      expect(row.plan?.year, row.name).toBe(year);
      expect(row.overdueReplies, row.name).toBeGreaterThanOrEqual(1);
      const plan = await db.cooperationPlan.findUniqueOrThrow({ where: { partnerCityId_year: { partnerCityId: row.id, year } }, include: { actions: true } });
      expect(new Set(plan.actions.map((action) => action.status)), row.name).toEqual(new Set(["PLANNED", "IN_PROGRESS", "DONE", "CANCELLED"]));
      expect(await db.partnerCorrespondence.count({ where: { partnerCityId: row.id, translationNeeded: true, translatedAt: null } }), row.name).toBeGreaterThanOrEqual(1);
      expect(await db.partnerProposal.count({ where: { partnerCityId: row.id, passedOnAt: { not: null }, answer: { not: null } } }), row.name).toBeGreaterThanOrEqual(1);
      expect(await db.partnerContact.count({ where: { partnerCityId: row.id } }), row.name).toBeGreaterThanOrEqual(1);
    }
    expect(await countOverdueCorrespondence(assistant)).toBeGreaterThanOrEqual(5);
    const withResolution = await db.partnerCity.findFirstOrThrow({ where: { agreementResolutionId: { not: null } }, include: { agreementResolution: true } });
    expect(withResolution.agreementResolution).toMatchObject({ body: "ZM", number: "44/2026" });
    const activityDays = (await db.partnerActivity.findMany({ select: { date: true } })).map((row) => row.date.getTime());
    expect(Math.max(...activityDays) - Math.min(...activityDays)).toBeGreaterThan(600 * 24 * 3_600_000);
    for (const contact of await db.partnerContact.findMany({ select: { email: true } })) expect(contact.email).toMatch(/@[a-z0-9-]+\.example$/);
  });

  it("has media contacts with diacritics, some overdue to inform, a likely duplicate and a smart list", async () => {
    const spokesperson = { id: "x", name: "x", email: "x", roles: ["SPOKESPERSON" as const], locale: "cs" };
    expect((await listContacts(spokesperson, { filter: "informOverdue" })).total).toBe(DEMO_CONTACT_COUNTS.informOverdue);
    expect((await listContacts(spokesperson, { q: "stastna" })).total).toBeGreaterThan(0);
    expect((await listDuplicatePairs(spokesperson)).some((pair) => pair.a.name.includes("Horáková") && pair.b.name.includes("Horáková"))).toBe(true);
    const smart = await db.distributionList.findUniqueOrThrow({ where: { name: "Doprava – regionální média" } });
    expect(smart.kind).toBe("SMART");
    expect(await db.mediaContact.count({ where: { NOT: { nameKey: { not: "" } } } })).toBe(0);
    // Some journalists write for a further outlet; the list's outlet filter finds them there too.
    const affiliations = await db.mediaContactAffiliation.findMany({ select: { contactId: true, outletId: true, contact: { select: { outletId: true } } } });
    expect(affiliations).toHaveLength(DEMO_CONTACT_COUNTS.affiliations);
    expect(affiliations.every((row) => row.outletId !== row.contact.outletId)).toBe(true);
    const byFurther = await listContacts(spokesperson, { outletId: affiliations[0].outletId });
    expect(byFurther.rows.map((row) => row.id)).toContain(affiliations[0].contactId);
  });

  it("stores release bodies as the sanitizer leaves them (the newsroom renders them as HTML)", async () => {
    for (const release of await db.pressRelease.findMany({ select: { slug: true, bodyHtml: true } })) {
      expect(sanitizeRichText(release.bodyHtml), release.slug).toBe(release.bodyHtml);
    }
  });

  it("names only fictional people on reserved example domains", async () => {
    const emails = [
      ...(await db.user.findMany({ select: { email: true } })),
      ...(await db.mediaContact.findMany({ select: { email: true } })),
    ].map((row) => row.email);
    for (const email of emails) expect(email).toMatch(/@([a-z0-9-]+\.)*(herald\.example|[a-z0-9-]+\.example)$/);
    for (const outlet of await db.mediaOutlet.findMany({ select: { website: true } })) {
      expect(outlet.website).toMatch(/^https:\/\/[a-z0-9.-]+\.example$/);
    }
    const links = (await db.pressRelease.findMany({ select: { bodyHtml: true } })).flatMap((row) => [...row.bodyHtml.matchAll(/href="([^"]+)"/g)].map((m) => m[1]));
    for (const link of links) expect(new URL(link).hostname).toMatch(/\.example$/);
    expect(await listPressContacts()).toEqual([
      { name: "Markéta Součková", email: "marketa.souckova@herald.example" },
      { name: "Tomáš Hrubý", email: "spokesperson@herald.example" },
    ]);
  });
});
