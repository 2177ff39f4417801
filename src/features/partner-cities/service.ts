import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { writeAudit } from "@/server/audit";
import { type Actor, PERMISSIONS, requirePermission } from "@/server/authz/permissions";
import { config } from "@/server/config";
import { db } from "@/server/db";
import { ConflictError, NotFoundError, PreconditionError, ValidationError } from "@/server/errors";
import { once } from "@/server/idempotency";
import { parseInput } from "@/server/validation";
import { cityIsoDate } from "@/features/inquiries/time";
import {
  activitySchema,
  answerProposalSchema,
  contactSchema,
  correspondenceSchema,
  correspondenceStepSchema,
  createPartnerCitySchema,
  passOnSchema,
  planActionSchema,
  planActionStatusSchema,
  planSchema,
  proposalSchema,
  removeContactSchema,
  updatePartnerCitySchema,
} from "./schema";
import { partnerSearchText } from "./search-text";

// Partner cities: every write checks partnerCity.manage, parses its input, and writes its audit entry in
// the same transaction. Records edited by several people (the city, a plan action, a letter, a proposal)
// carry a version: a stale one is a conflict and the form keeps what was typed. Creating forms carry an
// idempotency key: a double click makes one record.
//
// The audit log outlives everything, so entries about partner contacts hold no personal data (ids and the
// names of the changed fields only), as for media contacts.

type Tx = Prisma.TransactionClient;
const MANAGE = "partnerCity.manage" as const;

/** A DATE column's value for "YYYY-MM-DD". */
export function dbDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function todayInCity(now: Date): string {
  return cityIsoDate(now, config().CITY_TIME_ZONE);
}

async function requireResolution(tx: Tx, id: string | undefined) {
  if (!id) return;
  if (!(await tx.councilResolution.findUnique({ where: { id }, select: { id: true } }))) {
    throw new ValidationError({ agreementResolutionId: [{ key: "invalidChoice" }] });
  }
}

/** Owners and responsible people are active staff who see partner cities. */
async function requireStaff(tx: Tx, userId: string | undefined, field: string) {
  if (!userId) return;
  const user = await tx.user.findFirst({ where: { id: userId, isActive: true, roles: { hasSome: [...PERMISSIONS["partnerCity.view"]] } }, select: { id: true } });
  if (!user) throw new ValidationError({ [field]: [{ key: "invalidChoice" }] });
}

async function requireCity(tx: Tx, id: string) {
  const city = await tx.partnerCity.findUnique({ where: { id }, select: { id: true } });
  if (!city) throw new NotFoundError();
  return city;
}

function cityData(input: ReturnType<typeof createPartnerCitySchema.parse>) {
  return {
    name: input.name,
    country: input.country,
    region: input.region ?? null,
    status: input.status,
    agreementDate: input.agreementDate ? dbDate(input.agreementDate) : null,
    agreementResolutionId: input.agreementResolutionId ?? null,
    languages: input.languages,
    areas: input.areas,
    notes: input.notes ?? null,
    searchText: partnerSearchText(input),
  };
}

const citySelect = {
  id: true,
  name: true,
  country: true,
  region: true,
  status: true,
  agreementDate: true,
  agreementResolutionId: true,
  languages: true,
  areas: true,
  notes: true,
  version: true,
} as const satisfies Prisma.PartnerCitySelect;

export async function createPartnerCity(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, MANAGE);
  const input = parseInput(createPartnerCitySchema, rawInput);
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "partnerCity.create" }, async () => {
      await requireResolution(tx, input.agreementResolutionId);
      if (await tx.partnerCity.findUnique({ where: { name_country: { name: input.name, country: input.country } }, select: { id: true } })) {
        throw new ValidationError({ name: [{ key: "partnerCityTaken" }] });
      }
      const city = await tx.partnerCity.create({ data: { ...cityData(input), createdById: actor.id }, select: citySelect });
      await writeAudit(tx, { actorId: actor.id, action: "partnerCity.create", entityType: "PartnerCity", entityId: city.id, after: city });
      return { id: city.id, version: city.version };
    }),
  );
}

export async function updatePartnerCity(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, MANAGE);
  const { id, version, ...input } = parseInput(updatePartnerCitySchema, rawInput);
  return db.$transaction(async (tx) => {
    const before = await tx.partnerCity.findUnique({ where: { id }, select: citySelect });
    if (!before) throw new NotFoundError();
    await requireResolution(tx, input.agreementResolutionId);
    const other = await tx.partnerCity.findUnique({ where: { name_country: { name: input.name, country: input.country } }, select: { id: true } });
    if (other && other.id !== id) throw new ValidationError({ name: [{ key: "partnerCityTaken" }] });
    const { count } = await tx.partnerCity.updateMany({ where: { id, version }, data: { ...cityData(input), version: { increment: 1 } } });
    if (count === 0) throw new ConflictError("staleVersion");
    const after = await tx.partnerCity.findUniqueOrThrow({ where: { id }, select: citySelect });
    await writeAudit(tx, { actorId: actor.id, action: "partnerCity.update", entityType: "PartnerCity", entityId: id, before, after });
    return { id, version: after.version };
  });
}

// --- Contacts -------------------------------------------------------------------------------------

export async function addPartnerContact(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, MANAGE);
  const input = parseInput(contactSchema, rawInput);
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "partnerCity.contactAdd" }, async () => {
      await requireCity(tx, input.partnerCityId);
      const contact = await tx.partnerContact.create({
        data: { partnerCityId: input.partnerCityId, name: input.name, function: input.function ?? null, email: input.email ?? null, phone: input.phone ?? null },
        select: { id: true },
      });
      const fields = (["name", "function", "email", "phone"] as const).filter((field) => input[field]);
      await writeAudit(tx, { actorId: actor.id, action: "partnerCity.contactAdd", entityType: "PartnerContact", entityId: contact.id, after: { partnerCityId: input.partnerCityId, fields } });
      return { id: contact.id, partnerCityId: input.partnerCityId };
    }),
  );
}

/** Removes a contact person (their data go with the row; the audit entry names no one). */
export async function removePartnerContact(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, MANAGE);
  const input = parseInput(removeContactSchema, rawInput);
  return db.$transaction(async (tx) => {
    const contact = await tx.partnerContact.findUnique({ where: { id: input.id }, select: { id: true, partnerCityId: true } });
    if (!contact) throw new NotFoundError();
    await tx.partnerContact.delete({ where: { id: contact.id } });
    await writeAudit(tx, { actorId: actor.id, action: "partnerCity.contactRemove", entityType: "PartnerContact", entityId: contact.id, before: { partnerCityId: contact.partnerCityId } });
    return { id: contact.id, partnerCityId: contact.partnerCityId };
  });
}

// --- Activities -----------------------------------------------------------------------------------

export async function addPartnerActivity(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, MANAGE);
  const input = parseInput(activitySchema, rawInput);
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "partnerCity.activityAdd" }, async () => {
      await requireCity(tx, input.partnerCityId);
      const activity = await tx.partnerActivity.create({
        data: { partnerCityId: input.partnerCityId, kind: input.kind, date: dbDate(input.date), title: input.title, description: input.description ?? null, createdById: actor.id },
        select: { id: true, partnerCityId: true, kind: true, date: true, title: true },
      });
      await writeAudit(tx, { actorId: actor.id, action: "partnerCity.activityAdd", entityType: "PartnerActivity", entityId: activity.id, after: activity });
      return { id: activity.id, partnerCityId: input.partnerCityId };
    }),
  );
}

// --- Cooperation plans ----------------------------------------------------------------------------

export async function createCooperationPlan(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, MANAGE);
  const input = parseInput(planSchema, rawInput);
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "partnerCity.planCreate" }, async () => {
      await requireCity(tx, input.partnerCityId);
      if (await tx.cooperationPlan.findUnique({ where: { partnerCityId_year: { partnerCityId: input.partnerCityId, year: input.year } }, select: { id: true } })) {
        throw new ValidationError({ year: [{ key: "planYearTaken" }] });
      }
      const plan = await tx.cooperationPlan.create({
        data: { partnerCityId: input.partnerCityId, year: input.year, notes: input.notes ?? null, createdById: actor.id },
        select: { id: true, partnerCityId: true, year: true, notes: true },
      });
      await writeAudit(tx, { actorId: actor.id, action: "partnerCity.planCreate", entityType: "CooperationPlan", entityId: plan.id, after: plan });
      return { id: plan.id, partnerCityId: input.partnerCityId };
    }),
  );
}

export async function addPlanAction(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, MANAGE);
  const input = parseInput(planActionSchema, rawInput);
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "partnerCity.actionAdd" }, async () => {
      const plan = await tx.cooperationPlan.findUnique({ where: { id: input.planId }, select: { id: true, partnerCityId: true } });
      if (!plan) throw new NotFoundError();
      await requireStaff(tx, input.ownerId, "ownerId");
      const action = await tx.planAction.create({
        data: { planId: plan.id, title: input.title, ownerId: input.ownerId ?? null, due: input.due ? dbDate(input.due) : null },
        select: { id: true, planId: true, title: true, ownerId: true, status: true, due: true },
      });
      await writeAudit(tx, { actorId: actor.id, action: "partnerCity.actionAdd", entityType: "PlanAction", entityId: action.id, after: action });
      return { id: action.id, partnerCityId: plan.partnerCityId };
    }),
  );
}

export async function setPlanActionStatus(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, MANAGE);
  const input = parseInput(planActionStatusSchema, rawInput);
  return db.$transaction(async (tx) => {
    const before = await tx.planAction.findUnique({ where: { id: input.id }, select: { id: true, status: true, version: true, plan: { select: { partnerCityId: true } } } });
    if (!before) throw new NotFoundError();
    const { count } = await tx.planAction.updateMany({ where: { id: input.id, version: input.version }, data: { status: input.status, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError("staleVersion");
    await writeAudit(tx, {
      actorId: actor.id,
      action: "partnerCity.actionStatus",
      entityType: "PlanAction",
      entityId: input.id,
      before: { status: before.status },
      after: { status: input.status },
    });
    return { id: input.id, partnerCityId: before.plan.partnerCityId, version: input.version + 1 };
  });
}

// --- Correspondence -------------------------------------------------------------------------------

const letterSelect = {
  id: true,
  partnerCityId: true,
  direction: true,
  date: true,
  subject: true,
  language: true,
  translationNeeded: true,
  translatedById: true,
  translatedAt: true,
  responsibleId: true,
  replyDue: true,
  repliedAt: true,
  version: true,
} as const satisfies Prisma.PartnerCorrespondenceSelect;

export async function addCorrespondence(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, MANAGE);
  const input = parseInput(correspondenceSchema, rawInput);
  if (input.replyDue && input.replyDue < input.date) throw new ValidationError({ replyDue: [{ key: "replyDueBeforeDate" }] });
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "partnerCity.letterAdd" }, async () => {
      await requireCity(tx, input.partnerCityId);
      await requireStaff(tx, input.responsibleId, "responsibleId");
      const letter = await tx.partnerCorrespondence.create({
        data: {
          partnerCityId: input.partnerCityId,
          direction: input.direction,
          date: dbDate(input.date),
          subject: input.subject,
          language: input.language,
          summary: input.summary ?? null,
          translationNeeded: input.translationNeeded,
          responsibleId: input.responsibleId ?? null,
          replyDue: input.replyDue ? dbDate(input.replyDue) : null,
          createdById: actor.id,
        },
        select: letterSelect,
      });
      await writeAudit(tx, { actorId: actor.id, action: "partnerCity.letterAdd", entityType: "PartnerCorrespondence", entityId: letter.id, after: letter });
      return { id: letter.id, partnerCityId: input.partnerCityId };
    }),
  );
}

/** The translation is done: by the actor, now (or on the day given). */
export async function markTranslated(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, MANAGE);
  const input = parseInput(correspondenceStepSchema, rawInput);
  return letterStep(actor, input, "partnerCity.letterTranslated", (current) => {
    if (!current.translationNeeded) throw new PreconditionError("translationNotNeeded");
    if (current.translatedAt) throw new PreconditionError("alreadyTranslated");
    return { translatedById: actor.id, translatedAt: stepTime(input.on, now) };
  });
}

/** The reply went out (or, for an outgoing letter, the partner answered): no longer overdue. */
export async function markReplied(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, MANAGE);
  const input = parseInput(correspondenceStepSchema, rawInput);
  return letterStep(actor, input, "partnerCity.letterReplied", (current) => {
    if (current.repliedAt) throw new PreconditionError("alreadyReplied");
    return { repliedAt: stepTime(input.on, now) };
  });
}

/** A day typed in the form means that day at noon in UTC (never in the future); none means now. */
function stepTime(on: string | undefined, now: Date): Date {
  if (!on) return now;
  if (on > todayInCity(now)) throw new ValidationError({ on: [{ key: "dateInFuture" }] });
  return new Date(`${on}T12:00:00Z`);
}

async function letterStep(
  actor: Actor,
  input: { id: string; version: number },
  action: string,
  change: (current: Prisma.PartnerCorrespondenceGetPayload<{ select: typeof letterSelect }>) => Prisma.PartnerCorrespondenceUncheckedUpdateManyInput,
) {
  return db.$transaction(async (tx) => {
    const before = await tx.partnerCorrespondence.findUnique({ where: { id: input.id }, select: letterSelect });
    if (!before) throw new NotFoundError();
    if (before.version !== input.version) throw new ConflictError("staleVersion");
    const data = change(before);
    const { count } = await tx.partnerCorrespondence.updateMany({ where: { id: input.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError("staleVersion");
    const after = await tx.partnerCorrespondence.findUniqueOrThrow({ where: { id: input.id }, select: letterSelect });
    await writeAudit(tx, { actorId: actor.id, action, entityType: "PartnerCorrespondence", entityId: input.id, before, after });
    return { id: input.id, partnerCityId: before.partnerCityId, version: after.version };
  });
}

// --- Proposals ------------------------------------------------------------------------------------

const proposalSelect = {
  id: true,
  partnerCityId: true,
  receivedOn: true,
  summary: true,
  department: true,
  passedOnAt: true,
  answer: true,
  answeredAt: true,
  version: true,
} as const satisfies Prisma.PartnerProposalSelect;

export async function addProposal(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, MANAGE);
  const input = parseInput(proposalSchema, rawInput);
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "partnerCity.proposalAdd" }, async () => {
      await requireCity(tx, input.partnerCityId);
      const proposal = await tx.partnerProposal.create({
        data: { partnerCityId: input.partnerCityId, receivedOn: dbDate(input.receivedOn), summary: input.summary, department: input.department ?? null, createdById: actor.id },
        select: proposalSelect,
      });
      await writeAudit(tx, { actorId: actor.id, action: "partnerCity.proposalAdd", entityType: "PartnerProposal", entityId: proposal.id, after: proposal });
      return { id: proposal.id, partnerCityId: input.partnerCityId };
    }),
  );
}

/** Passes the proposal on to a department (today unless a day is given). */
export async function passOnProposal(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, MANAGE);
  const input = parseInput(passOnSchema, rawInput);
  return proposalStep(actor, input, "partnerCity.proposalPassOn", (current) => {
    if (current.answer) throw new PreconditionError("proposalAnswered");
    const day = input.passedOnAt ?? todayInCity(now);
    if (day > todayInCity(now)) throw new ValidationError({ passedOnAt: [{ key: "dateInFuture" }] });
    if (day < dayOf(current.receivedOn)) throw new ValidationError({ passedOnAt: [{ key: "beforeReceived" }] });
    return { department: input.department, passedOnAt: dbDate(day) };
  });
}

/** Records the department's answer; only once passed on. */
export async function answerProposal(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, MANAGE);
  const input = parseInput(answerProposalSchema, rawInput);
  return proposalStep(actor, input, "partnerCity.proposalAnswer", (current) => {
    if (!current.passedOnAt) throw new PreconditionError("proposalNotPassedOn");
    const day = input.answeredAt ?? todayInCity(now);
    if (day > todayInCity(now)) throw new ValidationError({ answeredAt: [{ key: "dateInFuture" }] });
    if (day < dayOf(current.passedOnAt)) throw new ValidationError({ answeredAt: [{ key: "beforeReceived" }] });
    return { answer: input.answer, answeredAt: dbDate(day) };
  });
}

function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

async function proposalStep(
  actor: Actor,
  input: { id: string; version: number },
  action: string,
  change: (current: Prisma.PartnerProposalGetPayload<{ select: typeof proposalSelect }>) => Prisma.PartnerProposalUncheckedUpdateManyInput,
) {
  return db.$transaction(async (tx) => {
    const before = await tx.partnerProposal.findUnique({ where: { id: input.id }, select: proposalSelect });
    if (!before) throw new NotFoundError();
    if (before.version !== input.version) throw new ConflictError("staleVersion");
    const data = change(before);
    const { count } = await tx.partnerProposal.updateMany({ where: { id: input.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError("staleVersion");
    const after = await tx.partnerProposal.findUniqueOrThrow({ where: { id: input.id }, select: proposalSelect });
    await writeAudit(tx, { actorId: actor.id, action, entityType: "PartnerProposal", entityId: input.id, before, after });
    return { id: input.id, partnerCityId: before.partnerCityId, version: after.version };
  });
}
