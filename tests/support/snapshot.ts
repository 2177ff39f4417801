import { expect } from "vitest";
import { db } from "@/server/db";

/**
 * Every row an operation of the office modules could touch (users/auth, council resolutions, inquiries, media contacts,
 * promotional items, partner cities, visits, cultural grants, events), read back from the database, for "nothing changed"
 * checks: a snapshot taken before a refused call must equal one taken after it.
 */
export async function snapshotDatabase() {
  return {
    users: await db.user.findMany({ orderBy: { id: "asc" } }),
    loginThrottles: await db.loginThrottle.findMany({ orderBy: { key: "asc" } }),
    auditLogCount: await db.auditLog.count(),
    idempotencyKeys: await db.idempotencyKey.findMany({ orderBy: { key: "asc" } }),
    councilResolutions: await db.councilResolution.findMany({ orderBy: { id: "asc" } }),
    releaseResolutionLinks: await db.pressReleaseResolution.findMany({ orderBy: [{ pressReleaseId: "asc" }, { resolutionId: "asc" }] }),
    inquiries: await db.inquiry.findMany({ orderBy: { id: "asc" } }),
    inquiryConsultations: await db.inquiryConsultation.findMany({ orderBy: { id: "asc" } }),
    inquiryCounters: await db.inquiryCounter.findMany({ orderBy: { year: "asc" } }),
    jobCount: await db.job.count(),
    notificationCount: await db.notification.count(),
    mediaOutlets: await db.mediaOutlet.findMany({ orderBy: { id: "asc" } }),
    mediaContacts: await db.mediaContact.findMany({ orderBy: { id: "asc" } }),
    mediaContactAffiliations: await db.mediaContactAffiliation.findMany({ orderBy: [{ contactId: "asc" }, { outletId: "asc" }] }),
    distributionLists: await db.distributionList.findMany({ orderBy: { id: "asc" } }),
    distributionListMembers: await db.distributionListMember.findMany({ orderBy: [{ listId: "asc" }, { contactId: "asc" }] }),
    distributionRecipients: await db.distributionRecipient.findMany({ orderBy: { id: "asc" } }),
    outboxMessages: await db.outboxMessage.count(),
    settings: await db.setting.findMany({ orderBy: { key: "asc" } }),
    promoItems: await db.promoItem.findMany({ orderBy: { id: "asc" } }),
    stockMovements: await db.stockMovement.findMany({ orderBy: { id: "asc" } }),
    stocktakes: await db.stocktake.findMany({ orderBy: { id: "asc" } }),
    stocktakeLines: await db.stocktakeLine.findMany({ orderBy: { id: "asc" } }),
    partnerCities: await db.partnerCity.findMany({ orderBy: { id: "asc" } }),
    partnerContacts: await db.partnerContact.findMany({ orderBy: { id: "asc" } }),
    partnerActivities: await db.partnerActivity.findMany({ orderBy: { id: "asc" } }),
    cooperationPlans: await db.cooperationPlan.findMany({ orderBy: { id: "asc" } }),
    planActions: await db.planAction.findMany({ orderBy: { id: "asc" } }),
    partnerCorrespondence: await db.partnerCorrespondence.findMany({ orderBy: { id: "asc" } }),
    partnerProposals: await db.partnerProposal.findMany({ orderBy: { id: "asc" } }),
    partnerCityFiles: await db.mediaFile.findMany({ where: { partnerCityId: { not: null } }, orderBy: { id: "asc" } }),
    visits: await db.visit.findMany({ orderBy: { id: "asc" } }),
    visitParticipants: await db.visitParticipant.findMany({ orderBy: { id: "asc" } }),
    programmeItems: await db.programmeItem.findMany({ orderBy: { id: "asc" } }),
    programmeItemParticipants: await db.programmeItemParticipant.findMany({ orderBy: [{ itemId: "asc" }, { participantId: "asc" }] }),
    bookings: await db.booking.findMany({ orderBy: { id: "asc" } }),
    visitGifts: await db.visitGift.findMany({ orderBy: { id: "asc" } }),
    expenses: await db.expense.findMany({ orderBy: { id: "asc" } }).then((rows) => rows.map((row) => ({ ...row, rateToCzk: row.rateToCzk.toString() }))),
    ceremonies: await db.ceremony.findMany({ orderBy: { id: "asc" } }),
    ceremonySlots: await db.ceremonySlot.findMany({ orderBy: { id: "asc" } }),
    ceremonyRegistrations: await db.ceremonyRegistration.findMany({ orderBy: { id: "asc" } }),
    ceremonyMails: await db.ceremonyMail.findMany({ orderBy: { id: "asc" } }),
    ceremonyGifts: await db.ceremonyGift.findMany({ orderBy: { id: "asc" } }),
    ceremonyWreaths: await db.ceremonyWreath.findMany({ orderBy: { id: "asc" } }),
    ceremonyGuests: await db.ceremonyGuest.findMany({ orderBy: { id: "asc" } }),
    grantCalls: await db.grantCall.findMany({ orderBy: { id: "asc" } }),
    grantApplications: await db.grantApplication.findMany({ orderBy: { id: "asc" } }),
    grantFiles: await db.mediaFile.findMany({ where: { grantApplicationId: { not: null } }, orderBy: { id: "asc" } }),
    events: await db.event.findMany({ orderBy: { id: "asc" } }),
    eventProgrammeItems: await db.eventProgrammeItem.findMany({ orderBy: { id: "asc" } }),
    eventBudgetLines: await db.eventBudgetLine.findMany({ orderBy: { id: "asc" } }),
    eventTasks: await db.eventTask.findMany({ orderBy: { id: "asc" } }),
    eventPeople: await db.eventPerson.findMany({ orderBy: { id: "asc" } }),
    eventLinks: await db.eventLink.findMany({ orderBy: { id: "asc" } }),
    eventFiles: await db.mediaFile.findMany({ where: { eventId: { not: null } }, orderBy: { id: "asc" } }),
    pressReleaseCount: await db.pressRelease.count(),
  };
}

/**
 * Runs `attempt`, asserts that it throws an `errorClass` (matching `shape`, if given) and that the
 * database is exactly as before. Returns the error for further checks.
 */
export async function expectRefusedWithoutChange<E extends Error>(
  attempt: () => Promise<unknown>,
  errorClass: new (...args: never[]) => E,
  shape?: Record<string, unknown>,
): Promise<E> {
  const before = await snapshotDatabase();
  const error = await attempt().then(
    (result) => new Error(`expected ${errorClass.name}, but it succeeded with ${JSON.stringify(result)}`),
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(errorClass);
  if (shape) expect(error).toMatchObject(shape);
  expect(await snapshotDatabase(), "the database changed").toEqual(before);
  return error as E;
}
