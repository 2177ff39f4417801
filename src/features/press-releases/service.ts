import "server-only";
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { getOfficeSettings } from "@/features/settings/queries";
import { notify } from "@/features/notifications/service";
import { writeAudit } from "@/server/audit";
import { type Actor, PERMISSIONS, requirePermission } from "@/server/authz/permissions";
import { config } from "@/server/config";
import { db } from "@/server/db";
import { ConflictError, ForbiddenError, NotFoundError, PreconditionError, ValidationError } from "@/server/errors";
import { once } from "@/server/idempotency";
import { parseInput } from "@/server/validation";
import { approvalDecision, canComment, canEdit, canPublish, canSubmit, isAllowedFrom, type ReleaseAction, visibleWhere } from "./policy";
import { sanitizeRichText } from "./sanitize";
import {
  cityDateTimeToDate,
  commentSchema,
  correctSchema,
  createPressReleaseSchema,
  releaseRefSchema,
  requestChangesSchema,
  scheduleSchema,
  updatePressReleaseSchema,
  withdrawSchema,
} from "./schema";
import { firstFreeSlug, slugify } from "./slug";

type Tx = Prisma.TransactionClient;

// What a step needs to know of the release, and what its audit entry shows (no body: it is in revisions).
const stateSelect = {
  id: true,
  translationGroupId: true,
  language: true,
  slug: true,
  title: true,
  status: true,
  authorId: true,
  contactPersonId: true,
  approvedById: true,
  approvedAt: true,
  publishAt: true,
  embargoUntil: true,
  publishedAt: true,
  withdrawalReason: true,
  correctionNote: true,
  version: true,
} as const satisfies Prisma.PressReleaseSelect;
type ReleaseState = Prisma.PressReleaseGetPayload<{ select: typeof stateSelect }>;

const ENTITY = "PressRelease";

export async function createPressRelease(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "pressRelease.draft");
  const input = parseInput(createPressReleaseSchema, rawInput);
  const bodyHtml = sanitizeRichText(input.bodyHtml);
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "pressRelease.create" }, async () => {
      const id = uuidv7();
      let translationGroupId = id;
      if (input.translationOfId) {
        const source = await tx.pressRelease.findFirst({
          where: { id: input.translationOfId, ...visibleWhere(actor) },
          select: { translationGroupId: true },
        });
        if (!source) throw new ValidationError({ translationOfId: [{ key: "invalidChoice" }] });
        translationGroupId = source.translationGroupId;
        await requireFreeLanguage(tx, translationGroupId, input.language);
      }
      await requireKnownReferences(tx, input);
      const slug = await uniqueSlug(tx, input.title);
      const release = await tx.pressRelease.create({
        data: {
          id,
          translationGroupId,
          language: input.language,
          slug,
          title: input.title,
          perex: input.perex,
          bodyHtml,
          dateline: input.dateline ?? null,
          authorId: actor.id,
          contactPersonId: input.contactPersonId ?? null,
          topics: { createMany: { data: input.topicIds.map((topicId) => ({ topicId })), skipDuplicates: true } },
          resolutions: { createMany: { data: input.resolutionIds.map((resolutionId) => ({ resolutionId })), skipDuplicates: true } },
        },
        select: stateSelect,
      });
      await writeRevision(tx, release.id, actor.id, { title: input.title, perex: input.perex, bodyHtml, dateline: input.dateline ?? null });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "pressRelease.create",
        entityType: ENTITY,
        entityId: release.id,
        after: { ...release, topicIds: input.topicIds, resolutionIds: input.resolutionIds },
      });
      return { id: release.id, version: release.version, status: release.status };
    }),
  );
}

/**
 * Saves the text, topics and resolutions (a new revision every time). Editing an APPROVED release
 * sends it back to DRAFT and clears the approval, its channel variants' approvals too: what was
 * approved is not what would go out.
 */
export async function updatePressRelease(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "pressRelease.draft");
  const input = parseInput(updatePressReleaseSchema, rawInput);
  const bodyHtml = sanitizeRichText(input.bodyHtml);
  return step(actor, input, "edit", async (tx, current) => {
    if (!canEdit(actor, current)) throw new ForbiddenError();
    const language = input.language ?? current.language;
    if (language !== current.language) await requireFreeLanguage(tx, current.translationGroupId, language);
    await requireKnownReferences(tx, input);
    const neverPublished = current.publishedAt === null;
    const slug = neverPublished && input.title !== current.title ? await uniqueSlug(tx, input.title, current.id) : current.slug;
    const after = await guardedUpdate(tx, current, {
      title: input.title,
      perex: input.perex,
      bodyHtml,
      dateline: input.dateline ?? null,
      language,
      contactPersonId: input.contactPersonId ?? null,
      slug,
      ...(current.status === "APPROVED" ? { status: "DRAFT", approvedById: null, approvedAt: null } : {}),
    });
    await tx.pressReleaseTopic.deleteMany({ where: { pressReleaseId: current.id } });
    await tx.pressReleaseTopic.createMany({ data: input.topicIds.map((topicId) => ({ pressReleaseId: current.id, topicId })), skipDuplicates: true });
    await tx.pressReleaseResolution.deleteMany({ where: { pressReleaseId: current.id } });
    await tx.pressReleaseResolution.createMany({
      data: input.resolutionIds.map((resolutionId) => ({ pressReleaseId: current.id, resolutionId })),
      skipDuplicates: true,
    });
    // The channel variants were approved against the approved text: they need a new look too.
    const variantsUnapproved =
      current.status === "APPROVED"
        ? (
            await tx.channelVariant.updateMany({
              where: { pressReleaseId: current.id, approvedAt: { not: null } },
              data: { approvedById: null, approvedAt: null, version: { increment: 1 } },
            })
          ).count
        : 0;
    const revision = await writeRevision(tx, current.id, actor.id, { title: input.title, perex: input.perex, bodyHtml, dateline: input.dateline ?? null });
    await audit(tx, actor, "pressRelease.update", current, {
      ...after,
      revision,
      topicIds: input.topicIds,
      resolutionIds: input.resolutionIds,
      ...(variantsUnapproved > 0 ? { variantsUnapproved } : {}),
    });
    return { id: current.id, version: after.version, status: after.status };
  });
}

export async function submitForReview(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "pressRelease.draft");
  const input = parseInput(releaseRefSchema, rawInput);
  return step(actor, input, "submit", async (tx, current) => {
    if (!canSubmit(actor, current)) throw new ForbiddenError();
    const after = await guardedUpdate(tx, current, { status: "IN_REVIEW", submittedAt: new Date() });
    await audit(tx, actor, "pressRelease.submit", current, after);
    const reviewers = await tx.user.findMany({
      where: { isActive: true, roles: { hasSome: [...PERMISSIONS["pressRelease.approve"]] }, id: { notIn: [current.authorId, actor.id] } },
      select: { id: true },
    });
    await notify(tx, reviewers.map((user) => user.id), releaseMessage("pressReleaseSubmitted", current, actor));
    return { id: current.id, version: after.version, status: after.status };
  });
}

export async function requestChanges(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "pressRelease.approve");
  const input = parseInput(requestChangesSchema, rawInput);
  return step(actor, input, "requestChanges", async (tx, current) => {
    await requireReviewer(tx, actor, current);
    const after = await guardedUpdate(tx, current, { status: "CHANGES_REQUESTED" });
    await tx.pressReleaseComment.create({ data: { pressReleaseId: current.id, authorId: actor.id, kind: "CHANGES_REQUESTED", body: input.reason } });
    await audit(tx, actor, "pressRelease.requestChanges", current, { ...after, reason: input.reason });
    await notify(tx, otherThan(actor, [current.authorId]), releaseMessage("pressReleaseChangesRequested", current, actor));
    return { id: current.id, version: after.version, status: after.status };
  });
}

/** Four eyes (policy.ts): the use of the spokesperson's exception is recorded in the audit entry. */
export async function approvePressRelease(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "pressRelease.approve");
  const input = parseInput(releaseRefSchema, rawInput);
  return step(actor, input, "approve", async (tx, current) => {
    const selfApproved = await requireReviewer(tx, actor, current);
    const after = await guardedUpdate(tx, current, { status: "APPROVED", approvedById: actor.id, approvedAt: new Date() });
    await tx.pressReleaseComment.create({ data: { pressReleaseId: current.id, authorId: actor.id, kind: "APPROVED", body: "" } });
    await audit(tx, actor, "pressRelease.approve", current, { ...after, ...(selfApproved ? { selfApproved: true } : {}) });
    await notify(tx, otherThan(actor, [current.authorId]), releaseMessage("pressReleaseApproved", current, actor));
    return { id: current.id, version: after.version, status: after.status, selfApproved };
  });
}

/** APPROVED (or already SCHEDULED: a new time) → SCHEDULED; the job publishes it at publishAt. */
export async function schedulePublication(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, "pressRelease.publish");
  const input = parseInput(scheduleSchema, rawInput);
  const timeZone = config().CITY_TIME_ZONE;
  const publishAt = cityDateTimeToDate(input.publishAt, timeZone);
  const embargoUntil = input.embargoUntil ? cityDateTimeToDate(input.embargoUntil, timeZone) : null;
  if (publishAt.getTime() <= now.getTime()) throw new ValidationError({ publishAt: [{ key: "publishAtPast" }] });
  if (embargoUntil && embargoUntil.getTime() > publishAt.getTime()) {
    throw new ValidationError({ embargoUntil: [{ key: "embargoAfterPublishAt" }] });
  }
  return step(actor, input, "schedule", async (tx, current) => {
    if (!canPublish(actor, current, "schedule")) throw new ForbiddenError();
    const after = await guardedUpdate(tx, current, { status: "SCHEDULED", publishAt, embargoUntil });
    await audit(tx, actor, "pressRelease.schedule", current, after);
    return { id: current.id, version: after.version, status: after.status };
  });
}

export async function publishNow(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "pressRelease.publish");
  const input = parseInput(releaseRefSchema, rawInput);
  return step(actor, input, "publish", async (tx, current) => {
    if (!canPublish(actor, current, "publish")) throw new ForbiddenError();
    const after = await guardedUpdate(tx, current, { status: "PUBLISHED", publishedAt: new Date(), publishedById: actor.id });
    await audit(tx, actor, "pressRelease.publish", current, after);
    return { id: current.id, version: after.version, status: after.status, slug: after.slug };
  });
}

/**
 * The job scheduler's step (no actor): publishes every SCHEDULED release whose time has come, exactly
 * once. One conditional UPDATE claims the rows: a concurrent run waits on the row locks, re-checks
 * `status = 'SCHEDULED'` and finds nothing left; the audit entries commit with the update.
 */
export async function publishDueReleases(now = new Date()): Promise<string[]> {
  return db.$transaction(async (tx) => {
    const published = await tx.$queryRaw<Array<{ id: string; version: number; publishedAt: Date }>>`
      UPDATE "PressRelease"
      SET "status" = 'PUBLISHED', "publishedAt" = "publishAt", "version" = "version" + 1, "updatedAt" = now()
      WHERE "status" = 'SCHEDULED' AND "publishAt" <= ${now}::timestamptz
      RETURNING "id", "version", "publishedAt"`;
    for (const row of published) {
      await writeAudit(tx, {
        actorId: null,
        action: "pressRelease.publishScheduled",
        entityType: ENTITY,
        entityId: row.id,
        before: { status: "SCHEDULED" },
        after: { status: "PUBLISHED", publishedAt: row.publishedAt, version: row.version },
      });
    }
    return published.map((row) => row.id);
  });
}

export async function withdrawPressRelease(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "pressRelease.publish");
  const input = parseInput(withdrawSchema, rawInput);
  return step(actor, input, "withdraw", async (tx, current) => {
    if (!canPublish(actor, current, "withdraw")) throw new ForbiddenError();
    const after = await guardedUpdate(tx, current, { status: "WITHDRAWN", withdrawnAt: new Date(), withdrawalReason: input.reason });
    await audit(tx, actor, "pressRelease.withdraw", current, after);
    return { id: current.id, version: after.version, status: after.status };
  });
}

/** A published release stays published; the new text is a revision and carries a correction note. */
export async function correctPressRelease(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "pressRelease.publish");
  const input = parseInput(correctSchema, rawInput);
  const bodyHtml = sanitizeRichText(input.bodyHtml);
  return step(actor, input, "correct", async (tx, current) => {
    if (!canPublish(actor, current, "correct")) throw new ForbiddenError();
    const text = { title: input.title, perex: input.perex, bodyHtml, dateline: input.dateline ?? null };
    const after = await guardedUpdate(tx, current, { ...text, correctionNote: input.correctionNote, correctedAt: new Date() });
    const revision = await writeRevision(tx, current.id, actor.id, text);
    await audit(tx, actor, "pressRelease.correct", current, { ...after, revision });
    return { id: current.id, version: after.version, status: after.status };
  });
}

/** Comments need no version: they add to the release, they do not change it. */
export async function addComment(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "pressRelease.comment");
  const input = parseInput(commentSchema, rawInput);
  return db.$transaction(async (tx) => {
    const release = await tx.pressRelease.findFirst({ where: { id: input.id, ...visibleWhere(actor) }, select: stateSelect });
    if (!release) throw new NotFoundError();
    if (!canComment(actor)) throw new ForbiddenError();
    const comment = await tx.pressReleaseComment.create({
      data: { pressReleaseId: release.id, authorId: actor.id, kind: "COMMENT", body: input.body },
      select: { id: true },
    });
    await writeAudit(tx, { actorId: actor.id, action: "pressRelease.comment", entityType: ENTITY, entityId: release.id, after: { commentId: comment.id } });
    const commenters = await tx.pressReleaseComment.findMany({ where: { pressReleaseId: release.id }, distinct: ["authorId"], select: { authorId: true } });
    await notify(tx, otherThan(actor, [release.authorId, ...commenters.map((row) => row.authorId)]), releaseMessage("pressReleaseCommented", release, actor));
    return { id: comment.id, pressReleaseId: release.id };
  });
}

// ---------------------------------------------------------------------------------------------------

/**
 * One workflow step in one transaction: the release is read through the policy's `where`, the form's
 * version must be the current one, and the step must be allowed from the current status.
 */
async function step<T>(actor: Actor, ref: { id: string; version: number }, action: ReleaseAction, work: (tx: Tx, current: ReleaseState) => Promise<T>) {
  return db.$transaction(async (tx) => {
    const current = await tx.pressRelease.findFirst({ where: { id: ref.id, ...visibleWhere(actor) }, select: stateSelect });
    if (!current) throw new NotFoundError();
    if (current.version !== ref.version) throw new ConflictError("staleVersion");
    if (!isAllowedFrom(action, current.status)) throw new PreconditionError("releaseWrongStatus");
    return work(tx, current);
  });
}

/** Changes the row only if nobody changed it since it was read (same version and status). */
async function guardedUpdate(tx: Tx, current: ReleaseState, data: Prisma.PressReleaseUncheckedUpdateManyInput): Promise<ReleaseState> {
  const { count } = await tx.pressRelease.updateMany({
    where: { id: current.id, version: current.version, status: current.status },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw new ConflictError("staleVersion");
  return tx.pressRelease.findUniqueOrThrow({ where: { id: current.id }, select: stateSelect });
}

/** Returns true when the actor approves their own release under the spokesperson's exception. */
async function requireReviewer(tx: Tx, actor: Actor, release: ReleaseState): Promise<boolean> {
  const decision = approvalDecision(actor, release, await getOfficeSettings(tx));
  if (decision === "forbidden") throw new ForbiddenError();
  if (decision === "cannotApproveOwn") throw new PreconditionError("cannotApproveOwn");
  return decision === "selfApproved";
}

async function writeRevision(tx: Tx, pressReleaseId: string, editorId: string, text: { title: string; perex: string; bodyHtml: string; dateline: string | null }) {
  const last = await tx.pressReleaseRevision.aggregate({ where: { pressReleaseId }, _max: { number: true } });
  const number = (last._max.number ?? 0) + 1;
  await tx.pressReleaseRevision.create({ data: { pressReleaseId, number, editorId, ...text } });
  return number;
}

function audit(tx: Tx, actor: Actor, action: string, before: ReleaseState, after: unknown) {
  return writeAudit(tx, { actorId: actor.id, action, entityType: ENTITY, entityId: before.id, before, after });
}

async function uniqueSlug(tx: Tx, title: string, exceptId?: string): Promise<string> {
  const base = slugify(title);
  const taken = await tx.pressRelease.findMany({
    where: { slug: { startsWith: base }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { slug: true },
  });
  return firstFreeSlug(base, taken.map((row) => row.slug));
}

async function requireFreeLanguage(tx: Tx, translationGroupId: string, language: string) {
  const existing = await tx.pressRelease.findFirst({ where: { translationGroupId, language }, select: { id: true } });
  if (existing) throw new ValidationError({ language: [{ key: "languageVersionExists" }] });
}

/** Chosen topics, resolutions and the contact person must exist: a clear field error, not a database one. */
async function requireKnownReferences(tx: Tx, input: { topicIds: string[]; resolutionIds: string[]; contactPersonId?: string }) {
  const topicIds = [...new Set(input.topicIds)];
  const resolutionIds = [...new Set(input.resolutionIds)];
  const issues: Record<string, Array<{ key: string }>> = {};
  if (topicIds.length && (await tx.topic.count({ where: { id: { in: topicIds } } })) !== topicIds.length) issues.topicIds = [{ key: "invalidChoice" }];
  if (resolutionIds.length && (await tx.councilResolution.count({ where: { id: { in: resolutionIds } } })) !== resolutionIds.length) {
    issues.resolutionIds = [{ key: "invalidChoice" }];
  }
  if (input.contactPersonId && !(await tx.user.findFirst({ where: { id: input.contactPersonId, isActive: true }, select: { id: true } }))) {
    issues.contactPersonId = [{ key: "invalidChoice" }];
  }
  if (Object.keys(issues).length) throw new ValidationError(issues);
}

function releaseMessage(kind: string, release: { id: string; title: string }, actor: Actor) {
  return { kind, values: { title: release.title, actorName: actor.name }, entityType: ENTITY, entityId: release.id };
}

function otherThan(actor: Actor, userIds: string[]): string[] {
  return userIds.filter((id) => id !== actor.id);
}

/** A time-ordered UUID (version 7), like the database's own ids: the group id of a new release is its id. */
function uuidv7(): string {
  const bytes = randomBytes(16);
  const time = BigInt(Date.now());
  for (let i = 0; i < 6; i++) bytes[i] = Number((time >> BigInt(8 * (5 - i))) & 0xffn);
  bytes[6] = (bytes[6] & 0x0f) | 0x70;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
