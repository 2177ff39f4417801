import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prepareUpload, putAll, removeQuietly } from "@/features/release-media/upload";
import { cityDateTimeToDate } from "@/features/press-releases/schema";
import { writeAudit } from "@/server/audit";
import { type Actor, requirePermission } from "@/server/authz/permissions";
import { config } from "@/server/config";
import { db } from "@/server/db";
import { ConflictError, NotFoundError, ValidationError } from "@/server/errors";
import { once } from "@/server/idempotency";
import { parseInput } from "@/server/validation";
import { BRIEFING_SETTINGS_KEY } from "./settings";
import {
  briefingSettingsSchema,
  createCaseSchema,
  createClippingSchema,
  createKeywordSchema,
  createSourceSchema,
  keywordRefSchema,
  quickReviewSchema,
  reviewClippingSchema,
  sourceRefSchema,
  updateCaseSchema,
  updateKeywordSchema,
  updateSourceSchema,
} from "./schema";
import { normalizeText, normalizeUrl, syndicationKey } from "./text";

type Tx = Prisma.TransactionClient;

// ---------------------------------------------------------------- sources

export async function createSource(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "monitoring.configure");
  const input = parseInput(createSourceSchema, rawInput);
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "monitoring.source.create" }, async () => {
      const { idempotencyKey: _key, ...data } = input;
      const source = await tx.monitoringSource.create({ data: { ...data, feedUrl: data.feedUrl ?? null, reach: data.reach ?? null, nextPollAt: data.feedUrl ? new Date() : null } });
      await writeAudit(tx, { actorId: actor.id, action: "monitoring.source.create", entityType: "MonitoringSource", entityId: source.id, after: data });
      return { id: source.id };
    }),
  );
}

export async function updateSource(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "monitoring.configure");
  const { id, version, ...data } = parseInput(updateSourceSchema, rawInput);
  return db.$transaction(async (tx) => {
    const before = await tx.monitoringSource.findUnique({ where: { id }, select: { outlet: true, mediaType: true, feedUrl: true, active: true, pollIntervalMinutes: true, reach: true } });
    if (!before) throw new NotFoundError();
    const feedChanged = before.feedUrl !== (data.feedUrl ?? null);
    const { count } = await tx.monitoringSource.updateMany({
      where: { id, version },
      data: {
        ...data,
        feedUrl: data.feedUrl ?? null,
        reach: data.reach ?? null,
        version: { increment: 1 },
        // A new address starts afresh: no validators of the old one, polled at the next sweep.
        ...(feedChanged ? { etag: null, lastModified: null, consecutiveFailures: 0, lastError: null, lastErrorAt: null } : {}),
        ...(feedChanged || (data.active && !before.active) ? { nextPollAt: new Date() } : {}),
      },
    });
    if (count === 0) throw new ConflictError("staleVersion");
    await writeAudit(tx, { actorId: actor.id, action: "monitoring.source.update", entityType: "MonitoringSource", entityId: id, before, after: data });
    return { id };
  });
}

/** Asks the next sweep to poll the source now (e.g. after fixing its address). */
export async function pollSourceSoon(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "monitoring.configure");
  const { id } = parseInput(sourceRefSchema, rawInput);
  return db.$transaction(async (tx) => {
    const { count } = await tx.monitoringSource.updateMany({ where: { id, feedUrl: { not: null } }, data: { nextPollAt: new Date() } });
    if (count === 0) throw new NotFoundError();
    await writeAudit(tx, { actorId: actor.id, action: "monitoring.source.pollNow", entityType: "MonitoringSource", entityId: id });
    return { id };
  });
}

// ---------------------------------------------------------------- keywords

export async function createKeyword(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "monitoring.configure");
  const input = parseInput(createKeywordSchema, rawInput);
  const normalized = normalizeText(input.term);
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "monitoring.keyword.create" }, async () => {
      if (await tx.monitoringKeyword.findUnique({ where: { normalized }, select: { id: true } })) throw new ValidationError({ term: [{ key: "invalidChoice" }] });
      const { idempotencyKey: _key, ...data } = input;
      const keyword = await tx.monitoringKeyword.create({ data: { ...data, normalized } });
      await writeAudit(tx, { actorId: actor.id, action: "monitoring.keyword.create", entityType: "MonitoringKeyword", entityId: keyword.id, after: data });
      return { id: keyword.id };
    }),
  );
}

export async function updateKeyword(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "monitoring.configure");
  const { id, version, ...data } = parseInput(updateKeywordSchema, rawInput);
  const normalized = normalizeText(data.term);
  return db.$transaction(async (tx) => {
    const before = await tx.monitoringKeyword.findUnique({ where: { id }, select: { term: true, exclusions: true, topic: true, active: true } });
    if (!before) throw new NotFoundError();
    const clash = await tx.monitoringKeyword.findUnique({ where: { normalized }, select: { id: true } });
    if (clash && clash.id !== id) throw new ValidationError({ term: [{ key: "invalidChoice" }] });
    const { count } = await tx.monitoringKeyword.updateMany({ where: { id, version }, data: { ...data, normalized, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError("staleVersion");
    await writeAudit(tx, { actorId: actor.id, action: "monitoring.keyword.update", entityType: "MonitoringKeyword", entityId: id, before, after: data });
    return { id };
  });
}

export async function deleteKeyword(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "monitoring.configure");
  const { id } = parseInput(keywordRefSchema, rawInput);
  return db.$transaction(async (tx) => {
    const before = await tx.monitoringKeyword.findUnique({ where: { id }, select: { term: true, exclusions: true, topic: true } });
    if (!before) throw new NotFoundError();
    await tx.monitoringKeyword.delete({ where: { id } });
    await writeAudit(tx, { actorId: actor.id, action: "monitoring.keyword.delete", entityType: "MonitoringKeyword", entityId: id, before });
    return { id };
  });
}

// ---------------------------------------------------------------- clippings

/** A clipping entered by hand (print page, TV or radio air time), optionally with a PDF scan. */
export async function createClipping(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "monitoring.manage");
  const raw = (rawInput && typeof rawInput === "object" ? rawInput : {}) as Record<string, unknown>;
  const { file, ...fields } = raw;
  const input = parseInput(createClippingSchema, fields);
  const publishedAt = cityDateTimeToDate(input.publishedAt, config().CITY_TIME_ZONE);
  if (Number.isNaN(publishedAt.getTime())) throw new ValidationError({ publishedAt: [{ key: "invalidDate" }] });
  const source = input.sourceId ? await db.monitoringSource.findUnique({ where: { id: input.sourceId }, select: { outlet: true, mediaType: true, reach: true } }) : null;
  if (input.sourceId && !source) throw new ValidationError({ sourceId: [{ key: "invalidChoice" }] });
  const outlet = input.outlet ?? source?.outlet;
  if (!outlet) throw new ValidationError({ outlet: [{ key: "required" }] });
  const mediaType = input.mediaType ?? source?.mediaType;
  if (!mediaType) throw new ValidationError({ mediaType: [{ key: "required" }] });
  const prepared = file instanceof Blob && file.size > 0 ? await prepareUpload(file, "ATTACHMENT") : null;
  if (prepared) await putAll(prepared.stored);
  try {
    return await db.$transaction((tx) =>
      once(tx, { key: input.idempotencyKey, userId: actor.id, action: "monitoring.clipping.create" }, async () => {
        const urlKey = normalizeUrl(input.url);
        if (urlKey && (await tx.clipping.findUnique({ where: { urlKey }, select: { id: true } }))) throw new ValidationError({ url: [{ key: "invalidChoice" }] });
        const clipping = await tx.clipping.create({
          data: {
            sourceId: input.sourceId ?? null,
            outlet,
            mediaType,
            publishedAt,
            title: input.title,
            url: input.url ?? null,
            urlKey,
            author: input.author ?? null,
            excerpt: input.excerpt ?? "",
            placement: input.placement ?? null,
            reach: input.reach ?? source?.reach ?? null,
            sentiment: input.sentiment ?? null,
            topics: input.topics,
            note: input.note ?? null,
            syndicationKey: syndicationKey(input.title),
            fileKey: prepared?.data.storageKey ?? null,
            fileName: prepared?.data.fileName ?? null,
            createdById: actor.id,
          },
          select: { id: true },
        });
        await writeAudit(tx, { actorId: actor.id, action: "monitoring.clipping.create", entityType: "Clipping", entityId: clipping.id, after: { outlet, mediaType, title: input.title, url: input.url ?? null, file: prepared?.data.fileName ?? null } });
        return { id: clipping.id };
      }),
    );
  } catch (error) {
    if (prepared) await removeQuietly(prepared.stored.map((stored) => stored.key));
    throw error;
  }
}

const reviewAuditSelect = { status: true, sentiment: true, topics: true, relevance: true, note: true } as const;

/** The detail form: sentiment, topics, relevance, note, status. */
export async function reviewClipping(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, "monitoring.manage");
  const { id, version, ...data } = parseInput(reviewClippingSchema, rawInput);
  return db.$transaction(async (tx) => {
    const before = await tx.clipping.findUnique({ where: { id }, select: reviewAuditSelect });
    if (!before) throw new NotFoundError();
    const { count } = await tx.clipping.updateMany({
      where: { id, version },
      data: { ...data, sentiment: data.sentiment ?? null, note: data.note ?? null, version: { increment: 1 }, ...(data.status !== "NEW" ? { reviewedById: actor.id, reviewedAt: now } : {}) },
    });
    if (count === 0) throw new ConflictError("staleVersion");
    await writeAudit(tx, { actorId: actor.id, action: "monitoring.clipping.review", entityType: "Clipping", entityId: id, before, after: data });
    return { id, version: version + 1 };
  });
}

/** One keystroke of the bulk review (status and/or sentiment); returns the new version for the next one. */
export async function quickReviewClipping(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, "monitoring.manage");
  const input = parseInput(quickReviewSchema, rawInput);
  return db.$transaction(async (tx) => {
    const before = await tx.clipping.findUnique({ where: { id: input.id }, select: reviewAuditSelect });
    if (!before) throw new NotFoundError();
    const data: Prisma.ClippingUpdateManyMutationInput = { version: { increment: 1 } };
    if (input.status) {
      data.status = input.status;
      if (input.status !== "NEW") Object.assign(data, { reviewedById: actor.id, reviewedAt: now });
    }
    if (input.sentiment !== undefined) data.sentiment = input.sentiment === "" ? null : input.sentiment;
    const { count } = await tx.clipping.updateMany({ where: { id: input.id, version: input.version }, data });
    if (count === 0) throw new ConflictError("staleVersion");
    await writeAudit(tx, { actorId: actor.id, action: "monitoring.clipping.review", entityType: "Clipping", entityId: input.id, before, after: { status: input.status, sentiment: input.sentiment } });
    return { id: input.id, version: input.version + 1, status: input.status ?? before.status, sentiment: input.sentiment === undefined ? before.sentiment : input.sentiment || null };
  });
}

// ---------------------------------------------------------------- response cases

async function checkLinks(tx: Tx, input: { ownerId?: string; releaseId?: string; inquiryId?: string }) {
  if (input.ownerId && !(await tx.user.findFirst({ where: { id: input.ownerId, isActive: true }, select: { id: true } }))) throw new ValidationError({ ownerId: [{ key: "invalidChoice" }] });
  if (input.releaseId && !(await tx.pressRelease.findUnique({ where: { id: input.releaseId }, select: { id: true } }))) throw new ValidationError({ releaseId: [{ key: "invalidChoice" }] });
  if (input.inquiryId && !(await tx.inquiry.findUnique({ where: { id: input.inquiryId }, select: { id: true } }))) throw new ValidationError({ inquiryId: [{ key: "invalidChoice" }] });
}

/** Opens the response case of a clipping (one per clipping) and marks the clipping NEEDS_RESPONSE. */
export async function createResponseCase(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, "monitoring.respond");
  const input = parseInput(createCaseSchema, rawInput);
  const deadline = input.deadline ? cityDateTimeToDate(input.deadline, config().CITY_TIME_ZONE) : null;
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "monitoring.case.create" }, async () => {
      const clipping = await tx.clipping.findUnique({ where: { id: input.clippingId }, select: { id: true, status: true, responseCase: { select: { id: true } } } });
      if (!clipping) throw new ValidationError({ clippingId: [{ key: "invalidChoice" }] });
      if (clipping.responseCase) throw new ConflictError("uniqueViolation");
      await checkLinks(tx, input);
      const created = await tx.responseCase.create({
        data: { clippingId: clipping.id, type: input.type, ownerId: input.ownerId ?? actor.id, deadline, text: input.text ?? "", createdById: actor.id },
        select: { id: true },
      });
      await tx.clipping.update({ where: { id: clipping.id }, data: { status: "NEEDS_RESPONSE", reviewedById: actor.id, reviewedAt: now, version: { increment: 1 } } });
      await writeAudit(tx, { actorId: actor.id, action: "monitoring.case.create", entityType: "ResponseCase", entityId: created.id, after: { clippingId: clipping.id, type: input.type, ownerId: input.ownerId ?? actor.id, deadline } });
      return { id: created.id };
    }),
  );
}

export async function updateResponseCase(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, "monitoring.respond");
  const { id, version, ...input } = parseInput(updateCaseSchema, rawInput);
  const deadline = input.deadline ? cityDateTimeToDate(input.deadline, config().CITY_TIME_ZONE) : null;
  // Closing says how it ended: the outcome, or the reason when the office chose not to respond.
  if (input.status === "DONE" && !input.outcome && !(input.type === "IGNORE_WITH_REASON" && input.text)) {
    throw new ValidationError({ outcome: [{ key: "required" }] });
  }
  if (input.type === "IGNORE_WITH_REASON" && !input.text) throw new ValidationError({ text: [{ key: "required" }] });
  return db.$transaction(async (tx) => {
    const before = await tx.responseCase.findUnique({ where: { id }, select: { type: true, status: true, ownerId: true, deadline: true, releaseId: true, inquiryId: true, closedAt: true } });
    if (!before) throw new NotFoundError();
    await checkLinks(tx, input);
    const closedAt = input.status === "DONE" ? (before.closedAt ?? now) : null;
    const { count } = await tx.responseCase.updateMany({
      where: { id, version },
      data: {
        type: input.type,
        status: input.status,
        ownerId: input.ownerId ?? null,
        deadline,
        text: input.text ?? "",
        outcome: input.outcome ?? "",
        releaseId: input.releaseId ?? null,
        inquiryId: input.inquiryId ?? null,
        closedAt,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new ConflictError("staleVersion");
    await writeAudit(tx, {
      actorId: actor.id,
      action: input.status === "DONE" && before.status !== "DONE" ? "monitoring.case.close" : "monitoring.case.update",
      entityType: "ResponseCase",
      entityId: id,
      before,
      after: { type: input.type, status: input.status, ownerId: input.ownerId ?? null, deadline, releaseId: input.releaseId ?? null, inquiryId: input.inquiryId ?? null },
    });
    return { id };
  });
}

// ---------------------------------------------------------------- the briefing's settings

export async function saveBriefingSettings(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "monitoring.configure");
  const input = parseInput(briefingSettingsSchema, rawInput);
  const value = { ...input, recipients: input.recipients.map((email) => email.toLowerCase()) };
  return db.$transaction(async (tx) => {
    const before = await tx.setting.findUnique({ where: { key: BRIEFING_SETTINGS_KEY }, select: { value: true } });
    await tx.setting.upsert({ where: { key: BRIEFING_SETTINGS_KEY }, create: { key: BRIEFING_SETTINGS_KEY, value }, update: { value } });
    await writeAudit(tx, { actorId: actor.id, action: "monitoring.briefing.settings", entityType: "Setting", entityId: null, before: before?.value ?? null, after: value });
    return value;
  });
}

