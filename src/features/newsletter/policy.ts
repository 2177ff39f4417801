// The e-mail edition's workflow, pure (the page asks which steps to show; the service enforces the same):
// DRAFT → AWAITING_APPROVAL → APPROVED → SENDING → SENT. Any change of the content (intro, subject,
// refreshed articles) goes back to DRAFT: what was approved is what goes out. Approval needs a second
// person: never the one who built the edition or changed it last.
import type { EditionArticle, EditionStatus } from "./schema";

export type EditionStep = "edit" | "refresh" | "submit" | "approve" | "returnToDraft" | "send";

export interface EditionState {
  status: EditionStatus;
  createdById: string;
  editedById: string;
}

export function isOwnEdition(edition: Pick<EditionState, "createdById" | "editedById">, actorId: string): boolean {
  return edition.createdById === actorId || edition.editedById === actorId;
}

/** The steps the status allows (permissions and four eyes are checked apart: see allowedEditionSteps). */
export function stepAllowed(status: EditionStatus, step: EditionStep): boolean {
  switch (step) {
    case "edit":
    case "refresh":
      return status === "DRAFT" || status === "AWAITING_APPROVAL" || status === "APPROVED";
    case "submit":
      return status === "DRAFT";
    case "approve":
      return status === "AWAITING_APPROVAL";
    case "returnToDraft":
      return status === "AWAITING_APPROVAL" || status === "APPROVED";
    case "send":
      return status === "APPROVED";
  }
}

/** What this person may do now: the status, their permissions and the four-eyes rule together. */
export function allowedEditionSteps(edition: EditionState, actor: { id: string; mayPrepare: boolean; mayApprove: boolean }): EditionStep[] {
  const steps: EditionStep[] = [];
  for (const step of ["edit", "refresh", "submit", "returnToDraft", "send"] as const) {
    if (actor.mayPrepare && stepAllowed(edition.status, step)) steps.push(step);
  }
  if (actor.mayApprove && stepAllowed(edition.status, "approve") && !isOwnEdition(edition, actor.id)) steps.push("approve");
  if (actor.mayApprove && !actor.mayPrepare && stepAllowed(edition.status, "returnToDraft")) steps.push("returnToDraft");
  return steps;
}

/** The summary an article gets in the e-mail: its perex, else the start of its text cut at a word. */
export function summaryOf(article: { perex: string; body: string }, max = 280): string {
  const source = (article.perex.trim() || article.body.trim()).replace(/\s+/g, " ");
  if (source.length <= max) return source;
  const cut = source.slice(0, max);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[,;:.\s]+$/, "")}…`;
}

/** Articles in the order of the paper: by page, then position on the page, unplaced last. */
export function orderArticles<T extends { page: number | null; pageOrder: number; title: string }>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => (a.page ?? 9999) - (b.page ?? 9999) || a.pageOrder - b.pageOrder || a.title.localeCompare(b.title, "cs"));
}

export function editionArticlesEqual(a: readonly EditionArticle[], b: readonly EditionArticle[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
