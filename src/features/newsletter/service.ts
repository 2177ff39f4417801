import "server-only";
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { readCsvTable, CSV_IMPORT_LIMITS } from "@/lib/csv";
import { writeAudit } from "@/server/audit";
import { reserveAttempt } from "@/server/auth/login-throttle";
import { type Actor, can, requirePermission } from "@/server/authz/permissions";
import { dayToDate } from "@/server/calendar-day";
import { readCsvOrFileIssue, readCsvUpload } from "@/server/csv-upload";
import { db } from "@/server/db";
import { ConflictError, ForbiddenError, NotFoundError, PreconditionError, UnauthenticatedError, ValidationError } from "@/server/errors";
import { once } from "@/server/idempotency";
import { enqueueJob } from "@/server/jobs/queue";
import { parseInput } from "@/server/validation";
import { allowedEditionSteps, isOwnEdition, orderArticles, stepAllowed, summaryOf, type EditionStep } from "./policy";
import {
  addSubscriberSchema,
  buildEditionSchema,
  type EditionArticle,
  type EditionStatus,
  editionStepSchema,
  updateEditionSchema,
  CONFIRM_LINK_DAYS,
  CONFIRMATION_RESEND_MINUTES,
  eraseSubscriberSchema,
  importSubscribersSchema,
  NEWSLETTER_CONSENT_VERSION,
  SUBSCRIBER_CSV_COLUMNS,
  subscribeSchema,
  subscriberIdSchema,
  tokenInputSchema,
} from "./schema";

// Subscribers of the e-mail edition. Double opt-in: a subscription is PENDING until the reader opens the
// confirmation link and presses the button; only CONFIRMED readers get editions. Every step is recorded
// in NewsletterConsentRecord (append-only: the consent text's version, the time, the source) and in the
// audit log (ids and statuses, never the address). The public answers never tell whether an address is
// already subscribed.

type Tx = Prisma.TransactionClient;
const ENTITY = "NewsletterSubscriber";
export const CONFIRMATION_MAIL_JOB = "newsletter.confirmationMail";
export const CONFIRMATION_MAIL_JOB_MAX_ATTEMPTS = 8;
/** The public form, per client address. */
export const SUBSCRIBE_LIMIT = { failures: 10, windowMinutes: 60, lockMinutes: 60 };
export const subscribeThrottleKey = (ip: string) => `newsletterSubscribe:ip:${ip}`;

export const newToken = () => randomBytes(24).toString("base64url");
const confirmExpiry = (now: Date) => new Date(now.getTime() + CONFIRM_LINK_DAYS * 86_400_000);

async function queueConfirmation(tx: Tx, subscriber: { id: string; email: string }) {
  await tx.newsletterConfirmationMail.create({ data: { subscriberId: subscriber.id, email: subscriber.email } });
  await enqueueJob(tx, {
    kind: CONFIRMATION_MAIL_JOB,
    payload: {},
    dedupeKey: `newsletter:confirm:${randomBytes(8).toString("hex")}`,
    maxAttempts: CONFIRMATION_MAIL_JOB_MAX_ATTEMPTS,
  });
}

/**
 * Starts (or restarts) a subscription of `email` as PENDING with a fresh consent and queues the
 * confirmation e-mail. A CONFIRMED address is left as it is; a PENDING one gets another e-mail only
 * after CONFIRMATION_RESEND_MINUTES (the form may not be used to flood someone's inbox).
 */
async function startSubscription(
  tx: Tx,
  input: { email: string; name?: string; source: "PUBLIC_FORM" | "STAFF" | "IMPORT"; submissionKey?: string },
  context: { actorId: string | null; now: Date },
): Promise<{ id: string; outcome: "created" | "resent" | "pending" | "confirmed" | "resubscribed" }> {
  const { now } = context;
  const existing = await tx.newsletterSubscriber.findUnique({ where: { email: input.email } });
  const consent = { consentVersion: NEWSLETTER_CONSENT_VERSION, consentAt: now, consentSource: input.source };
  if (existing?.status === "CONFIRMED") return { id: existing.id, outcome: "confirmed" };
  if (existing?.status === "PENDING") {
    const last = await tx.newsletterConfirmationMail.findFirst({ where: { subscriberId: existing.id }, orderBy: { createdAt: "desc" }, select: { createdAt: true } });
    if (last && now.getTime() - last.createdAt.getTime() < CONFIRMATION_RESEND_MINUTES * 60_000) return { id: existing.id, outcome: "pending" };
    const token = existing.confirmToken ?? newToken();
    await tx.newsletterSubscriber.update({
      where: { id: existing.id },
      data: { confirmToken: token, confirmExpiresAt: confirmExpiry(now), ...consent, version: { increment: 1 } },
    });
    await tx.newsletterConsentRecord.create({ data: { subscriberId: existing.id, action: "SUBSCRIBED", consentVersion: NEWSLETTER_CONSENT_VERSION, source: input.source, at: now } });
    await queueConfirmation(tx, existing);
    return { id: existing.id, outcome: "resent" };
  }
  const subscriber = existing
    ? await tx.newsletterSubscriber.update({
        where: { id: existing.id },
        data: {
          status: "PENDING",
          name: input.name ?? existing.name,
          confirmToken: newToken(),
          confirmExpiresAt: confirmExpiry(now),
          confirmedAt: null,
          unsubscribedAt: null,
          ...consent,
          version: { increment: 1 },
        },
      })
    : await tx.newsletterSubscriber.create({
        data: {
          email: input.email,
          name: input.name ?? "",
          status: "PENDING",
          confirmToken: newToken(),
          confirmExpiresAt: confirmExpiry(now),
          unsubscribeToken: newToken(),
          submissionKey: input.submissionKey ?? null,
          ...consent,
        },
      });
  await tx.newsletterConsentRecord.create({ data: { subscriberId: subscriber.id, action: "SUBSCRIBED", consentVersion: NEWSLETTER_CONSENT_VERSION, source: input.source, at: now } });
  await queueConfirmation(tx, subscriber);
  await writeAudit(tx, {
    actorId: context.actorId,
    action: "newsletterSubscriber.subscribe",
    entityType: ENTITY,
    entityId: subscriber.id,
    after: { status: "PENDING", source: input.source, consentVersion: NEWSLETTER_CONSENT_VERSION },
  });
  return { id: subscriber.id, outcome: existing ? "resubscribed" : "created" };
}

/**
 * The public form at /newsroom/newsletter/subscribe (no session). Bad input writes nothing; then one
 * attempt per client address is counted (SUBSCRIBE_LIMIT → `tooManySubscriptions`). The answer is the
 * same whatever the address's state.
 */
export async function subscribe(rawInput: unknown, context: { ip: string; now?: Date }): Promise<{ ok: true }> {
  const input = parseInput(subscribeSchema, rawInput);
  const now = context.now ?? new Date();
  if (input.website) return { ok: true }; // a robot filled in the hidden field
  const allowed = await db.$transaction((tx) => reserveAttempt(tx, subscribeThrottleKey(context.ip), SUBSCRIBE_LIMIT, now));
  if (!allowed) throw new PreconditionError("tooManySubscriptions");
  await db.$transaction(async (tx) => {
    if (input.submissionKey) {
      const previous = await tx.newsletterSubscriber.findUnique({ where: { submissionKey: input.submissionKey }, select: { id: true } });
      if (previous) return;
    }
    await startSubscription(tx, { email: input.email, name: input.name, source: "PUBLIC_FORM", submissionKey: input.submissionKey }, { actorId: null, now });
  });
  return { ok: true };
}

/** The confirmation link's button: PENDING → CONFIRMED while the link is valid. Repeating it changes nothing. */
export async function confirmSubscription(rawInput: unknown, now = new Date()): Promise<{ status: "confirmed" | "already" }> {
  const { token } = parseInput(tokenInputSchema, rawInput);
  return db.$transaction(async (tx) => {
    const [subscriber] = await tx.$queryRaw<Array<{ id: string; status: string; confirmExpiresAt: Date | null }>>`
      SELECT "id", "status"::text AS "status", "confirmExpiresAt" FROM "NewsletterSubscriber" WHERE "confirmToken" = ${token} FOR UPDATE`;
    if (!subscriber || subscriber.status === "UNSUBSCRIBED") throw new NotFoundError("newsletterLinkInvalid");
    if (subscriber.status === "CONFIRMED") return { status: "already" as const };
    if (!subscriber.confirmExpiresAt || subscriber.confirmExpiresAt <= now) throw new PreconditionError("newsletterLinkExpired");
    await tx.newsletterSubscriber.update({ where: { id: subscriber.id }, data: { status: "CONFIRMED", confirmedAt: now, confirmExpiresAt: null, version: { increment: 1 } } });
    await tx.newsletterConsentRecord.create({ data: { subscriberId: subscriber.id, action: "CONFIRMED", consentVersion: NEWSLETTER_CONSENT_VERSION, via: "link", at: now } });
    await writeAudit(tx, { actorId: null, action: "newsletterSubscriber.confirm", entityType: ENTITY, entityId: subscriber.id, after: { status: "CONFIRMED" } });
    return { status: "confirmed" as const };
  });
}

async function unsubscribeInTx(tx: Tx, subscriberId: string, context: { actorId: string | null; via: "link" | "oneClick" | "staff"; now: Date }) {
  const changed = await tx.newsletterSubscriber.updateMany({
    where: { id: subscriberId, status: { not: "UNSUBSCRIBED" } },
    data: { status: "UNSUBSCRIBED", unsubscribedAt: context.now, confirmToken: null, confirmExpiresAt: null, version: { increment: 1 } },
  });
  if (changed.count === 0) return false;
  const current = await tx.newsletterSubscriber.findUniqueOrThrow({ where: { id: subscriberId }, select: { consentVersion: true } });
  await tx.newsletterConsentRecord.create({ data: { subscriberId, action: "UNSUBSCRIBED", consentVersion: current.consentVersion, via: context.via, at: context.now } });
  await writeAudit(tx, { actorId: context.actorId, action: "newsletterSubscriber.unsubscribe", entityType: ENTITY, entityId: subscriberId, after: { status: "UNSUBSCRIBED", via: context.via } });
  return true;
}

/**
 * One click from an e-mail (the page's button, or the mail client's RFC 8058 POST): the unguessable token
 * is the credential. Unsubscribing twice is fine.
 */
export async function unsubscribeByToken(rawInput: unknown, options: { via: "link" | "oneClick"; now?: Date }): Promise<void> {
  const { token } = parseInput(tokenInputSchema, rawInput);
  await db.$transaction(async (tx) => {
    const subscriber = await tx.newsletterSubscriber.findUnique({ where: { unsubscribeToken: token }, select: { id: true } });
    if (!subscriber) throw new NotFoundError("newsletterLinkInvalid");
    await unsubscribeInTx(tx, subscriber.id, { actorId: null, via: options.via, now: options.now ?? new Date() });
  });
}

/**
 * Staff add a reader. STAFF: the reader confirms by e-mail like on the public form (double opt-in).
 * PAPER: the reader signed the consent on paper (its date, default today) and is CONFIRMED at once.
 */
export async function addSubscriber(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, "newsletterSubscriber.manage");
  const input = parseInput(addSubscriberSchema, rawInput);
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "newsletterSubscriber.add" }, async () => {
      const existing = await tx.newsletterSubscriber.findUnique({ where: { email: input.email }, select: { id: true, status: true } });
      if (existing && existing.status !== "UNSUBSCRIBED") throw new ValidationError({ email: [{ key: "subscriberExists" }] });
      if (input.source === "STAFF") {
        const started = await startSubscription(tx, { email: input.email, name: input.name, source: "STAFF" }, { actorId: actor.id, now });
        return { id: started.id };
      }
      const consentAt = input.consentOnPaperAt ? dayToDate(input.consentOnPaperAt) : now;
      if (consentAt.getTime() > now.getTime()) throw new ValidationError({ consentOnPaperAt: [{ key: "dateInFuture" }] });
      const data = {
        name: input.name ?? "",
        status: "CONFIRMED" as const,
        confirmToken: newToken(),
        confirmExpiresAt: null,
        confirmedAt: now,
        unsubscribedAt: null,
        consentVersion: NEWSLETTER_CONSENT_VERSION,
        consentAt,
        consentSource: "PAPER" as const,
      };
      const subscriber = existing
        ? await tx.newsletterSubscriber.update({ where: { id: existing.id }, data: { ...data, version: { increment: 1 } } })
        : await tx.newsletterSubscriber.create({ data: { ...data, email: input.email, unsubscribeToken: newToken() } });
      await tx.newsletterConsentRecord.createMany({
        data: [
          { subscriberId: subscriber.id, action: "SUBSCRIBED", consentVersion: NEWSLETTER_CONSENT_VERSION, source: "PAPER", at: consentAt },
          { subscriberId: subscriber.id, action: "CONFIRMED", consentVersion: NEWSLETTER_CONSENT_VERSION, source: "PAPER", via: "staff", at: now },
        ],
      });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "newsletterSubscriber.add",
        entityType: ENTITY,
        entityId: subscriber.id,
        after: { status: "CONFIRMED", source: "PAPER", consentVersion: NEWSLETTER_CONSENT_VERSION },
      });
      return { id: subscriber.id };
    }),
  );
}

/** Staff unsubscribe a reader on request (by phone, a letter). */
export async function unsubscribeSubscriber(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, "newsletterSubscriber.manage");
  const input = parseInput(subscriberIdSchema, rawInput);
  return db.$transaction(async (tx) => {
    const current = await tx.newsletterSubscriber.findUnique({ where: { id: input.id }, select: { version: true, status: true } });
    if (!current) throw new NotFoundError();
    if (current.version !== input.version) throw new ConflictError("staleVersion");
    if (current.status === "UNSUBSCRIBED") throw new PreconditionError("subscriberAlreadyUnsubscribed");
    await unsubscribeInTx(tx, input.id, { actorId: actor.id, via: "staff", now });
    return { id: input.id };
  });
}

/**
 * GDPR erasure on request: the subscriber, their consent history and confirmation e-mails are deleted;
 * past editions' delivery rows keep their status (for the counts) with the address scrubbed.
 */
export async function eraseSubscriber(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "newsletterSubscriber.manage");
  const input = parseInput(eraseSubscriberSchema, rawInput);
  return db.$transaction(async (tx) => {
    const subscriber = await tx.newsletterSubscriber.findUnique({ where: { id: input.id }, select: { id: true } });
    if (!subscriber) throw new NotFoundError();
    await scrubDeliveries(tx, subscriber.id);
    await tx.newsletterSubscriber.delete({ where: { id: subscriber.id } });
    await writeAudit(tx, { actorId: actor.id, action: "newsletterSubscriber.erase", entityType: ENTITY, entityId: subscriber.id });
    return { id: subscriber.id };
  });
}

/** Past editions keep the delivery rows of an erased subscriber for their counts, without the address. */
async function scrubDeliveries(tx: Tx, subscriberId: string) {
  await tx.newsletterDelivery.updateMany({ where: { subscriberId }, data: { subscriberId: null, email: "erased@invalid" } });
}

/**
 * A CSV of addresses (email; name): every row is checked first and nothing is imported when one is wrong.
 * New addresses become PENDING and get the confirmation e-mail (double opt-in holds for imports too);
 * addresses already known are left as they are.
 */
export async function importSubscribers(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, "newsletterSubscriber.manage");
  const input = parseInput(importSubscribersSchema, rawInput);
  const text = await readCsvUpload(input);
  const rows = readCsvOrFileIssue(() => readCsvTable(text, SUBSCRIBER_CSV_COLUMNS, CSV_IMPORT_LIMITS.rows));
  const issues: Array<{ key: string; values: Record<string, string | number> }> = [];
  const seen = new Map<string, number>();
  const parsed: Array<{ email: string; name?: string }> = [];
  for (const row of rows) {
    const result = addSubscriberSchema.pick({ email: true, name: true }).safeParse({ email: row.values.email ?? "", name: row.values.name ?? "" });
    if (!result.success) {
      issues.push({ key: "csvRowInvalidEmail", values: { row: row.row } });
      continue;
    }
    const first = seen.get(result.data.email);
    if (first !== undefined) {
      issues.push({ key: "csvDuplicateEmail", values: { row: first } });
      continue;
    }
    seen.set(result.data.email, row.row);
    parsed.push(result.data);
  }
  if (issues.length) throw new ValidationError({ file: issues.slice(0, 10) });
  return db.$transaction(
    async (tx) => {
      let imported = 0;
      for (const row of parsed) {
        const known = await tx.newsletterSubscriber.findUnique({ where: { email: row.email }, select: { id: true } });
        if (known) continue;
        await startSubscription(tx, { email: row.email, name: row.name, source: "IMPORT" }, { actorId: actor.id, now });
        imported += 1;
      }
      await writeAudit(tx, { actorId: actor.id, action: "newsletterSubscriber.import", entityType: ENTITY, after: { imported, skipped: parsed.length - imported } });
      return { imported, skipped: parsed.length - imported };
    },
    { timeout: 60_000 },
  );
}

// --- the e-mail edition of an issue -------------------------------------------------------------------
//
// Built from the issue's APPROVED and PLACED articles (a snapshot: title, summary, page), given an intro,
// submitted, approved by a second person (newsletterEdition.approve, never its author or last editor),
// then sent once: APPROVED → SENDING is one conditional UPDATE, the recipients (CONFIRMED subscribers at
// that moment) are inserted in the same transaction (unique per edition and subscriber), and one job
// (dedupe key per edition) sends them one by one with claim → send → mark (jobs.ts).

const EDITION = "NewsletterEdition";
export const EDITION_JOB = "newsletter.sendEdition";
export const EDITION_JOB_MAX_ATTEMPTS = 8;

async function editionArticlesOf(tx: Tx, issueId: string): Promise<EditionArticle[]> {
  const articles = await tx.article.findMany({
    where: { issueId, status: { in: ["APPROVED", "PLACED"] } },
    select: { id: true, title: true, perex: true, body: true, page: true, pageOrder: true },
  });
  return orderArticles(articles).map((article) => ({ articleId: article.id, title: article.title, summary: summaryOf(article), page: article.page }));
}

/** Builds the issue's e-mail edition (one per issue; building again returns the existing one). */
export async function buildEdition(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "newsletterEdition.prepare");
  const input = parseInput(buildEditionSchema, rawInput);
  return db.$transaction(async (tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "newsletterEdition.build" }, async () => {
      const issue = await tx.newspaperIssue.findUnique({ where: { id: input.issueId }, select: { id: true, number: true, year: true, publication: { select: { name: true } } } });
      if (!issue) throw new NotFoundError();
      const existing = await tx.newsletterEdition.findUnique({ where: { issueId: issue.id }, select: { id: true } });
      if (existing) return { id: existing.id, issueId: issue.id };
      const articles = await editionArticlesOf(tx, issue.id);
      if (articles.length === 0) throw new PreconditionError("editionNoArticles");
      const edition = await tx.newsletterEdition.create({
        data: {
          issueId: issue.id,
          subject: `${issue.publication.name} č. ${issue.number}/${issue.year}`,
          articles: articles as unknown as Prisma.InputJsonValue,
          createdById: actor.id,
          editedById: actor.id,
        },
        select: { id: true },
      });
      await writeAudit(tx, { actorId: actor.id, action: "newsletterEdition.build", entityType: EDITION, entityId: edition.id, after: { issueId: issue.id, articles: articles.length } });
      return { id: edition.id, issueId: issue.id };
    }),
  );
}

/** Locks the edition, checks its version and that `step` is allowed in its status. */
async function lockEdition(tx: Tx, input: { id: string; version: number }, step: EditionStep) {
  const [row] = await tx.$queryRaw<Array<{ id: string }>>`SELECT "id" FROM "NewsletterEdition" WHERE "id" = ${input.id}::uuid FOR UPDATE`;
  if (!row) throw new NotFoundError();
  const edition = await tx.newsletterEdition.findUniqueOrThrow({ where: { id: input.id } });
  if (edition.version !== input.version) throw new ConflictError("staleVersion");
  if (!stepAllowed(edition.status as EditionStatus, step)) throw new PreconditionError("editionWrongStatus");
  return edition;
}

/** Changes the subject and intro; an edition waiting for approval or approved goes back to DRAFT. */
export async function updateEdition(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "newsletterEdition.prepare");
  const input = parseInput(updateEditionSchema, rawInput);
  return db.$transaction(async (tx) => {
    const edition = await lockEdition(tx, input, "edit");
    await tx.newsletterEdition.update({
      where: { id: edition.id },
      data: { subject: input.subject, intro: input.intro, status: "DRAFT", editedById: actor.id, submittedAt: null, approvedById: null, approvedAt: null, version: { increment: 1 } },
    });
    await writeAudit(tx, { actorId: actor.id, action: "newsletterEdition.update", entityType: EDITION, entityId: edition.id, before: { subject: edition.subject, status: edition.status }, after: { subject: input.subject, status: "DRAFT" } });
    return { id: edition.id, issueId: edition.issueId };
  });
}

/** Takes the issue's articles again (a late approval, a changed title); the edition goes back to DRAFT. */
export async function refreshEditionArticles(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "newsletterEdition.prepare");
  const input = parseInput(editionStepSchema, rawInput);
  return db.$transaction(async (tx) => {
    const edition = await lockEdition(tx, input, "refresh");
    const articles = await editionArticlesOf(tx, edition.issueId);
    if (articles.length === 0) throw new PreconditionError("editionNoArticles");
    await tx.newsletterEdition.update({
      where: { id: edition.id },
      data: { articles: articles as unknown as Prisma.InputJsonValue, status: "DRAFT", editedById: actor.id, submittedAt: null, approvedById: null, approvedAt: null, version: { increment: 1 } },
    });
    await writeAudit(tx, { actorId: actor.id, action: "newsletterEdition.refresh", entityType: EDITION, entityId: edition.id, after: { articles: articles.length, status: "DRAFT" } });
    return { id: edition.id, issueId: edition.issueId };
  });
}

async function moveEdition(actor: Actor, rawInput: unknown, step: "submit" | "approve" | "returnToDraft") {
  const input = parseInput(editionStepSchema, rawInput);
  return db.$transaction(async (tx) => {
    const edition = await lockEdition(tx, input, step);
    if (step === "approve" && isOwnEdition(edition, actor.id)) throw new ForbiddenError("cannotApproveOwnEdition");
    const allowed = allowedEditionSteps(
      { status: edition.status as EditionStatus, createdById: edition.createdById, editedById: edition.editedById },
      { id: actor.id, mayPrepare: can(actor, "newsletterEdition.prepare"), mayApprove: can(actor, "newsletterEdition.approve") },
    );
    if (!allowed.includes(step)) throw new ForbiddenError();
    const now = new Date();
    const data =
      step === "submit"
        ? { status: "AWAITING_APPROVAL" as const, submittedAt: now }
        : step === "approve"
          ? { status: "APPROVED" as const, approvedById: actor.id, approvedAt: now }
          : { status: "DRAFT" as const, submittedAt: null, approvedById: null, approvedAt: null };
    await tx.newsletterEdition.update({ where: { id: edition.id }, data: { ...data, version: { increment: 1 } } });
    await writeAudit(tx, { actorId: actor.id, action: `newsletterEdition.${step}`, entityType: EDITION, entityId: edition.id, before: { status: edition.status }, after: { status: data.status } });
    return { id: edition.id, issueId: edition.issueId };
  });
}

export async function submitEdition(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "newsletterEdition.prepare");
  return moveEdition(actor, rawInput, "submit");
}

/** The second pair of eyes: never the author or the last editor of the edition. */
export async function approveEdition(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "newsletterEdition.approve");
  return moveEdition(actor, rawInput, "approve");
}

export async function returnEditionToDraft(actor: Actor | null, rawInput: unknown) {
  if (!actor) throw new UnauthenticatedError();
  if (!can(actor, "newsletterEdition.prepare")) requirePermission(actor, "newsletterEdition.approve");
  return moveEdition(actor, rawInput, "returnToDraft");
}

/**
 * Sends an approved edition once: APPROVED → SENDING (conditional on the version, so a double click or
 * two people sending at once start one sending), the CONFIRMED subscribers of this moment become its
 * recipients, and one job is queued. Nobody is added later.
 */
export async function sendEdition(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, "newsletterEdition.prepare");
  const input = parseInput(editionStepSchema, rawInput);
  return db.$transaction(
    async (tx) => {
      const edition = await lockEdition(tx, input, "send");
      const subscribers = await tx.newsletterSubscriber.findMany({ where: { status: "CONFIRMED" }, orderBy: { id: "asc" }, select: { id: true, email: true } });
      if (subscribers.length === 0) throw new PreconditionError("editionNoSubscribers");
      await tx.newsletterEdition.update({
        where: { id: edition.id },
        data: { status: "SENDING", sentById: actor.id, sendStartedAt: now, recipientCount: subscribers.length, version: { increment: 1 } },
      });
      for (let start = 0; start < subscribers.length; start += 1000) {
        await tx.newsletterDelivery.createMany({
          data: subscribers.slice(start, start + 1000).map((subscriber) => ({ editionId: edition.id, subscriberId: subscriber.id, email: subscriber.email })),
          skipDuplicates: true,
        });
      }
      await enqueueJob(tx, { kind: EDITION_JOB, payload: { editionId: edition.id }, dedupeKey: `newsletter:edition:${edition.id}`, maxAttempts: EDITION_JOB_MAX_ATTEMPTS });
      await writeAudit(tx, { actorId: actor.id, action: "newsletterEdition.send", entityType: EDITION, entityId: edition.id, after: { status: "SENDING", recipients: subscribers.length } });
      return { id: edition.id, issueId: edition.issueId, recipients: subscribers.length };
    },
    { timeout: 60_000 },
  );
}
