import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { ConflictError, NotFoundError, PreconditionError } from "@/server/errors";
import { type IssueStatus, issueContentOpen } from "./policy";

export type Tx = Prisma.TransactionClient;

/** The issue an article, link or order belongs to; refused once the issue is at the printer. */
export async function openIssue(tx: Tx, issueId: string) {
  const issue = await tx.newspaperIssue.findUnique({
    where: { id: issueId },
    select: { id: true, status: true, pageCount: true, editorialDeadline: true, publicationId: true, number: true, year: true },
  });
  if (!issue) throw new NotFoundError();
  if (!issueContentOpen(issue.status as IssueStatus)) throw new PreconditionError("newspaperIssueClosed");
  return issue;
}

/** Zero rows updated = someone saved first. */
export function assertUpdated(result: { count: number }) {
  if (result.count !== 1) throw new ConflictError("staleVersion");
}
