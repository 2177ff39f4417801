import "server-only";
import { createHash } from "node:crypto";
import { prepareUpload, putAll, removeQuietly, fileIssue } from "@/features/release-media/upload";
import { writeAudit } from "@/server/audit";
import { type Actor, requirePermission } from "@/server/authz/permissions";
import { cityToday, dateToDay } from "@/server/calendar-day";
import { db } from "@/server/db";
import { ForbiddenError, NotFoundError, PreconditionError, ValidationError } from "@/server/errors";
import { once } from "@/server/idempotency";
import { enqueueJob } from "@/server/jobs/queue";
import { parseInput } from "@/server/validation";
import { assertUpdated, openIssue, type Tx } from "./common";
import { type ArticleStatus, articleTextEditable, articleTransitionAllowed, countChars } from "./policy";
import {
  articleStatusSchema,
  assignEditorSchema,
  commentSchema,
  createArticleSchema,
  imageMetaSchema,
  MAX_IMAGES,
  submissionSchema,
  updateArticleSchema,
} from "./schema";

export const REJECTION_MAIL_JOB = "newspaper.rejectionMail";
export const REJECTION_MAIL_MAX_ATTEMPTS = 5;
/** A personal link takes at most this many submissions (a leaked link cannot flood the office). */
export const SUBMISSIONS_PER_LINK = 10;

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

async function nextRevision(tx: Tx, articleId: string): Promise<number> {
  const last = await tx.articleRevision.findFirst({ where: { articleId }, orderBy: { number: "desc" }, select: { number: true } });
  return (last?.number ?? 0) + 1;
}

async function checkClub(tx: Tx, councilClubId: string | undefined) {
  if (councilClubId && !(await tx.councilClub.findUnique({ where: { id: councilClubId }, select: { id: true } }))) {
    throw new ValidationError({ councilClubId: [{ key: "invalidChoice" }] });
  }
}

/** A staff article (EDITING: staff write it themselves), revision 1 kept. */
export async function createArticle(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "newsletter.edit");
  const input = parseInput(createArticleSchema, rawInput);
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "newspaper.article.create" }, async () => {
      await openIssue(tx, input.issueId);
      await checkClub(tx, input.councilClubId);
      if (input.contributorId && !(await tx.contributor.findUnique({ where: { id: input.contributorId }, select: { id: true } }))) {
        throw new ValidationError({ contributorId: [{ key: "invalidChoice" }] });
      }
      const charCount = countChars(input.title, input.perex, input.body);
      const article = await tx.article.create({
        data: {
          issueId: input.issueId,
          title: input.title,
          perex: input.perex,
          body: input.body,
          authorName: input.authorName || actor.name,
          source: input.contributorId ? "CONTRIBUTOR" : "STAFF",
          contributorId: input.contributorId ?? null,
          councilClubId: input.councilClubId ?? null,
          allottedChars: input.allottedChars ?? null,
          charCount,
          status: "EDITING",
          editorId: actor.id,
          createdById: actor.id,
        },
      });
      await tx.articleRevision.create({ data: { articleId: article.id, number: 1, title: article.title, perex: article.perex, body: article.body, charCount, createdById: actor.id } });
      await writeAudit(tx, { actorId: actor.id, action: "newspaper.article.create", entityType: "Article", entityId: article.id, after: { ...article, body: undefined } });
      return { id: article.id };
    }),
  );
}

/** Saves the text: every save keeps a revision. Only while the article is being worked on. */
export async function updateArticle(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "newsletter.edit");
  const input = parseInput(updateArticleSchema, rawInput);
  return db.$transaction(async (tx) => {
    const before = await tx.article.findUnique({ where: { id: input.id }, select: { id: true, issueId: true, status: true, title: true, perex: true, body: true, authorName: true, allottedChars: true, councilClubId: true, charCount: true } });
    if (!before) throw new NotFoundError();
    await openIssue(tx, before.issueId);
    if (!articleTextEditable(before.status as ArticleStatus)) throw new PreconditionError("newspaperArticleLocked");
    await checkClub(tx, input.councilClubId);
    const charCount = countChars(input.title, input.perex, input.body);
    const data = { title: input.title, perex: input.perex, body: input.body, authorName: input.authorName, allottedChars: input.allottedChars ?? null, councilClubId: input.councilClubId ?? null, charCount };
    // A submitted article taken up by an editor moves to EDITING with the first save.
    const status = before.status === "SUBMITTED" ? "EDITING" : before.status;
    assertUpdated(await tx.article.updateMany({ where: { id: input.id, version: input.version }, data: { ...data, status, editorId: before.status === "SUBMITTED" ? actor.id : undefined, version: { increment: 1 } } }));
    const textChanged = before.title !== input.title || before.perex !== input.perex || before.body !== input.body;
    if (textChanged) {
      await tx.articleRevision.create({ data: { articleId: input.id, number: await nextRevision(tx, input.id), title: input.title, perex: input.perex, body: input.body, charCount, createdById: actor.id, note: input.note } });
    }
    await writeAudit(tx, { actorId: actor.id, action: "newspaper.article.update", entityType: "Article", entityId: input.id, before: { ...before, body: undefined }, after: { ...data, body: undefined, status, textChanged } });
    return { id: input.id };
  });
}

/**
 * A workflow step. Approving and rejecting need `newsletter.approve`; the others `newsletter.edit`.
 * PROOFREADING opens a proofreading round, leaving it closes the round (APPROVED or RETURNED).
 * PLACED happens through the page plan only. REJECTED records the reason and queues the e-mail to the contributor.
 */
export async function changeArticleStatus(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "newsletter.view");
  const input = parseInput(articleStatusSchema, rawInput);
  requirePermission(actor, input.status === "APPROVED" || input.status === "REJECTED" ? "newsletter.approve" : "newsletter.edit");
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: input.id }, select: { id: true, issueId: true, status: true, page: true, contributorId: true, contributor: { select: { email: true } } } });
    if (!article) throw new NotFoundError();
    await openIssue(tx, article.issueId);
    const from = article.status as ArticleStatus;
    if (input.status === "PLACED" || !articleTransitionAllowed(from, input.status)) throw new PreconditionError("newspaperTransitionRefused");
    const now = new Date();
    const data: Record<string, unknown> = { status: input.status, version: { increment: 1 } };
    if (from === "PLACED") Object.assign(data, { page: null, pageOrder: 0 });
    if (input.status === "APPROVED") Object.assign(data, { approvedAt: now, approvedById: actor.id });
    if (input.status === "EDITING" && (from === "APPROVED" || from === "PLACED")) Object.assign(data, { approvedAt: null, approvedById: null });
    if (input.status === "REJECTED") {
      Object.assign(data, { rejectionReason: input.reason, rejectedAt: now, page: null });
      if (article.contributor?.email) Object.assign(data, { rejectionMailStatus: "QUEUED", rejectionMailMessageId: null, rejectionMailError: null });
    }
    if (from === "REJECTED") Object.assign(data, { rejectionReason: null, rejectedAt: null });
    assertUpdated(await tx.article.updateMany({ where: { id: article.id, version: input.version }, data }));
    if (from === "PROOFREADING") {
      await tx.articleProofRound.updateMany({ where: { articleId: article.id, closedAt: null }, data: { closedAt: now, closedById: actor.id, outcome: input.status === "APPROVED" ? "APPROVED" : input.status === "REJECTED" ? "REJECTED" : "RETURNED" } });
    }
    if (input.status === "PROOFREADING") {
      const last = await tx.articleProofRound.findFirst({ where: { articleId: article.id }, orderBy: { number: "desc" }, select: { number: true } });
      await tx.articleProofRound.create({ data: { articleId: article.id, number: (last?.number ?? 0) + 1, openedById: actor.id } });
    }
    if (input.status === "REJECTED" && article.contributor?.email) {
      await enqueueJob(tx, { kind: REJECTION_MAIL_JOB, payload: { articleId: article.id }, dedupeKey: `newspaper:reject:${article.id}:${now.getTime()}`, maxAttempts: REJECTION_MAIL_MAX_ATTEMPTS });
    }
    await writeAudit(tx, { actorId: actor.id, action: "newspaper.article.status", entityType: "Article", entityId: article.id, before: { status: from }, after: { status: input.status, reason: input.status === "REJECTED" ? input.reason : undefined } });
    return { id: article.id };
  });
}

export async function assignEditor(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "newsletter.edit");
  const input = parseInput(assignEditorSchema, rawInput);
  return db.$transaction(async (tx) => {
    if (input.editorId) {
      const user = await tx.user.findUnique({ where: { id: input.editorId }, select: { isActive: true, roles: true } });
      if (!user?.isActive || !user.roles.some((role) => role === "SPOKESPERSON" || role === "PR_STAFF")) throw new ValidationError({ editorId: [{ key: "invalidChoice" }] });
    }
    assertUpdated(await tx.article.updateMany({ where: { id: input.id, version: input.version }, data: { editorId: input.editorId ?? null, version: { increment: 1 } } }));
    await writeAudit(tx, { actorId: actor.id, action: "newspaper.article.assign", entityType: "Article", entityId: input.id, after: { editorId: input.editorId ?? null } });
    return { id: input.id };
  });
}

/** A comment; while the article is in proofreading it belongs to the open round. */
export async function addComment(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "newsletter.view");
  const input = parseInput(commentSchema, rawInput);
  if (!actor.roles.some((role) => role === "HEAD_OF_OFFICE" || role === "SPOKESPERSON" || role === "PR_STAFF")) throw new ForbiddenError();
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "newspaper.article.comment" }, async () => {
      const article = await tx.article.findUnique({ where: { id: input.articleId }, select: { id: true, status: true } });
      if (!article) throw new NotFoundError();
      const round = article.status === "PROOFREADING" ? await tx.articleProofRound.findFirst({ where: { articleId: article.id, closedAt: null }, select: { id: true } }) : null;
      const comment = await tx.articleComment.create({ data: { articleId: article.id, roundId: round?.id ?? null, authorId: actor.id, body: input.body } });
      await writeAudit(tx, { actorId: actor.id, action: "newspaper.article.comment", entityType: "Article", entityId: article.id, after: { commentId: comment.id, roundId: round?.id ?? null } });
      return { id: comment.id };
    }),
  );
}

type PreparedImage = Awaited<ReturnType<typeof prepareUpload>>;

function imageFiles(value: unknown): File[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((item): item is File => typeof item === "object" && item !== null && "arrayBuffer" in item && (item as File).size > 0);
}

async function prepareImages(files: File[]): Promise<PreparedImage[]> {
  if (files.length > MAX_IMAGES) throw new ValidationError({ image: [{ key: "tooManyItems", values: { max: MAX_IMAGES } }] });
  const prepared: PreparedImage[] = [];
  try {
    for (const file of files) prepared.push(await prepareUpload(file, "PHOTO"));
  } catch (error) {
    if (error instanceof ValidationError && error.fieldIssues.file) throw new ValidationError({ image: error.fieldIssues.file });
    throw error;
  }
  return prepared;
}

/** Staff add an image to an article (credit and consent required). */
export async function addArticleImage(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "newsletter.edit");
  const raw = (rawInput ?? {}) as Record<string, unknown>;
  const { file, ...rest } = raw;
  const input = parseInput(imageMetaSchema, rest);
  const files = imageFiles(file);
  if (files.length !== 1) throw fileIssue("required");
  const [prepared] = await prepareImages(files);
  await putAll(prepared.stored);
  try {
    return await db.$transaction(async (tx) => {
      const article = await tx.article.findUnique({ where: { id: input.articleId }, select: { id: true, issueId: true } });
      if (!article) throw new NotFoundError();
      await openIssue(tx, article.issueId);
      const count = await tx.articleImage.count({ where: { articleId: article.id } });
      if (count >= MAX_IMAGES) throw new ValidationError({ file: [{ key: "tooManyItems", values: { max: MAX_IMAGES } }] });
      const image = await tx.articleImage.create({
        data: { articleId: article.id, ...imageData(prepared), caption: input.caption, credit: input.credit, publicationConsent: true, position: count, uploadedById: actor.id },
      });
      await writeAudit(tx, { actorId: actor.id, action: "newspaper.article.image", entityType: "Article", entityId: article.id, after: { imageId: image.id, fileName: image.fileName, credit: image.credit } });
      return { id: image.id };
    });
  } catch (error) {
    await removeQuietly(prepared.stored.map((item) => item.key));
    throw error;
  }
}

function imageData(prepared: PreparedImage) {
  return {
    storageKey: prepared.data.storageKey,
    fileName: prepared.data.fileName,
    mimeType: prepared.data.mimeType,
    byteSize: prepared.data.byteSize,
    width: prepared.data.width ?? null,
    height: prepared.data.height ?? null,
  };
}

/** The link's state for the public page: null when unknown or revoked. */
export async function findInvite(token: string) {
  if (typeof token !== "string" || token.length < 20 || token.length > 100) return null;
  const invite = await db.contributorInvite.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      allottedChars: true,
      brief: true,
      deadline: true,
      revokedAt: true,
      submissions: true,
      contributor: { select: { name: true, organisation: true } },
      issue: { select: { number: true, year: true, status: true, publication: { select: { name: true } } } },
    },
  });
  if (!invite || invite.revokedAt) return null;
  const today = cityToday();
  const deadline = dateToDay(invite.deadline);
  return {
    allottedChars: invite.allottedChars,
    brief: invite.brief,
    deadline,
    contributorName: invite.contributor.name,
    organisation: invite.contributor.organisation,
    publicationName: invite.issue.publication.name,
    issueNumber: invite.issue.number,
    issueYear: invite.issue.year,
    open: deadline >= today && (invite.issue.status === "PLANNING" || invite.issue.status === "EDITING") && invite.submissions < SUBMISSIONS_PER_LINK,
  };
}

/**
 * The contributor's submission through their personal link (no session: the token is the credential).
 * Until the deadline, while the issue is being edited, at most SUBMISSIONS_PER_LINK per link; images need
 * a credit and the consent to publish. A double submit (same submissionKey) makes one article.
 */
export async function submitContribution(rawInput: unknown) {
  const raw = (rawInput ?? {}) as Record<string, unknown>;
  const files = imageFiles(raw.image);
  const input = parseInput(submissionSchema, { ...raw, image: undefined });
  if (files.length > 0) {
    const issues: Record<string, Array<{ key: string }>> = {};
    if (!input.imageCredit) issues.imageCredit = [{ key: "required" }];
    if (!input.publicationConsent) issues.publicationConsent = [{ key: "newspaperConsentRequired" }];
    if (Object.keys(issues).length) throw new ValidationError(issues);
  }
  const tokenHash = hashToken(input.token);
  const invite = await db.contributorInvite.findUnique({ where: { tokenHash }, select: { id: true } });
  if (!invite) throw new NotFoundError("newspaperLinkInvalid");
  const existing = await db.article.findUnique({ where: { submissionKey: input.submissionKey }, select: { id: true, inviteId: true } });
  if (existing) {
    if (existing.inviteId !== invite.id) throw new NotFoundError("newspaperLinkInvalid");
    return { id: existing.id };
  }
  const prepared = await prepareImages(files);
  const keys = prepared.flatMap((item) => item.stored.map((stored) => stored.key));
  for (const item of prepared) await putAll(item.stored);
  try {
    return await db.$transaction(async (tx) => {
      // Lock the link: the count and the deadline are checked against its current row.
      const [locked] = await tx.$queryRaw<Array<{ id: string }>>`SELECT "id" FROM "ContributorInvite" WHERE "id" = ${invite.id}::uuid FOR UPDATE`;
      if (!locked) throw new NotFoundError("newspaperLinkInvalid");
      const row = await tx.contributorInvite.findUniqueOrThrow({
        where: { id: invite.id },
        select: { id: true, issueId: true, allottedChars: true, deadline: true, revokedAt: true, submissions: true, contributor: { select: { id: true, kind: true, councilClubId: true } } },
      });
      if (row.revokedAt) throw new NotFoundError("newspaperLinkInvalid");
      if (dateToDay(row.deadline) < cityToday()) throw new PreconditionError("newspaperDeadlinePassed");
      if (row.submissions >= SUBMISSIONS_PER_LINK) throw new PreconditionError("newspaperTooManySubmissions");
      const issue = await tx.newspaperIssue.findUniqueOrThrow({ where: { id: row.issueId }, select: { status: true } });
      if (issue.status !== "PLANNING" && issue.status !== "EDITING") throw new PreconditionError("newspaperDeadlinePassed");
      const charCount = countChars(input.title, input.perex, input.body);
      const article = await tx.article.create({
        data: {
          issueId: row.issueId,
          title: input.title,
          perex: input.perex,
          body: input.body,
          authorName: input.authorName,
          source: "CONTRIBUTOR",
          contributorId: row.contributor.id,
          inviteId: row.id,
          councilClubId: row.contributor.kind === "COUNCIL_MEMBER" ? row.contributor.councilClubId : null,
          allottedChars: row.allottedChars,
          charCount,
          status: "SUBMITTED",
          submissionKey: input.submissionKey,
        },
      });
      await tx.articleRevision.create({ data: { articleId: article.id, number: 1, title: article.title, perex: article.perex, body: article.body, charCount, createdById: null, note: "submitted" } });
      if (prepared.length) {
        await tx.articleImage.createMany({
          data: prepared.map((item, position) => ({ articleId: article.id, ...imageData(item), caption: input.imageCaption, credit: input.imageCredit, publicationConsent: true, position })),
        });
      }
      await tx.contributorInvite.update({ where: { id: row.id }, data: { submissions: { increment: 1 } } });
      await writeAudit(tx, { actorId: null, action: "newspaper.article.submitted", entityType: "Article", entityId: article.id, after: { inviteId: row.id, title: article.title, charCount, images: prepared.length } });
      return { id: article.id };
    });
  } catch (error) {
    await removeQuietly(keys);
    throw error;
  }
}
