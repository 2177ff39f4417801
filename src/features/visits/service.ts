import "server-only";
import { cityToday, dateToDay, dayToDate } from "@/server/calendar-day";
import { issueStock, reverseMovement } from "@/features/promo-items/service";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { Prisma } from "@/generated/prisma/client";
import { createPressRelease } from "@/features/press-releases/service";
import { sanitizeRichText } from "@/features/press-releases/sanitize";
import { cityDateTimeToDate } from "@/features/press-releases/schema";
import { writeAudit } from "@/server/audit";
import { type Actor, requirePermission } from "@/server/authz/permissions";
import { config } from "@/server/config";
import { db } from "@/server/db";
import { ConflictError, NotFoundError, PreconditionError, ValidationError } from "@/server/errors";
import { once } from "@/server/idempotency";
import { parseInput } from "@/server/validation";
import { findInternalClashes, type InternalClash } from "./clashes";
import { type CommitmentClash, findCommitmentClashes } from "./commitments";
import { canEditPlan, canEditRecords, canWriteReport, transitionRefusal } from "./policy";
import { byPrecedence } from "./precedence";
import { releaseFromReport } from "./release-draft";
import {
  bookingSchema,
  bookingStatusSchema,
  briefingSchema,
  changeStatusSchema,
  createVisitSchema,
  draftReleaseSchema,
  expenseSchema,
  giftSchema,
  participantSchema,
  programmeItemSchema,
  reportSchema,
  rowRefSchema,
  updateVisitSchema,
  type VisitStatus,
} from "./schema";

type Tx = Prisma.TransactionClient;
const ENTITY = "Visit";
const MAX_ITEM_MS = 24 * 60 * 60 * 1000;

const stateSelect = {
  id: true,
  direction: true,
  title: true,
  purpose: true,
  startDate: true,
  endDate: true,
  partnerCityId: true,
  counterpart: true,
  hostName: true,
  hostUserId: true,
  status: true,
  budgetMinor: true,
  briefingHtml: true,
  report: true,
  reportReleaseId: true,
  cancelledAt: true,
  completedAt: true,
  version: true,
} as const satisfies Prisma.VisitSelect;
type VisitState = Prisma.VisitGetPayload<{ select: typeof stateSelect }>;


async function visitFields(tx: Tx, input: { direction: "INCOMING" | "OUTGOING"; title: string; purpose: string; startDate: string; endDate: string; counterpart: string; partnerCityId?: string; hostName?: string; hostUserId?: string; budget?: number }) {
  if (input.hostUserId) {
    const host = await tx.user.findFirst({ where: { id: input.hostUserId, isActive: true }, select: { id: true } });
    if (!host) throw new ValidationError({ hostUserId: [{ key: "invalidChoice" }] });
  }
  if (input.partnerCityId && !(await tx.partnerCity.findUnique({ where: { id: input.partnerCityId }, select: { id: true } }))) {
    throw new ValidationError({ partnerCityId: [{ key: "invalidChoice" }] });
  }
  return {
    direction: input.direction,
    title: input.title,
    purpose: input.purpose,
    startDate: dayToDate(input.startDate),
    endDate: dayToDate(input.endDate),
    counterpart: input.counterpart,
    partnerCityId: input.partnerCityId ?? null,
    hostName: input.hostName ?? null,
    hostUserId: input.hostUserId ?? null,
    budgetMinor: input.budget ?? null,
  };
}

/** A new visit (DRAFT). An idempotency key makes a double click one visit. */
export async function createVisit(actor: Actor | null, rawInput: unknown): Promise<{ id: string; version: number }> {
  requirePermission(actor, "visit.manage");
  const input = parseInput(createVisitSchema, rawInput);
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "visit.create" }, async () => {
      const visit = await tx.visit.create({ data: { ...(await visitFields(tx, input)), createdById: actor.id }, select: stateSelect });
      await writeAudit(tx, { actorId: actor.id, action: "visit.create", entityType: ENTITY, entityId: visit.id, after: visit });
      return { id: visit.id, version: visit.version };
    }),
  );
}

/** Saves the overview; a stale version is a conflict (the form keeps what was typed). */
export async function updateVisit(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "visit.manage");
  const input = parseInput(updateVisitSchema, rawInput);
  return step(input, async (tx, current) => {
    if (!canEditPlan(current.status)) throw new PreconditionError("visitWrongStatus");
    const after = await guardedUpdate(tx, current, await visitFields(tx, input));
    await writeAudit(tx, { actorId: actor.id, action: "visit.update", entityType: ENTITY, entityId: current.id, before: current, after });
    return { id: current.id, version: after.version };
  });
}

/** One step of the workflow (policy.ts says which, and what CONFIRMED needs). */
export async function changeVisitStatus(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, "visit.manage");
  const input = parseInput(changeStatusSchema, rawInput);
  return step(input, async (tx, current) => {
    const [programmeCount, guestCount, requestedBookings] = await Promise.all([
      tx.programmeItem.count({ where: { visitId: current.id } }),
      tx.visitParticipant.count({ where: { visitId: current.id, side: "DELEGATION" } }),
      tx.booking.count({ where: { visitId: current.id, status: "REQUESTED" } }),
    ]);
    const refusal = transitionRefusal({ status: current.status, startDate: dateToDay(current.startDate), programmeCount, guestCount, requestedBookings }, input.status, cityToday(now));
    if (refusal) throw new PreconditionError(refusal);
    const data: Prisma.VisitUncheckedUpdateManyInput = { status: input.status };
    if (input.status === "CANCELLED") data.cancelledAt = now;
    if (input.status === "COMPLETED") data.completedAt = now;
    const after = await guardedUpdate(tx, current, data);
    await writeAudit(tx, { actorId: actor.id, action: `visit.status`, entityType: ENTITY, entityId: current.id, before: { status: current.status, version: current.version }, after: { status: after.status, version: after.version } });
    return { id: current.id, version: after.version, status: after.status as VisitStatus };
  });
}

/** The leadership's briefing notes and speeches: rich text, sanitized on the server. */
export async function saveBriefing(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "visit.manage");
  const input = parseInput(briefingSchema, rawInput);
  const briefingHtml = sanitizeRichText(input.briefingHtml);
  return step(input, async (tx, current) => {
    if (!canEditRecords(current.status)) throw new PreconditionError("visitWrongStatus");
    const after = await guardedUpdate(tx, current, { briefingHtml });
    await writeAudit(tx, { actorId: actor.id, action: "visit.briefing", entityType: ENTITY, entityId: current.id, before: { briefingHtml: current.briefingHtml }, after: { briefingHtml } });
    return { id: current.id, version: after.version };
  });
}

/** The report after the visit (COMPLETED only). */
export async function saveReport(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "visit.manage");
  const input = parseInput(reportSchema, rawInput);
  return step(input, async (tx, current) => {
    if (!canWriteReport(current.status)) throw new PreconditionError("visitNotCompleted");
    const after = await guardedUpdate(tx, current, { report: input.report });
    await writeAudit(tx, { actorId: actor.id, action: "visit.report", entityType: ENTITY, entityId: current.id, before: { report: current.report }, after: { report: input.report } });
    return { id: current.id, version: after.version };
  });
}

/**
 * One click drafts a press release from the report: the press-release service creates it as the current
 * user (who needs pressRelease.draft as well as visit.view), then the visit links it. Two transactions: if
 * the link fails, a retry with the same idempotency key finds the same release and links it.
 */
export async function draftReleaseFromReport(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "visit.view");
  requirePermission(actor, "pressRelease.draft");
  const input = parseInput(draftReleaseSchema, rawInput);
  const visit = await db.visit.findUnique({
    where: { id: input.id },
    select: {
      ...stateSelect,
      participants: { select: { side: true, rank: true, name: true, function: true } },
      programme: { select: { startsAt: true, endsAt: true, activity: true, place: true }, orderBy: { startsAt: "asc" } },
    },
  });
  if (!visit) throw new NotFoundError();
  if (visit.status !== "COMPLETED" || visit.report.trim() === "") throw new PreconditionError("visitReportMissing");
  if (visit.reportReleaseId) throw new PreconditionError("visitReleaseExists");
  const draft = releaseFromReport({ ...visit, participants: byPrecedence(visit.participants) }, config().CITY_TIME_ZONE);
  const release = await createPressRelease(actor, { ...draft, idempotencyKey: input.idempotencyKey ? `visit:${visit.id}:${input.idempotencyKey}` : undefined });
  return db.$transaction(async (tx) => {
    const { count } = await tx.visit.updateMany({ where: { id: visit.id, reportReleaseId: null }, data: { reportReleaseId: release.id, version: { increment: 1 } } });
    if (count === 0) {
      const linked = await tx.visit.findUniqueOrThrow({ where: { id: visit.id }, select: { reportReleaseId: true } });
      if (linked.reportReleaseId === release.id) return { id: visit.id, releaseId: release.id };
      throw new ConflictError("staleVersion");
    }
    await writeAudit(tx, { actorId: actor.id, action: "visit.releaseDrafted", entityType: ENTITY, entityId: visit.id, after: { releaseId: release.id } });
    return { id: visit.id, releaseId: release.id };
  });
}

// --- Participants -------------------------------------------------------------------------------------

/** Restricted personal fields stay out of the append-only audit log: only which of them were filled. */
const RESTRICTED = ["dietary", "contact", "passportNote"] as const;

export async function addParticipant(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "visit.manage");
  const input = parseInput(participantSchema, rawInput);
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "visit.participantAdd" }, async () => {
      const visit = await requireVisit(tx, input.visitId, canEditPlan);
      if (input.passportNote && visit.direction !== "OUTGOING") throw new ValidationError({ passportNote: [{ key: "passportOnlyOutgoing" }] });
      let name = input.name as string;
      if (input.userId) {
        if (input.side !== "CITY") throw new ValidationError({ userId: [{ key: "staffOnCitySide" }] });
        const user = await tx.user.findFirst({ where: { id: input.userId, isActive: true }, select: { name: true } });
        if (!user) throw new ValidationError({ userId: [{ key: "invalidChoice" }] });
        name = user.name;
        if (await tx.visitParticipant.count({ where: { visitId: visit.id, userId: input.userId } })) throw new ValidationError({ userId: [{ key: "participantTwice" }] });
      }
      const row = await tx.visitParticipant.create({
        data: {
          visitId: visit.id,
          side: input.side,
          userId: input.userId ?? null,
          name,
          function: input.function ?? null,
          organisation: input.organisation ?? null,
          country: input.country ?? null,
          role: input.role,
          rank: input.rank,
          dietary: input.dietary ?? null,
          contact: input.contact ?? null,
          passportNote: input.passportNote ?? null,
        },
        select: { id: true, side: true, userId: true, name: true, function: true, organisation: true, country: true, role: true, rank: true },
      });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "visit.participantAdd",
        entityType: "VisitParticipant",
        entityId: row.id,
        after: { ...row, visitId: visit.id, restrictedFilled: RESTRICTED.filter((field) => input[field]) },
      });
      return { id: row.id, visitId: visit.id };
    }),
  );
}

export async function removeParticipant(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "visit.manage");
  const input = parseInput(rowRefSchema, rawInput);
  return db.$transaction(async (tx) => {
    const row = await tx.visitParticipant.findUnique({ where: { id: input.id }, select: { id: true, visitId: true, name: true, side: true, role: true, rank: true } });
    if (!row) throw new NotFoundError();
    await requireVisit(tx, row.visitId, canEditPlan);
    await tx.visitParticipant.delete({ where: { id: row.id } });
    await writeAudit(tx, { actorId: actor.id, action: "visit.participantRemove", entityType: "VisitParticipant", entityId: row.id, before: row });
    return { id: row.id, visitId: row.visitId };
  });
}

// --- Programme ----------------------------------------------------------------------------------------

export type ProgrammeClashes = { internal: InternalClash[]; commitments: CommitmentClash[] };

/** Adds an item; clashes (the same person twice at once, or elsewhere) come back as a warning. */
export async function addProgrammeItem(actor: Actor | null, rawInput: unknown): Promise<{ id: string; visitId: string; clashes: ProgrammeClashes }> {
  requirePermission(actor, "visit.manage");
  const input = parseInput(programmeItemSchema, rawInput);
  const timeZone = config().CITY_TIME_ZONE;
  const startsAt = cityDateTimeToDate(input.startsAt, timeZone);
  const endsAt = cityDateTimeToDate(input.endsAt, timeZone);
  if (Number.isNaN(startsAt.getTime())) throw new ValidationError({ startsAt: [{ key: "invalidDateTime" }] });
  if (Number.isNaN(endsAt.getTime())) throw new ValidationError({ endsAt: [{ key: "invalidDateTime" }] });
  if (endsAt <= startsAt) throw new ValidationError({ endsAt: [{ key: "endsBeforeStart" }] });
  if (endsAt.getTime() - startsAt.getTime() > MAX_ITEM_MS) throw new ValidationError({ endsAt: [{ key: "itemTooLong" }] });
  const participantIds = [...new Set(input.participantIds)];
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "visit.programmeAdd" }, async () => {
      const visit = await requireVisit(tx, input.visitId, canEditPlan);
      const day = format(new TZDate(startsAt, timeZone), "yyyy-MM-dd");
      if (day < dateToDay(visit.startDate) || day > dateToDay(visit.endDate)) throw new ValidationError({ startsAt: [{ key: "outsideVisitDates" }] });
      const known = await tx.visitParticipant.count({ where: { visitId: visit.id, id: { in: participantIds } } });
      if (known !== participantIds.length) throw new ValidationError({ participantIds: [{ key: "invalidChoice" }] });
      const item = await tx.programmeItem.create({
        data: {
          visitId: visit.id,
          startsAt,
          endsAt,
          place: input.place,
          activity: input.activity,
          responsible: input.responsible ?? null,
          pressInvited: input.pressInvited,
          notes: input.notes ?? null,
          participants: { createMany: { data: participantIds.map((participantId) => ({ participantId })) } },
        },
        select: { id: true, startsAt: true, endsAt: true, place: true, activity: true, responsible: true, pressInvited: true, notes: true },
      });
      await writeAudit(tx, { actorId: actor.id, action: "visit.programmeAdd", entityType: "ProgrammeItem", entityId: item.id, after: { ...item, visitId: visit.id, participantIds } });
      const clashes = await programmeClashes(tx, visit.id);
      const mine = {
        internal: clashes.internal.filter((clash) => clash.first.id === item.id || clash.second.id === item.id),
        commitments: clashes.commitments.filter((clash) => clash.itemId === item.id),
      };
      return JSON.parse(JSON.stringify({ id: item.id, visitId: visit.id, clashes: mine })) as Prisma.InputJsonObject;
    }),
  ) as unknown as Promise<{ id: string; visitId: string; clashes: ProgrammeClashes }>;
}

export async function removeProgrammeItem(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "visit.manage");
  const input = parseInput(rowRefSchema, rawInput);
  return db.$transaction(async (tx) => {
    const row = await tx.programmeItem.findUnique({ where: { id: input.id }, select: { id: true, visitId: true, startsAt: true, endsAt: true, activity: true, place: true } });
    if (!row) throw new NotFoundError();
    await requireVisit(tx, row.visitId, canEditPlan);
    await tx.programmeItem.delete({ where: { id: row.id } });
    await writeAudit(tx, { actorId: actor.id, action: "visit.programmeRemove", entityType: "ProgrammeItem", entityId: row.id, before: row });
    return { id: row.id, visitId: row.visitId };
  });
}

/** Every clash of a visit's programme: inside it, and with the city people's other commitments. */
export async function programmeClashes(tx: Pick<Tx, "programmeItem" | "pressConferenceSpeaker" | "eventPerson">, visitId: string): Promise<ProgrammeClashes> {
  const items = await tx.programmeItem.findMany({
    where: { visitId },
    select: { id: true, startsAt: true, endsAt: true, activity: true, participants: { select: { participant: { select: { id: true, userId: true, name: true, side: true } } } } },
    orderBy: { startsAt: "asc" },
  });
  const internal = findInternalClashes(items.map((item) => ({ ...item, participantIds: item.participants.map(({ participant }) => participant.id) })));
  const commitments = await findCommitmentClashes(
    tx,
    visitId,
    items.map((item) => ({ ...item, participants: item.participants.map(({ participant }) => participant) })),
  );
  return { internal, commitments };
}

// --- Logistics ----------------------------------------------------------------------------------------

export async function addBooking(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "visit.manage");
  const input = parseInput(bookingSchema, rawInput);
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "visit.bookingAdd" }, async () => {
      const visit = await requireVisit(tx, input.visitId, canEditPlan);
      const row = await tx.booking.create({
        data: { visitId: visit.id, kind: input.kind, supplier: input.supplier, details: input.details, costMinor: input.cost ?? null, currency: input.currency },
        select: { id: true, kind: true, supplier: true, details: true, costMinor: true, currency: true, status: true },
      });
      await writeAudit(tx, { actorId: actor.id, action: "visit.bookingAdd", entityType: "Booking", entityId: row.id, after: { ...row, visitId: visit.id } });
      return { id: row.id, visitId: visit.id };
    }),
  );
}

/** Requested → confirmed / cancelled (and back): the booking's own version guards concurrent answers. */
export async function setBookingStatus(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "visit.manage");
  const input = parseInput(bookingStatusSchema, rawInput);
  return db.$transaction(async (tx) => {
    const row = await tx.booking.findUnique({ where: { id: input.id }, select: { id: true, visitId: true, status: true, version: true } });
    if (!row) throw new NotFoundError();
    await requireVisit(tx, row.visitId, canEditRecords);
    const { count } = await tx.booking.updateMany({ where: { id: row.id, version: input.version }, data: { status: input.status, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError("staleVersion");
    await writeAudit(tx, { actorId: actor.id, action: "visit.bookingStatus", entityType: "Booking", entityId: row.id, before: { status: row.status }, after: { status: input.status } });
    return { id: row.id, visitId: row.visitId, version: input.version + 1 };
  });
}

export async function removeBooking(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "visit.manage");
  const input = parseInput(rowRefSchema, rawInput);
  return db.$transaction(async (tx) => {
    const row = await tx.booking.findUnique({ where: { id: input.id }, select: { id: true, visitId: true, kind: true, supplier: true, status: true } });
    if (!row) throw new NotFoundError();
    await requireVisit(tx, row.visitId, canEditPlan);
    await tx.booking.delete({ where: { id: row.id } });
    await writeAudit(tx, { actorId: actor.id, action: "visit.bookingRemove", entityType: "Booking", entityId: row.id, before: row });
    return { id: row.id, visitId: row.visitId };
  });
}

// --- Gifts --------------------------------------------------------------------------------------------

/**
 * A gift given (a description for now; with the stock module, an issue of a promotional item: the lead
 * wires `issueStock` here at merge and stores promoItemId/stockMovementId) or received (the register).
 */
export async function addGift(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "visit.manage");
  const input = parseInput(giftSchema, rawInput);
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "visit.giftAdd" }, async () => {
      const visit = await requireVisit(tx, input.visitId, canEditRecords);
      const received = input.direction === "RECEIVED";
      // A gift from the promotional stock leaves the stock now, in this transaction: the ledger's issue
      // (which refuses to go below zero) and the gift stand or fall together.
      const issued = input.promoItemId
        ? await issueStock(
            actor,
            { itemId: input.promoItemId, quantity: input.quantity, purpose: "VISIT", recipientName: input.counterparty ?? visit.title, reference: visit.title, visitId: visit.id },
            tx,
          )
        : null;
      const row = await tx.visitGift.create({
        data: {
          visitId: visit.id,
          direction: input.direction,
          description: input.description,
          promoItemId: input.promoItemId ?? null,
          stockMovementId: issued?.id ?? null,
          quantity: input.quantity,
          counterparty: input.counterparty ?? null,
          estimatedValueMinor: input.estimatedValue ?? null,
          currency: input.currency,
          date: dayToDate(input.date),
          decision: received ? (input.decision ?? null) : null,
          createdById: actor.id,
        },
        select: { id: true, direction: true, description: true, quantity: true, counterparty: true, estimatedValueMinor: true, currency: true, date: true, decision: true, promoItemId: true, stockMovementId: true },
      });
      await writeAudit(tx, { actorId: actor.id, action: "visit.giftAdd", entityType: "VisitGift", entityId: row.id, after: { ...row, visitId: visit.id } });
      return { id: row.id, visitId: visit.id };
    }),
  );
}

/** A gift recorded by mistake; a received gift with a decision stays in the register. */
export async function removeGift(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "visit.manage");
  const input = parseInput(rowRefSchema, rawInput);
  return db.$transaction(async (tx) => {
    const row = await tx.visitGift.findUnique({ where: { id: input.id }, select: { id: true, visitId: true, direction: true, description: true, decision: true, stockMovementId: true } });
    if (!row) throw new NotFoundError();
    await requireVisit(tx, row.visitId, canEditRecords);
    if (row.direction === "RECEIVED" && row.decision) throw new PreconditionError("giftInRegister");
    await tx.visitGift.delete({ where: { id: row.id } });
    // A gift from stock goes back: its issue is reversed in the ledger (never edited or deleted).
    if (row.stockMovementId) await reverseMovement(actor, { movementId: row.stockMovementId, reason: `Dar odebrán z návštěvy: ${row.description}` }, tx);
    await writeAudit(tx, { actorId: actor.id, action: "visit.giftRemove", entityType: "VisitGift", entityId: row.id, before: row });
    return { id: row.id, visitId: row.visitId };
  });
}

// --- Budget -------------------------------------------------------------------------------------------

export async function addExpense(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "visit.manage");
  const input = parseInput(expenseSchema, rawInput);
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "visit.expenseAdd" }, async () => {
      const visit = await requireVisit(tx, input.visitId, canEditRecords);
      const row = await tx.expense.create({
        data: {
          visitId: visit.id,
          category: input.category,
          description: input.description,
          plannedMinor: input.planned ?? null,
          actualMinor: input.actual ?? null,
          currency: input.currency,
          rateToCzk: input.currency === "CZK" ? "1" : (input.rate as string),
          documentNumber: input.documentNumber ?? null,
        },
        select: { id: true, category: true, description: true, plannedMinor: true, actualMinor: true, currency: true, rateToCzk: true, documentNumber: true },
      });
      await writeAudit(tx, { actorId: actor.id, action: "visit.expenseAdd", entityType: "Expense", entityId: row.id, after: { ...row, rateToCzk: row.rateToCzk.toString(), visitId: visit.id } });
      return { id: row.id, visitId: visit.id };
    }),
  );
}

export async function removeExpense(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "visit.manage");
  const input = parseInput(rowRefSchema, rawInput);
  return db.$transaction(async (tx) => {
    const row = await tx.expense.findUnique({ where: { id: input.id }, select: { id: true, visitId: true, category: true, plannedMinor: true, actualMinor: true, currency: true, documentNumber: true } });
    if (!row) throw new NotFoundError();
    await requireVisit(tx, row.visitId, canEditRecords);
    await tx.expense.delete({ where: { id: row.id } });
    await writeAudit(tx, { actorId: actor.id, action: "visit.expenseRemove", entityType: "Expense", entityId: row.id, before: row });
    return { id: row.id, visitId: row.visitId };
  });
}

// ---------------------------------------------------------------------------------------------------

export async function requireVisit(tx: Tx, id: string, allowed: (status: VisitStatus) => boolean) {
  const visit = await tx.visit.findUnique({ where: { id }, select: stateSelect });
  if (!visit) throw new NotFoundError();
  if (!allowed(visit.status)) throw new PreconditionError("visitWrongStatus");
  return visit;
}

async function step<T>(input: { id: string; version: number }, run: (tx: Tx, current: VisitState) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    const current = await tx.visit.findUnique({ where: { id: input.id }, select: stateSelect });
    if (!current) throw new NotFoundError();
    if (current.version !== input.version) throw new ConflictError("staleVersion");
    return run(tx, current);
  });
}

async function guardedUpdate(tx: Tx, current: VisitState, data: Prisma.VisitUncheckedUpdateManyInput) {
  const { count } = await tx.visit.updateMany({ where: { id: current.id, version: current.version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new ConflictError("staleVersion");
  return tx.visit.findUniqueOrThrow({ where: { id: current.id }, select: stateSelect });
}
