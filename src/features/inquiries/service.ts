import "server-only";
import { nextEditorialDeadline } from "@/features/media-contacts/edition";
import { contactSearchText, nameKeyOf } from "@/features/media-contacts/normalize";
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { notify } from "@/features/notifications/service";
import { cityDateTimeToDate } from "@/features/press-releases/schema";
import { getOfficeSettings } from "@/features/settings/queries";
import { writeAudit } from "@/server/audit";
import { type Actor, PERMISSIONS, requirePermission } from "@/server/authz/permissions";
import { config } from "@/server/config";
import { db } from "@/server/db";
import { ConflictError, ForbiddenError, NotFoundError, PreconditionError, ValidationError } from "@/server/errors";
import { once } from "@/server/idempotency";
import { enqueueJob } from "@/server/jobs/queue";
import { parseInput } from "@/server/validation";
import { foiDeadline } from "./foi";
import { canApprove, defaultOwner, type InquiryAction, isAllowedFrom, isSpokespersonAway, statusAfter } from "./policy";
import {
  assignSchema,
  consultationResponseSchema,
  consultSchema,
  createInquirySchema,
  DEFAULT_DEADLINE_HOURS,
  draftSchema,
  inquiryRefSchema,
  linkSchema,
  recordGivenSchema,
  reuseAnswerSchema,
  sendAnswerSchema,
  updateInquirySchema,
} from "./schema";
import { calendarDateToDbDate, cityCalendarDate, cityIsoDate, endOfCityDay } from "./time";

type Tx = Prisma.TransactionClient;

export const INQUIRY_ANSWER_JOB = "inquiry.sendAnswer";
/** Runs of the send job while the SMTP server cannot be reached (backoff), then FAILED "smtpUnavailable". */
export const INQUIRY_ANSWER_JOB_MAX_ATTEMPTS = 8;
const ENTITY = "Inquiry";

// What a step needs to know, and what its audit entry shows (the texts are in the row, not the log).
const stateSelect = {
  id: true,
  number: true,
  subject: true,
  status: true,
  ownerId: true,
  standInId: true,
  deadline: true,
  isFoiRequest: true,
  foiDeadline: true,
  answerDraft: true,
  answerApprovedById: true,
  answerApprovedAt: true,
  answeredAt: true,
  answerChannel: true,
  sentStatus: true,
  sentError: true,
  releaseId: true,
  clippingUrl: true,
  version: true,
} as const satisfies Prisma.InquirySelect;
type InquiryState = Prisma.InquiryGetPayload<{ select: typeof stateSelect }>;

/** Logs a new inquiry: numbered per year, FOI deadline computed, owner by the stand-in rule. */
export async function createInquiry(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, "inquiry.manage");
  const input = parseInput(createInquirySchema, rawInput);
  const timeZone = config().CITY_TIME_ZONE;
  const receivedAt = cityDateTimeToDate(input.receivedAt, timeZone);
  if (receivedAt.getTime() > now.getTime() + 5 * 60_000) throw new ValidationError({ receivedAt: [{ key: "receivedInFuture" }] });
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "inquiry.create" }, async () => {
      const settings = await getOfficeSettings(tx);
      const foi = input.isFoiRequest ? foiDeadline(cityCalendarDate(receivedAt, timeZone), settings.foiLaw) : null;
      let contactId = input.contactId ?? null;
      let outletId = input.outletId ?? null;
      if (contactId) {
        const contact = await tx.mediaContact.findUnique({ where: { id: contactId }, select: { outletId: true } });
        if (!contact) throw new ValidationError({ contactId: [{ key: "invalidChoice" }] });
        outletId ??= contact.outletId;
      }
      const outlet = outletId ? await tx.mediaOutlet.findUnique({ where: { id: outletId }, select: { deadlineDays: true, deadlineTime: true } }) : null;
      if (outletId && !outlet) throw new ValidationError({ outletId: [{ key: "invalidChoice" }] });
      // Unless given: the law's deadline for a formal request, else the outlet's next editorial deadline
      // (what the journalist needs the answer for), else 24 hours.
      const deadline = input.deadline
        ? cityDateTimeToDate(input.deadline, timeZone)
        : foi
          ? endOfCityDay(foi, timeZone)
          : ((outlet && nextEditorialDeadline(receivedAt, outlet, timeZone)) ?? new Date(receivedAt.getTime() + DEFAULT_DEADLINE_HOURS * 3_600_000));
      if (deadline.getTime() < receivedAt.getTime()) throw new ValidationError({ deadline: [{ key: "deadlineBeforeReceipt" }] });
      if (input.topicId && !(await tx.topic.findUnique({ where: { id: input.topicId }, select: { id: true } }))) {
        throw new ValidationError({ topicId: [{ key: "invalidChoice" }] });
      }
      if (input.ownerId) await requireStaff(tx, input.ownerId, "ownerId");
      if (!contactId && input.saveContact && input.requesterEmail && input.requesterName) {
        contactId = await findOrCreateContact(tx, actor, { name: input.requesterName, email: input.requesterEmail, outletId, legalBasis: input.legalBasis ?? "" });
      }

      const away = isSpokespersonAway(settings, cityIsoDate(now, timeZone));
      const head = away ? await tx.user.findFirst({ where: { isActive: true, roles: { has: "HEAD_OF_OFFICE" } }, orderBy: { name: "asc" }, select: { id: true } }) : null;
      const standInSetting = settings.inquiryStandInId && (await tx.user.findFirst({ where: { id: settings.inquiryStandInId, isActive: true }, select: { id: true } }));
      const { ownerId, standInId } = defaultOwner({
        away,
        standInId: standInSetting ? settings.inquiryStandInId : null,
        headId: head?.id ?? null,
        chosenOwnerId: input.ownerId,
        actorId: actor.id,
      });

      const number = await nextNumber(tx, Number(cityIsoDate(receivedAt, timeZone).slice(0, 4)));
      const inquiry = await tx.inquiry.create({
        data: {
          number,
          contactId,
          outletId,
          requesterName: contactId ? null : (input.requesterName ?? null),
          requesterEmail: contactId ? null : (input.requesterEmail ?? null),
          channel: input.channel,
          receivedAt,
          subject: input.subject,
          question: input.question,
          topicId: input.topicId ?? null,
          deadline,
          isFoiRequest: input.isFoiRequest,
          foiDeadline: foi ? calendarDateToDbDate(foi) : null,
          foiLaw: foi ? settings.foiLaw : null,
          ownerId,
          standInId,
          createdById: actor.id,
        },
        select: stateSelect,
      });
      await writeAudit(tx, { actorId: actor.id, action: "inquiry.create", entityType: ENTITY, entityId: inquiry.id, after: { ...inquiry, contactId, outletId, away } });
      await notifyOwner(tx, actor, inquiry, ownerId);
      return { id: inquiry.id, number: inquiry.number, version: inquiry.version, status: inquiry.status };
    }),
  );
}

export async function updateInquiry(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "inquiry.manage");
  const input = parseInput(updateInquirySchema, rawInput);
  const timeZone = config().CITY_TIME_ZONE;
  return step(actor, input, "edit", async (tx, current) => {
    if (input.topicId && !(await tx.topic.findUnique({ where: { id: input.topicId }, select: { id: true } }))) {
      throw new ValidationError({ topicId: [{ key: "invalidChoice" }] });
    }
    const row = await tx.inquiry.findUniqueOrThrow({ where: { id: current.id }, select: { receivedAt: true, foiLaw: true } });
    const deadline = cityDateTimeToDate(input.deadline, timeZone);
    if (deadline.getTime() < row.receivedAt.getTime()) throw new ValidationError({ deadline: [{ key: "deadlineBeforeReceipt" }] });
    const settings = await getOfficeSettings(tx);
    const law = (row.foiLaw as typeof settings.foiLaw | null) ?? settings.foiLaw;
    const foi = input.isFoiRequest ? foiDeadline(cityCalendarDate(row.receivedAt, timeZone), law) : null;
    const after = await guardedUpdate(tx, current, {
      subject: input.subject,
      question: input.question,
      topicId: input.topicId ?? null,
      deadline,
      isFoiRequest: input.isFoiRequest,
      foiDeadline: foi ? calendarDateToDbDate(foi) : null,
      foiLaw: foi ? law : null,
    });
    await audit(tx, actor, "inquiry.update", current, after);
    return result(after);
  });
}

export async function assignInquiry(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "inquiry.manage");
  const input = parseInput(assignSchema, rawInput);
  return step(actor, input, "assign", async (tx, current) => {
    await requireStaff(tx, input.ownerId, "ownerId");
    if (input.standInId) await requireStaff(tx, input.standInId, "standInId");
    const after = await guardedUpdate(tx, current, {
      ownerId: input.ownerId,
      standInId: input.standInId ?? current.standInId,
      status: statusAfter("assign", current.status),
    });
    await audit(tx, actor, "inquiry.assign", current, after);
    await notifyOwner(tx, actor, after, input.ownerId);
    return result(after);
  });
}

/** Asks a department for the facts: a consultation row, and the inquiry waits for the department. */
export async function consultDepartment(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, "inquiry.manage");
  const input = parseInput(consultSchema, rawInput);
  const askedAt = input.askedAt ? cityDateTimeToDate(input.askedAt, config().CITY_TIME_ZONE) : now;
  return step(actor, input, "consult", async (tx, current) => {
    const consultation = await tx.inquiryConsultation.create({
      data: { inquiryId: current.id, department: input.department, person: input.person ?? null, askedAt, createdById: actor.id },
      select: { id: true, department: true, person: true, askedAt: true },
    });
    const after = await guardedUpdate(tx, current, { status: statusAfter("consult", current.status) });
    await audit(tx, actor, "inquiry.consult", current, { ...after, consultation });
    return { ...result(after), consultationId: consultation.id };
  });
}

/** What the department said; with no consultation left open, the work goes on (IN_PROGRESS). */
export async function recordConsultationResponse(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, "inquiry.manage");
  const input = parseInput(consultationResponseSchema, rawInput);
  const answeredAt = input.answeredAt ? cityDateTimeToDate(input.answeredAt, config().CITY_TIME_ZONE) : now;
  return step(actor, input, "consultationResponse", async (tx, current) => {
    const { count } = await tx.inquiryConsultation.updateMany({
      where: { id: input.consultationId, inquiryId: current.id },
      data: { response: input.response, answeredAt },
    });
    if (count === 0) throw new ValidationError({ consultationId: [{ key: "invalidChoice" }] });
    const open = await tx.inquiryConsultation.count({ where: { inquiryId: current.id, answeredAt: null } });
    const after = await guardedUpdate(tx, current, { status: open === 0 ? "IN_PROGRESS" : current.status });
    await audit(tx, actor, "inquiry.consultationResponse", current, { ...after, consultationId: input.consultationId });
    return result(after);
  });
}

/** Saves the answer draft; a changed text needs a new approval (what was approved is what goes out). */
export async function saveAnswerDraft(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "inquiry.manage");
  const input = parseInput(draftSchema, rawInput);
  return step(actor, input, "draft", async (tx, current) => {
    const after = await guardedUpdate(tx, current, draftData(current, input.answerDraft));
    await audit(tx, actor, "inquiry.draft", current, after);
    return result(after);
  });
}

/** "Use this answer" from the answer bank: an earlier ANSWERED/CLOSED inquiry's answer becomes the draft. */
export async function reuseAnswer(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "inquiry.manage");
  const input = parseInput(reuseAnswerSchema, rawInput);
  return step(actor, input, "draft", async (tx, current) => {
    const source = await tx.inquiry.findFirst({
      where: { id: input.sourceId, status: { in: ["ANSWERED", "CLOSED"] }, answerDraft: { not: null } },
      select: { id: true, number: true, answerDraft: true },
    });
    if (!source?.answerDraft) throw new ValidationError({ sourceId: [{ key: "invalidChoice" }] });
    const after = await guardedUpdate(tx, current, draftData(current, source.answerDraft));
    await audit(tx, actor, "inquiry.draft", current, { ...after, reusedFrom: source.number });
    return result(after);
  });
}

/** The spokesperson (or the head; while away, the stand-in) approves the draft as it is. */
export async function approveAnswer(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, "inquiry.manage");
  const input = parseInput(inquiryRefSchema, rawInput);
  return step(actor, input, "approve", async (tx, current) => {
    await requireAnswerer(tx, actor, current, now);
    if (!current.answerDraft?.trim()) throw new PreconditionError("inquiryNoDraft");
    if (current.answerApprovedAt) throw new PreconditionError("inquiryAlreadyApproved");
    const after = await guardedUpdate(tx, current, { answerApprovedById: actor.id, answerApprovedAt: now });
    await audit(tx, actor, "inquiry.approve", current, after);
    return result(after);
  });
}

/**
 * Sends the approved answer by e-mail: the inquiry is ANSWERED now, and the job (exactly once, jobs.ts)
 * delivers it; sentStatus shows QUEUED → SENT or FAILED.
 */
export async function sendAnswer(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, "inquiry.manage");
  const input = parseInput(sendAnswerSchema, rawInput);
  return step(actor, input, "send", async (tx, current) => {
    await requireAnswerer(tx, actor, current, now);
    if (!current.answerApprovedAt) throw new PreconditionError("inquiryNotApproved");
    const after = await guardedUpdate(tx, current, {
      status: "ANSWERED",
      answeredAt: now,
      answerChannel: "EMAIL",
      answerEmail: input.to,
      sentStatus: "QUEUED",
      sentMessageId: null,
      sentError: null,
      sentAt: null,
    });
    await enqueueJob(tx, {
      kind: INQUIRY_ANSWER_JOB,
      payload: { inquiryId: current.id },
      dedupeKey: `inquiry-answer:${current.id}:${after.version}`,
      maxAttempts: INQUIRY_ANSWER_JOB_MAX_ATTEMPTS,
    });
    await audit(tx, actor, "inquiry.send", current, { ...after, to: input.to });
    return result(after);
  });
}

/**
 * Sends a FAILED answer e-mail again (the address may be corrected). Only a person does this: after an
 * "interrupted" send the journalist may get a second copy, which the page says.
 */
export async function resendAnswer(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, "inquiry.manage");
  const input = parseInput(sendAnswerSchema, rawInput);
  return step(actor, input, "resend", async (tx, current) => {
    await requireAnswerer(tx, actor, current, now);
    if (current.sentStatus !== "FAILED") throw new PreconditionError("inquiryNotFailed");
    const after = await guardedUpdate(tx, current, { answerEmail: input.to, sentStatus: "QUEUED", sentMessageId: null, sentError: null, sentAt: null });
    await enqueueJob(tx, {
      kind: INQUIRY_ANSWER_JOB,
      payload: { inquiryId: current.id },
      dedupeKey: `inquiry-answer:${current.id}:${after.version}`,
      maxAttempts: INQUIRY_ANSWER_JOB_MAX_ATTEMPTS,
    });
    await audit(tx, actor, "inquiry.resend", current, { ...after, to: input.to, previousError: current.sentError });
    return result(after);
  });
}

/** The answer was given by phone, in person or on social media: recorded, nothing is sent. */
export async function recordAnswerGiven(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, "inquiry.manage");
  const input = parseInput(recordGivenSchema, rawInput);
  const answeredAt = input.answeredAt ? cityDateTimeToDate(input.answeredAt, config().CITY_TIME_ZONE) : now;
  if (answeredAt.getTime() > now.getTime() + 5 * 60_000) throw new ValidationError({ answeredAt: [{ key: "answeredInFuture" }] });
  return step(actor, input, "recordGiven", async (tx, current) => {
    await requireAnswerer(tx, actor, current, now);
    if (!current.answerDraft?.trim()) throw new PreconditionError("inquiryNoDraft");
    const after = await guardedUpdate(tx, current, {
      status: "ANSWERED",
      answeredAt,
      answerChannel: input.answerChannel,
      // Who gave the answer approved it, if nobody had.
      ...(current.answerApprovedAt ? {} : { answerApprovedById: actor.id, answerApprovedAt: now }),
    });
    await audit(tx, actor, "inquiry.recordGiven", current, after);
    return result(after);
  });
}

export async function closeInquiry(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, "inquiry.manage");
  const input = parseInput(inquiryRefSchema, rawInput);
  return step(actor, input, "close", async (tx, current) => {
    const after = await guardedUpdate(tx, current, { status: "CLOSED", closedAt: now });
    await audit(tx, actor, "inquiry.close", current, after);
    return result(after);
  });
}

/** Links the release or the article (clipping URL) that came of the inquiry; allowed in every status. */
export async function linkInquiry(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "inquiry.manage");
  const input = parseInput(linkSchema, rawInput);
  return step(actor, input, "link", async (tx, current) => {
    if (input.releaseId && !(await tx.pressRelease.findUnique({ where: { id: input.releaseId }, select: { id: true } }))) {
      throw new ValidationError({ releaseId: [{ key: "invalidChoice" }] });
    }
    const after = await guardedUpdate(tx, current, { releaseId: input.releaseId ?? null, clippingUrl: input.clippingUrl ?? null });
    await audit(tx, actor, "inquiry.link", current, after);
    return result(after);
  });
}

// ---------------------------------------------------------------------------------------------------

/** One step in one transaction: the current row, its version, and the workflow's allowed statuses. */
async function step<T>(actor: Actor, ref: { id: string; version: number }, action: InquiryAction, work: (tx: Tx, current: InquiryState) => Promise<T>) {
  return db.$transaction(async (tx) => {
    const current = await tx.inquiry.findUnique({ where: { id: ref.id }, select: stateSelect });
    if (!current) throw new NotFoundError();
    if (current.version !== ref.version) throw new ConflictError("staleVersion");
    if (!isAllowedFrom(action, current.status)) throw new PreconditionError("inquiryWrongStatus");
    return work(tx, current);
  });
}

/** Changes the row only if nobody changed it since it was read (same version and status). */
async function guardedUpdate(tx: Tx, current: InquiryState, data: Prisma.InquiryUncheckedUpdateManyInput): Promise<InquiryState> {
  const { count } = await tx.inquiry.updateMany({ where: { id: current.id, version: current.version, status: current.status }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new ConflictError("staleVersion");
  return tx.inquiry.findUniqueOrThrow({ where: { id: current.id }, select: stateSelect });
}

function draftData(current: InquiryState, answerDraft: string): Prisma.InquiryUncheckedUpdateManyInput {
  const changed = answerDraft !== current.answerDraft;
  return {
    answerDraft,
    status: statusAfter("draft", current.status),
    ...(changed ? { answerApprovedById: null, answerApprovedAt: null } : {}),
  };
}

async function requireAnswerer(tx: Tx, actor: Actor, current: InquiryState, now: Date) {
  const settings = await getOfficeSettings(tx);
  const away = isSpokespersonAway(settings, cityIsoDate(now, config().CITY_TIME_ZONE));
  if (!canApprove(actor, current, away)) throw new ForbiddenError();
}

/** The owner and the stand-in are active staff of the desk (inquiry.manage). */
async function requireStaff(tx: Tx, userId: string, field: string) {
  const user = await tx.user.findFirst({ where: { id: userId, isActive: true, roles: { hasSome: [...PERMISSIONS["inquiry.manage"]] } }, select: { id: true } });
  if (!user) throw new ValidationError({ [field]: [{ key: "invalidChoice" }] });
}

/** "D-2026-0042": one atomic upsert per number, so two inquiries logged at once never share one. */
async function nextNumber(tx: Tx, year: number): Promise<string> {
  const [{ last }] = await tx.$queryRaw<Array<{ last: number }>>`
    INSERT INTO "InquiryCounter" ("year", "last") VALUES (${year}::int, 1)
    ON CONFLICT ("year") DO UPDATE SET "last" = "InquiryCounter"."last" + 1
    RETURNING "last"`;
  return `D-${year}-${String(last).padStart(4, "0")}`;
}

/** The minimal inline "new contact": name, e-mail, outlet and the legal basis for keeping the data. */
async function findOrCreateContact(tx: Tx, actor: Actor, contact: { name: string; email: string; outletId: string | null; legalBasis: string }): Promise<string> {
  // An erased contact's e-mail is a tombstone address, so a known address is a live contact.
  const existing = await tx.mediaContact.findUnique({ where: { email: contact.email }, select: { id: true } });
  if (existing) return existing.id;
  const created = await tx.mediaContact.create({
    data: {
      ...contact,
      beats: [],
      languages: ["cs"],
      unsubscribeToken: randomBytes(24).toString("base64url"),
      // What the contacts search and the duplicate finder read (media-contacts/normalize.ts).
      searchText: contactSearchText({ name: contact.name, email: contact.email }),
      nameKey: nameKeyOf(contact.name),
    },
    select: { id: true, name: true, email: true, outletId: true, legalBasis: true },
  });
  await writeAudit(tx, { actorId: actor.id, action: "mediaContact.create", entityType: "MediaContact", entityId: created.id, after: { ...created, via: "inquiry" } });
  return created.id;
}

async function notifyOwner(tx: Tx, actor: Actor, inquiry: { id: string; number: string; subject: string }, ownerId: string | null) {
  if (!ownerId || ownerId === actor.id) return;
  await notify(tx, [ownerId], {
    kind: "inquiryAssigned",
    values: { number: inquiry.number, subject: inquiry.subject, actorName: actor.name },
    entityType: ENTITY,
    entityId: inquiry.id,
  });
}

function audit(tx: Tx, actor: Actor, action: string, before: InquiryState, after: unknown) {
  return writeAudit(tx, { actorId: actor.id, action, entityType: ENTITY, entityId: before.id, before, after });
}

function result(state: InquiryState) {
  return { id: state.id, number: state.number, version: state.version, status: state.status };
}
