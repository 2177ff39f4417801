import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { writeAudit } from "@/server/audit";
import { type Actor, can, requirePermission } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { ConflictError, NotFoundError, PreconditionError, ValidationError } from "@/server/errors";
import { once } from "@/server/idempotency";
import { parseInput } from "@/server/validation";
import { canTake, COUNTS_AGAINST_BUDGET, fitsBudget, type GrantStatus, type GrantStep, nextStatus, STEP_PERMISSION } from "./policy";
import { checkReportSchema, createApplicationSchema, createCallSchema, decideSchema, evaluateSchema, paySchema, receiveReportSchema, updateCallSchema } from "./schema";

// Cultural grants: every write checks its permission, parses its input, and writes its audit entry in the
// same transaction. Calls and applications carry a version (a stale one is a conflict; the form keeps the
// text); creating forms carry an idempotency key. The workflow's steps are policy.ts; the sum granted in a
// call never exceeds its budget: a decision locks the call's row (SELECT … FOR UPDATE), sums what is
// granted and writes in the same transaction, so parallel decisions are serialised.

type Tx = Prisma.TransactionClient;

/** A DATE column's value for "YYYY-MM-DD". */
export function dbDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

const callSelect = { id: true, year: true, title: true, budget: true, rules: true, deadline: true, version: true } as const satisfies Prisma.GrantCallSelect;

function callData(input: { year: number; title: string; budget: number; rules?: string; deadline?: string }) {
  return { year: input.year, title: input.title, budget: input.budget, rules: input.rules ?? null, deadline: input.deadline ? dbDate(input.deadline) : null };
}

/** Locks the call's row for the rest of the transaction and returns its budget and the sum granted. */
async function lockCall(tx: Tx, callId: string) {
  const rows = await tx.$queryRaw<Array<{ budget: number }>>`SELECT "budget" FROM "GrantCall" WHERE "id" = ${callId}::uuid FOR UPDATE`;
  if (rows.length === 0) throw new NotFoundError();
  const granted = await tx.grantApplication.aggregate({ where: { callId, status: { in: [...COUNTS_AGAINST_BUDGET] } }, _sum: { amountGranted: true } });
  return { budget: rows[0].budget, granted: granted._sum.amountGranted ?? 0 };
}

export async function createGrantCall(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "grant.manage");
  const input = parseInput(createCallSchema, rawInput);
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "grant.callCreate" }, async () => {
      if (await tx.grantCall.findUnique({ where: { year_title: { year: input.year, title: input.title } }, select: { id: true } })) {
        throw new ValidationError({ title: [{ key: "grantCallTaken" }] });
      }
      const call = await tx.grantCall.create({ data: { ...callData(input), createdById: actor.id }, select: callSelect });
      await writeAudit(tx, { actorId: actor.id, action: "grant.callCreate", entityType: "GrantCall", entityId: call.id, after: call });
      return { id: call.id, callId: call.id };
    }),
  );
}

export async function updateGrantCall(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "grant.manage");
  const { id, version, ...input } = parseInput(updateCallSchema, rawInput);
  return db.$transaction(async (tx) => {
    const before = await tx.grantCall.findUnique({ where: { id }, select: callSelect });
    if (!before) throw new NotFoundError();
    const other = await tx.grantCall.findUnique({ where: { year_title: { year: input.year, title: input.title } }, select: { id: true } });
    if (other && other.id !== id) throw new ValidationError({ title: [{ key: "grantCallTaken" }] });
    const { granted } = await lockCall(tx, id);
    if (input.budget < granted) throw new ValidationError({ budget: [{ key: "budgetBelowGranted" }] });
    const { count } = await tx.grantCall.updateMany({ where: { id, version }, data: { ...callData(input), version: { increment: 1 } } });
    if (count === 0) throw new ConflictError("staleVersion");
    const after = await tx.grantCall.findUniqueOrThrow({ where: { id }, select: callSelect });
    await writeAudit(tx, { actorId: actor.id, action: "grant.callUpdate", entityType: "GrantCall", entityId: id, before, after });
    return { id, callId: id, version: after.version };
  });
}

export async function createGrantApplication(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "grant.manage");
  const input = parseInput(createApplicationSchema, rawInput);
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "grant.applicationCreate" }, async () => {
      if (!(await tx.grantCall.findUnique({ where: { id: input.callId }, select: { id: true } }))) throw new NotFoundError();
      const application = await tx.grantApplication.create({
        data: {
          callId: input.callId,
          organisation: input.organisation,
          organisationIco: input.organisationIco ?? null,
          contactEmail: input.contactEmail ?? null,
          project: input.project,
          description: input.description ?? null,
          amountRequested: input.amountRequested,
          submittedOn: dbDate(input.submittedOn),
          createdById: actor.id,
        },
        select: { id: true, callId: true, organisation: true, project: true, amountRequested: true, submittedOn: true, status: true },
      });
      // The audit entry holds no contact e-mail: only which fields were filled.
      await writeAudit(tx, { actorId: actor.id, action: "grant.applicationCreate", entityType: "GrantApplication", entityId: application.id, after: application });
      return { id: application.id, callId: input.callId };
    }),
  );
}

const stepSelect = {
  id: true,
  callId: true,
  status: true,
  version: true,
  score: true,
  amountRequested: true,
  amountGranted: true,
  resolutionId: true,
  amountPaid: true,
  paidOn: true,
  reportDue: true,
  reportReceivedOn: true,
  amountUsed: true,
  amountToReturn: true,
} as const satisfies Prisma.GrantApplicationSelect;

/**
 * One workflow step: permission (policy's table), the current row, the status check, `change` (which may
 * check more inside the transaction), a versioned update and the audit entry.
 */
async function takeStep(
  actor: Actor | null,
  step: GrantStep,
  input: { id: string; version: number },
  change: (tx: Tx, current: Prisma.GrantApplicationGetPayload<{ select: typeof stepSelect }>, now: Date) => Promise<Prisma.GrantApplicationUncheckedUpdateManyInput & { status: GrantStatus }>,
  note?: Record<string, unknown>,
) {
  requirePermission(actor, STEP_PERMISSION[step]);
  const now = new Date();
  return db.$transaction(async (tx) => {
    const current = await tx.grantApplication.findUnique({ where: { id: input.id }, select: stepSelect });
    if (!current) throw new NotFoundError();
    if (current.version !== input.version) throw new ConflictError("staleVersion");
    if (!canTake(step, current.status)) throw new PreconditionError("grantStepNotAllowed");
    const data = await change(tx, current, now);
    const { count } = await tx.grantApplication.updateMany({ where: { id: input.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError("staleVersion");
    const after = await tx.grantApplication.findUniqueOrThrow({ where: { id: input.id }, select: stepSelect });
    await writeAudit(tx, { actorId: actor!.id, action: `grant.${step}`, entityType: "GrantApplication", entityId: input.id, before: current, after: { ...after, ...note } });
    return { id: input.id, callId: current.callId, version: after.version, status: after.status };
  });
}

export async function evaluateGrantApplication(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "grant.manage");
  const input = parseInput(evaluateSchema, rawInput);
  return takeStep(actor, "evaluate", input, async (_tx, _current, now) => ({
    status: nextStatus("evaluate"),
    score: input.score,
    evaluation: input.evaluation,
    evaluatedById: actor.id,
    evaluatedAt: now,
  }));
}

export async function decideGrantApplication(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "grant.decide");
  const input = parseInput(decideSchema, rawInput);
  return takeStep(actor, "decide", input, async (tx, current, now) => {
    if (input.resolutionId && !(await tx.councilResolution.findUnique({ where: { id: input.resolutionId }, select: { id: true } }))) {
      throw new ValidationError({ resolutionId: [{ key: "invalidChoice" }] });
    }
    const base = { decidedById: actor.id, decidedAt: now, conditions: input.conditions ?? null, resolutionId: input.resolutionId ?? null };
    if (input.outcome === "REJECTED") return { ...base, status: nextStatus("decide", "REJECTED"), amountGranted: null };
    const amount = input.amountGranted as number;
    const { budget, granted } = await lockCall(tx, current.callId);
    if (!fitsBudget(budget, granted, amount)) throw new ValidationError({ amountGranted: [{ key: "overBudget", values: { left: (budget - granted) / 100 } }] });
    return { ...base, status: nextStatus("decide", "GRANTED"), amountGranted: amount };
  });
}

export async function recordGrantPayment(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "grant.manage");
  const input = parseInput(paySchema, rawInput);
  return takeStep(actor, "pay", input, async (_tx, current) => {
    if (input.amountPaid > (current.amountGranted ?? 0)) throw new ValidationError({ amountPaid: [{ key: "paidOverGranted" }] });
    return { status: nextStatus("pay"), amountPaid: input.amountPaid, paidOn: dbDate(input.paidOn), reportDue: dbDate(input.reportDue) };
  });
}

export async function receiveGrantReport(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "grant.manage");
  const input = parseInput(receiveReportSchema, rawInput);
  return takeStep(actor, "receiveReport", input, async () => ({
    status: nextStatus("receiveReport"),
    reportReceivedOn: dbDate(input.reportReceivedOn),
    amountUsed: input.amountUsed,
    reportNote: input.reportNote ?? null,
  }));
}

/** The check of use: the report is accepted, or the unused or misused part must be returned. */
export async function checkGrantReport(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "grant.manage");
  const input = parseInput(checkReportSchema, rawInput);
  return takeStep(actor, "checkReport", input, async (_tx, current, now) => {
    if (input.outcome === "RETURN_REQUIRED" && (input.amountToReturn ?? 0) > (current.amountPaid ?? 0)) {
      throw new ValidationError({ amountToReturn: [{ key: "returnOverPaid" }] });
    }
    return {
      status: nextStatus("checkReport", input.outcome),
      checkNote: input.checkNote ?? null,
      amountToReturn: input.outcome === "RETURN_REQUIRED" ? (input.amountToReturn ?? null) : null,
      checkedById: actor.id,
      checkedAt: now,
    };
  });
}

/** For pages: may the actor take grant steps at all (used to hide forms). */
export function grantAbilities(actor: Actor | null) {
  return { manage: can(actor, "grant.manage"), decide: can(actor, "grant.decide") };
}
