import "server-only";
import { cityToday, dateToDay, dayToDate } from "@/server/calendar-day";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { Prisma } from "@/generated/prisma/client";
import { issueStock } from "@/features/promo-items/service";
import { cityDateTimeToDate } from "@/features/press-releases/schema";
import { getOfficeSettings } from "@/features/settings/queries";
import { findEventClashes } from "@/features/visits/commitments";
import { writeAudit } from "@/server/audit";
import { type Actor, requirePermission } from "@/server/authz/permissions";
import { config } from "@/server/config";
import { db } from "@/server/db";
import { ConflictError, NotFoundError, PreconditionError, ValidationError } from "@/server/errors";
import { once } from "@/server/idempotency";
import { parseInput } from "@/server/validation";
import { eventBudgetTotals } from "./budget";
import { canEditPlan, canEditRecords, canEvaluate, transitionRefusal } from "./policy";
import {
  approveBudgetSchema,
  budgetActualSchema,
  budgetLineSchema,
  changeStatusSchema,
  createEventSchema,
  type EventStatus,
  evaluationSchema,
  issueItemsSchema,
  linkSchema,
  personSchema,
  programmeItemSchema,
  rowRefSchema,
  taskSchema,
  taskUpdateSchema,
  updateEventSchema,
} from "./schema";
import { dueDay, findTemplate } from "./templates";

type Tx = Prisma.TransactionClient;
const ENTITY = "Event";
const MAX_ITEM_MS = 24 * 60 * 60 * 1000;

export const eventStateSelect = {
  id: true,
  title: true,
  type: true,
  startDate: true,
  endDate: true,
  venues: true,
  organiser: true,
  partnerName: true,
  isPublic: true,
  publicDescription: true,
  status: true,
  budgetApprovedMinor: true,
  budgetApprovedById: true,
  budgetApprovedAt: true,
  pressConferenceId: true,
  evaluationNote: true,
  chronicleEntry: true,
  cancelledAt: true,
  version: true,
} as const satisfies Prisma.EventSelect;
type EventState = Prisma.EventGetPayload<{ select: typeof eventStateSelect }>;


async function eventFields(tx: Tx, input: { title: string; type: string; startDate: string; endDate: string; venues: string; organiser: string; partnerName?: string; isPublic: boolean; publicDescription: string; pressConferenceId?: string }) {
  if (input.pressConferenceId && !(await tx.pressConference.findUnique({ where: { id: input.pressConferenceId }, select: { id: true } }))) {
    throw new ValidationError({ pressConferenceId: [{ key: "invalidChoice" }] });
  }
  return {
    title: input.title,
    type: input.type as EventState["type"],
    startDate: dayToDate(input.startDate),
    endDate: dayToDate(input.endDate),
    venues: input.venues,
    organiser: input.organiser as EventState["organiser"],
    partnerName: input.organiser === "PARTNER" ? (input.partnerName ?? null) : null,
    isPublic: input.isPublic,
    publicDescription: input.publicDescription,
    pressConferenceId: input.pressConferenceId ?? null,
  };
}

/** A new event (IDEA), with the checklist of a template when one is named. An idempotency key makes a double click one event. */
export async function createEvent(actor: Actor | null, rawInput: unknown): Promise<{ id: string; version: number }> {
  requirePermission(actor, "event.manage");
  const input = parseInput(createEventSchema, rawInput);
  const template = findTemplate(input.templateKey);
  if (input.templateKey && !template) throw new ValidationError({ templateKey: [{ key: "invalidChoice" }] });
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "event.create" }, async () => {
      const event = await tx.event.create({ data: { ...(await eventFields(tx, input)), createdById: actor.id }, select: eventStateSelect });
      if (template) {
        await tx.eventTask.createMany({
          data: template.tasks.map(([title, daysBefore], position) => ({ eventId: event.id, title, position, dueDate: dayToDate(dueDay(input.startDate, daysBefore)) })),
        });
      }
      await writeAudit(tx, { actorId: actor.id, action: "event.create", entityType: ENTITY, entityId: event.id, after: { ...event, templateKey: template?.slug ?? null } });
      return { id: event.id, version: event.version };
    }),
  );
}

/** Saves the overview; a stale version is a conflict (the form keeps what was typed). */
export async function updateEvent(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "event.manage");
  const input = parseInput(updateEventSchema, rawInput);
  return step(input, async (tx, current) => {
    if (!canEditPlan(current.status)) throw new PreconditionError("eventWrongStatus");
    const after = await guardedUpdate(tx, current, await eventFields(tx, input));
    await writeAudit(tx, { actorId: actor.id, action: "event.update", entityType: ENTITY, entityId: current.id, before: current, after });
    return { id: current.id, version: after.version };
  });
}

async function plannedTotal(tx: Tx, eventId: string): Promise<number> {
  const sum = await tx.eventBudgetLine.aggregate({ where: { eventId }, _sum: { plannedMinor: true } });
  return sum._sum.plannedMinor ?? 0;
}

/** One step of the workflow (policy.ts says which, and what each needs). */
export async function changeEventStatus(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, "event.manage");
  const input = parseInput(changeStatusSchema, rawInput);
  return step(input, async (tx, current) => {
    const [plannedMinor, settings] = await Promise.all([plannedTotal(tx, current.id), getOfficeSettings(tx)]);
    const refusal = transitionRefusal(
      {
        status: current.status,
        startDate: dateToDay(current.startDate),
        plannedMinor,
        approvedMinor: current.budgetApprovedMinor,
        limitMinor: settings.eventBudgetApprovalLimit * 100,
        evaluationNote: current.evaluationNote,
      },
      input.status,
      cityToday(now),
    );
    if (refusal) throw new PreconditionError(refusal);
    const data: Prisma.EventUncheckedUpdateManyInput = { status: input.status };
    if (input.status === "CANCELLED") data.cancelledAt = now;
    const after = await guardedUpdate(tx, current, data);
    await writeAudit(tx, { actorId: actor.id, action: "event.status", entityType: ENTITY, entityId: current.id, before: { status: current.status, version: current.version }, after: { status: after.status, version: after.version } });
    return { id: current.id, version: after.version, status: after.status as EventStatus };
  });
}

/** The head of office approves the budget as it stands (its planned total); a larger budget later needs approval again. */
export async function approveEventBudget(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, "event.approveBudget");
  const input = parseInput(approveBudgetSchema, rawInput);
  return step(input, async (tx, current) => {
    if (!canEditRecords(current.status)) throw new PreconditionError("eventWrongStatus");
    const plannedMinor = await plannedTotal(tx, current.id);
    const after = await guardedUpdate(tx, current, { budgetApprovedMinor: plannedMinor, budgetApprovedById: actor.id, budgetApprovedAt: now });
    await writeAudit(tx, { actorId: actor.id, action: "event.budgetApprove", entityType: ENTITY, entityId: current.id, before: { budgetApprovedMinor: current.budgetApprovedMinor }, after: { budgetApprovedMinor: plannedMinor } });
    return { id: current.id, version: after.version };
  });
}

/** The evaluation note and the chronicle entry, once the event is held. */
export async function saveEvaluation(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "event.manage");
  const input = parseInput(evaluationSchema, rawInput);
  return step(input, async (tx, current) => {
    if (!canEvaluate(current.status)) throw new PreconditionError("eventNotHeld");
    const after = await guardedUpdate(tx, current, { evaluationNote: input.evaluationNote, chronicleEntry: input.chronicleEntry });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "event.evaluation",
      entityType: ENTITY,
      entityId: current.id,
      before: { evaluationNote: current.evaluationNote, chronicleEntry: current.chronicleEntry },
      after: { evaluationNote: input.evaluationNote, chronicleEntry: input.chronicleEntry },
    });
    return { id: current.id, version: after.version };
  });
}

// --- Rows of an event ----------------------------------------------------------------------------------
// Adding or removing a row moves the event's version on, so that a page showing the old state gets a conflict
// when it saves the overview — and two people adding rows never lose one (each row is its own insert).

export async function requireEvent(tx: Tx, eventId: string, allowed: (status: EventStatus) => boolean) {
  const event = await tx.event.findUnique({ where: { id: eventId }, select: eventStateSelect });
  if (!event) throw new NotFoundError();
  if (!allowed(event.status)) throw new PreconditionError("eventWrongStatus");
  return event;
}
async function touch(tx: Tx, eventId: string) {
  await tx.event.update({ where: { id: eventId }, data: { version: { increment: 1 } }, select: { id: true } });
}

function cityInstant(value: string | undefined, field: string): Date | null {
  if (!value) return null;
  const date = cityDateTimeToDate(value, config().CITY_TIME_ZONE);
  if (Number.isNaN(date.getTime())) throw new ValidationError({ [field]: [{ key: "invalidDateTime" }] });
  return date;
}
function inEventDays(event: EventState, at: Date, field: string) {
  const day = format(new TZDate(at, config().CITY_TIME_ZONE), "yyyy-MM-dd");
  if (day < dateToDay(event.startDate) || day > dateToDay(event.endDate)) throw new ValidationError({ [field]: [{ key: "outsideEventDates" }] });
}

export async function addProgrammeItem(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "event.manage");
  const input = parseInput(programmeItemSchema, rawInput);
  const startsAt = cityInstant(input.startsAt, "startsAt") as Date;
  const endsAt = cityInstant(input.endsAt, "endsAt") as Date;
  if (endsAt <= startsAt) throw new ValidationError({ endsAt: [{ key: "endsBeforeStart" }] });
  if (endsAt.getTime() - startsAt.getTime() > MAX_ITEM_MS) throw new ValidationError({ endsAt: [{ key: "itemTooLong" }] });
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "event.programmeAdd" }, async () => {
      const event = await requireEvent(tx, input.eventId, canEditPlan);
      inEventDays(event, startsAt, "startsAt");
      const row = await tx.eventProgrammeItem.create({ data: { eventId: event.id, startsAt, endsAt, title: input.title, venue: input.venue }, select: { id: true, startsAt: true, endsAt: true, title: true, venue: true } });
      await touch(tx, event.id);
      await writeAudit(tx, { actorId: actor.id, action: "event.programmeAdd", entityType: "EventProgrammeItem", entityId: row.id, after: { ...row, eventId: event.id } });
      return { id: row.id, eventId: event.id };
    }),
  );
}

export async function addBudgetLine(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "event.manage");
  const input = parseInput(budgetLineSchema, rawInput);
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "event.budgetAdd" }, async () => {
      const event = await requireEvent(tx, input.eventId, canEditRecords);
      const row = await tx.eventBudgetLine.create({
        data: { eventId: event.id, category: input.category, supplier: input.supplier, plannedMinor: input.planned as number, actualMinor: input.actual ?? null, vatPercent: input.vatPercent, invoiceNumber: input.invoiceNumber },
        select: { id: true, category: true, supplier: true, plannedMinor: true, actualMinor: true, vatPercent: true, invoiceNumber: true },
      });
      await touch(tx, event.id);
      await writeAudit(tx, { actorId: actor.id, action: "event.budgetAdd", entityType: "EventBudgetLine", entityId: row.id, after: { ...row, eventId: event.id } });
      return { id: row.id, eventId: event.id };
    }),
  );
}

/** Records the invoice on a line: guarded by the event's version (the page's totals were read at that version). */
export async function recordBudgetActual(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "event.manage");
  const input = parseInput(budgetActualSchema, rawInput);
  return step({ id: input.eventId, version: input.version }, async (tx, current) => {
    if (!canEditRecords(current.status)) throw new PreconditionError("eventWrongStatus");
    const line = await tx.eventBudgetLine.findFirst({ where: { id: input.id, eventId: current.id }, select: { id: true, actualMinor: true, invoiceNumber: true } });
    if (!line) throw new NotFoundError();
    await tx.eventBudgetLine.update({ where: { id: line.id }, data: { actualMinor: input.actual ?? null, invoiceNumber: input.invoiceNumber } });
    const after = await guardedUpdate(tx, current, {});
    await writeAudit(tx, { actorId: actor.id, action: "event.budgetActual", entityType: "EventBudgetLine", entityId: line.id, before: line, after: { actualMinor: input.actual ?? null, invoiceNumber: input.invoiceNumber } });
    return { id: line.id, eventId: current.id, version: after.version };
  });
}

export async function removeBudgetLine(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "event.manage");
  const input = parseInput(rowRefSchema, rawInput);
  return db.$transaction(async (tx) => {
    const row = await tx.eventBudgetLine.findUnique({ where: { id: input.id } });
    if (!row) throw new NotFoundError();
    await requireEvent(tx, row.eventId, canEditRecords);
    await tx.eventBudgetLine.delete({ where: { id: row.id } });
    await touch(tx, row.eventId);
    await writeAudit(tx, { actorId: actor.id, action: "event.budgetRemove", entityType: "EventBudgetLine", entityId: row.id, before: row });
    return { id: row.id, eventId: row.eventId };
  });
}

async function activeUser(tx: Tx, userId: string | undefined, field: string) {
  if (!userId) return null;
  const user = await tx.user.findFirst({ where: { id: userId, isActive: true }, select: { id: true, name: true } });
  if (!user) throw new ValidationError({ [field]: [{ key: "invalidChoice" }] });
  return user;
}

export async function addTask(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "event.manage");
  const input = parseInput(taskSchema, rawInput);
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "event.taskAdd" }, async () => {
      const event = await requireEvent(tx, input.eventId, canEditPlan);
      await activeUser(tx, input.ownerId, "ownerId");
      const last = await tx.eventTask.aggregate({ where: { eventId: event.id }, _max: { position: true } });
      const row = await tx.eventTask.create({
        data: { eventId: event.id, title: input.title, ownerId: input.ownerId ?? null, dueDate: input.dueDate ? dayToDate(input.dueDate) : null, position: (last._max.position ?? -1) + 1 },
        select: { id: true, title: true, ownerId: true, dueDate: true, position: true },
      });
      await writeAudit(tx, { actorId: actor.id, action: "event.taskAdd", entityType: "EventTask", entityId: row.id, after: { ...row, eventId: event.id } });
      return { id: row.id, eventId: event.id };
    }),
  );
}

/** Owner, due day and done: a task carries its own version (two people ticking different tasks never conflict). */
export async function updateTask(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, "event.manage");
  const input = parseInput(taskUpdateSchema, rawInput);
  return db.$transaction(async (tx) => {
    const task = await tx.eventTask.findUnique({ where: { id: input.id }, select: { id: true, eventId: true, ownerId: true, dueDate: true, doneAt: true, version: true } });
    if (!task) throw new NotFoundError();
    if (task.version !== input.version) throw new ConflictError("staleVersion");
    await requireEvent(tx, task.eventId, canEditRecords);
    await activeUser(tx, input.ownerId, "ownerId");
    const data = { ownerId: input.ownerId ?? null, dueDate: input.dueDate ? dayToDate(input.dueDate) : null, doneAt: input.done ? (task.doneAt ?? now) : null };
    const { count } = await tx.eventTask.updateMany({ where: { id: task.id, version: task.version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError("staleVersion");
    await writeAudit(tx, { actorId: actor.id, action: "event.taskUpdate", entityType: "EventTask", entityId: task.id, before: task, after: data });
    return { id: task.id, eventId: task.eventId, version: task.version + 1 };
  });
}

/** Adds a leader (with attendance times and speech), a VIP guest or an invited outlet; the leadership's clashes come back as a warning. */
export async function addPerson(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "event.manage");
  const input = parseInput(personSchema, rawInput);
  const startsAt = cityInstant(input.startsAt, "startsAt");
  const endsAt = cityInstant(input.endsAt, "endsAt");
  if (input.role === "LEADERSHIP" && (!startsAt || !endsAt)) throw new ValidationError({ startsAt: [{ key: "required" }] });
  if (startsAt && endsAt && endsAt <= startsAt) throw new ValidationError({ endsAt: [{ key: "endsBeforeStart" }] });
  if (!input.userId && !input.name) throw new ValidationError({ name: [{ key: "required" }] });
  const result = await db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "event.personAdd" }, async () => {
      const event = await requireEvent(tx, input.eventId, canEditPlan);
      const user = await activeUser(tx, input.userId, "userId");
      const row = await tx.eventPerson.create({
        data: { eventId: event.id, role: input.role, userId: user?.id ?? null, name: user?.name ?? (input.name as string), function: input.function, startsAt, endsAt, speech: input.speech, note: input.note },
        select: { id: true, role: true, userId: true, name: true, function: true, startsAt: true, endsAt: true },
      });
      await touch(tx, event.id);
      await writeAudit(tx, { actorId: actor.id, action: "event.personAdd", entityType: "EventPerson", entityId: row.id, after: { ...row, eventId: event.id, speechWritten: input.speech !== "" } });
      return { id: row.id, eventId: event.id };
    }),
  );
  const clashes = await eventClashes(db, result.eventId);
  return { ...result, clashes: clashes.filter((clash) => clash.personId === result.id) };
}

export async function removePerson(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "event.manage");
  const input = parseInput(rowRefSchema, rawInput);
  return db.$transaction(async (tx) => {
    const row = await tx.eventPerson.findUnique({ where: { id: input.id }, select: { id: true, eventId: true, role: true, userId: true, name: true } });
    if (!row) throw new NotFoundError();
    await requireEvent(tx, row.eventId, canEditPlan);
    await tx.eventPerson.delete({ where: { id: row.id } });
    await touch(tx, row.eventId);
    await writeAudit(tx, { actorId: actor.id, action: "event.personRemove", entityType: "EventPerson", entityId: row.id, before: row });
    return { id: row.id, eventId: row.eventId };
  });
}

/** Every clash of an event's leadership with their other commitments (visits/commitments.ts: one place). */
export async function eventClashes(tx: Pick<Tx, "programmeItem" | "pressConferenceSpeaker" | "eventPerson">, eventId: string) {
  const people = await tx.eventPerson.findMany({ where: { eventId, role: "LEADERSHIP" }, select: { id: true, userId: true, name: true, startsAt: true, endsAt: true } });
  return findEventClashes(tx, eventId, people);
}

export async function addLink(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "event.manage");
  const input = parseInput(linkSchema, rawInput);
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "event.linkAdd" }, async () => {
      const event = await requireEvent(tx, input.eventId, canEditRecords);
      const row = await tx.eventLink.create({ data: { eventId: event.id, title: input.title, url: input.url }, select: { id: true, title: true, url: true } });
      await touch(tx, event.id);
      await writeAudit(tx, { actorId: actor.id, action: "event.linkAdd", entityType: "EventLink", entityId: row.id, after: { ...row, eventId: event.id } });
      return { id: row.id, eventId: event.id };
    }),
  );
}

/**
 * Promotional items issued to the event: the stock module's `issueStock` with purpose EVENT and eventId, in
 * this transaction (the caller needs promoItem.manage too; a refusal — not enough stock — rolls everything back).
 */
export async function issueItemsToEvent(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "event.manage");
  requirePermission(actor, "promoItem.manage");
  const input = parseInput(issueItemsSchema, rawInput);
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "event.itemsIssue" }, async () => {
      const event = await requireEvent(tx, input.eventId, canEditRecords);
      const movement = (await issueStock(actor, { itemId: input.itemId, quantity: input.quantity, purpose: "EVENT", eventId: event.id, recipientName: input.recipientName || event.title }, tx)) as { id: string };
      await touch(tx, event.id);
      await writeAudit(tx, { actorId: actor.id, action: "event.itemsIssue", entityType: ENTITY, entityId: event.id, after: { movementId: movement.id, itemId: input.itemId, quantity: input.quantity } });
      return { id: movement.id, eventId: event.id };
    }),
  );
}

/** Totals for the page and the list (budget.ts). */
export { eventBudgetTotals };

async function step<T>(input: { id: string; version: number }, run: (tx: Tx, current: EventState) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    const current = await tx.event.findUnique({ where: { id: input.id }, select: eventStateSelect });
    if (!current) throw new NotFoundError();
    if (current.version !== input.version) throw new ConflictError("staleVersion");
    return run(tx, current);
  });
}

async function guardedUpdate(tx: Tx, current: EventState, data: Prisma.EventUncheckedUpdateManyInput) {
  const { count } = await tx.event.updateMany({ where: { id: current.id, version: current.version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new ConflictError("staleVersion");
  return tx.event.findUniqueOrThrow({ where: { id: current.id }, select: eventStateSelect });
}
