import "server-only";
import { dayToDate } from "@/server/calendar-day";
import { writeAudit } from "@/server/audit";
import { type Actor, requirePermission } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { NotFoundError, PreconditionError, ValidationError } from "@/server/errors";
import { once } from "@/server/idempotency";
import { parseInput } from "@/server/validation";
import { assertUpdated } from "./common";
import { type IssueStatus, issueTransitionAllowed } from "./policy";
import { createIssueSchema, createPublicationSchema, issueStatusSchema, updateIssueSchema, updatePublicationSchema } from "./schema";

// Publications and issues: create, edit (versioned), move the issue through its statuses.

export async function createPublication(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "newsletter.manageIssues");
  const { idempotencyKey, priceMinor, ...input } = parseInput(createPublicationSchema, rawInput);
  return db.$transaction((tx) =>
    once(tx, { key: idempotencyKey, userId: actor.id, action: "newspaper.publication.create" }, async () => {
      const publication = await tx.publication.create({ data: { ...input, priceMinor: priceMinor ?? null } });
      await writeAudit(tx, { actorId: actor.id, action: "newspaper.publication.create", entityType: "Publication", entityId: publication.id, after: publication });
      return { id: publication.id };
    }),
  );
}

export async function updatePublication(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "newsletter.manageIssues");
  const { id, version, priceMinor, ...input } = parseInput(updatePublicationSchema, rawInput);
  return db.$transaction(async (tx) => {
    const before = await tx.publication.findUnique({ where: { id } });
    if (!before) throw new NotFoundError();
    assertUpdated(await tx.publication.updateMany({ where: { id, version }, data: { ...input, priceMinor: priceMinor ?? null, version: { increment: 1 } } }));
    await writeAudit(tx, { actorId: actor.id, action: "newspaper.publication.update", entityType: "Publication", entityId: id, before, after: input });
    return { id };
  });
}

function issueDays(input: { editorialDeadline: string; adDeadline: string; printDate: string; distributionDate: string }) {
  return {
    editorialDeadline: dayToDate(input.editorialDeadline),
    adDeadline: dayToDate(input.adDeadline),
    printDate: dayToDate(input.printDate),
    distributionDate: dayToDate(input.distributionDate),
  };
}

export async function createIssue(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "newsletter.manageIssues");
  const input = parseInput(createIssueSchema, rawInput);
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "newspaper.issue.create" }, async () => {
      const publication = await tx.publication.findUnique({ where: { id: input.publicationId }, select: { id: true } });
      if (!publication) throw new ValidationError({ publicationId: [{ key: "invalidChoice" }] });
      const taken = await tx.newspaperIssue.findUnique({ where: { publicationId_year_number: { publicationId: input.publicationId, year: input.year, number: input.number } }, select: { id: true } });
      if (taken) throw new ValidationError({ number: [{ key: "newspaperIssueNumberTaken" }] });
      const issue = await tx.newspaperIssue.create({
        data: {
          publicationId: input.publicationId,
          number: input.number,
          year: input.year,
          title: input.title,
          pageCount: input.pageCount,
          ...issueDays(input),
          createdById: actor.id,
        },
      });
      await writeAudit(tx, { actorId: actor.id, action: "newspaper.issue.create", entityType: "NewspaperIssue", entityId: issue.id, after: issue });
      return { id: issue.id };
    }),
  );
}

export async function updateIssue(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "newsletter.manageIssues");
  const input = parseInput(updateIssueSchema, rawInput);
  return db.$transaction(async (tx) => {
    const before = await tx.newspaperIssue.findUnique({ where: { id: input.id } });
    if (!before) throw new NotFoundError();
    if (before.status === "DISTRIBUTED") throw new PreconditionError("newspaperIssueClosed");
    if (input.number !== before.number || input.year !== before.year) {
      const taken = await tx.newspaperIssue.findFirst({ where: { publicationId: before.publicationId, year: input.year, number: input.number, NOT: { id: input.id } }, select: { id: true } });
      if (taken) throw new ValidationError({ number: [{ key: "newspaperIssueNumberTaken" }] });
    }
    const placedBeyond = await tx.article.count({ where: { issueId: input.id, page: { gt: input.pageCount } } });
    const adsBeyond = await tx.adOrder.count({ where: { issueId: input.id, page: { gt: input.pageCount } } });
    if (placedBeyond + adsBeyond > 0) throw new ValidationError({ pageCount: [{ key: "newspaperPagesInUse" }] });
    const data = { number: input.number, year: input.year, title: input.title, pageCount: input.pageCount, ...issueDays(input) };
    assertUpdated(await tx.newspaperIssue.updateMany({ where: { id: input.id, version: input.version }, data: { ...data, version: { increment: 1 } } }));
    await writeAudit(tx, { actorId: actor.id, action: "newspaper.issue.update", entityType: "NewspaperIssue", entityId: input.id, before, after: data });
    return { id: input.id };
  });
}

/**
 * One step forward (or back before the printer). AT_PRINTER needs every article settled (placed or
 * rejected: what is approved but not placed would be lost) and DISTRIBUTED needs the final PDF.
 */
export async function changeIssueStatus(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "newsletter.manageIssues");
  const input = parseInput(issueStatusSchema, rawInput);
  return db.$transaction(async (tx) => {
    const issue = await tx.newspaperIssue.findUnique({ where: { id: input.id }, select: { id: true, status: true, finalPdfKey: true, version: true } });
    if (!issue) throw new NotFoundError();
    if (!issueTransitionAllowed(issue.status as IssueStatus, input.status)) throw new PreconditionError("newspaperTransitionRefused");
    if (input.status === "AT_PRINTER") {
      const unsettled = await tx.article.count({ where: { issueId: issue.id, status: { notIn: ["PLACED", "REJECTED"] } } });
      if (unsettled > 0) throw new PreconditionError("newspaperArticlesNotPlaced", { count: unsettled });
    }
    if (input.status === "DISTRIBUTED" && !issue.finalPdfKey) throw new PreconditionError("newspaperFinalPdfMissing");
    assertUpdated(await tx.newspaperIssue.updateMany({ where: { id: issue.id, version: input.version }, data: { status: input.status, version: { increment: 1 } } }));
    await writeAudit(tx, { actorId: actor.id, action: "newspaper.issue.status", entityType: "NewspaperIssue", entityId: issue.id, before: { status: issue.status }, after: { status: input.status } });
    return { id: issue.id };
  });
}
