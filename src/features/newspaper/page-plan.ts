import "server-only";
import { writeAudit } from "@/server/audit";
import { type Actor, requirePermission } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { NotFoundError, PreconditionError, ValidationError } from "@/server/errors";
import { parseInput } from "@/server/validation";
import { openIssue } from "./common";
import { pageFill } from "./policy";
import { placeSchema } from "./schema";

/**
 * Puts an approved article or an ad order on a page (or takes it off with an empty page). An article on a
 * page is PLACED, taken off it is APPROVED again; an ad is PLACED, taken off it goes back to what it was
 * (ARTWORK_RECEIVED when it has its artwork). An overfilled page is allowed and reported (`overfilled`).
 */
export async function placeOnPage(actor: Actor | null, rawInput: unknown): Promise<{ id: string; page: number | null; overfilled: boolean }> {
  requirePermission(actor, "newsletter.edit");
  const input = parseInput(placeSchema, rawInput);
  return db.$transaction(async (tx) => {
    const page = input.page ?? null;
    let issueId: string;
    if (input.kind === "article") {
      const article = await tx.article.findUnique({ where: { id: input.id }, select: { id: true, issueId: true, status: true, page: true } });
      if (!article) throw new NotFoundError();
      issueId = article.issueId;
      const issue = await openIssue(tx, issueId);
      if (page && page > issue.pageCount) throw new ValidationError({ page: [{ key: "tooBig", values: { max: issue.pageCount } }] });
      if (article.status !== "APPROVED" && article.status !== "PLACED") throw new PreconditionError("newspaperNotApproved");
      const order = page ? await nextOrder(tx, issueId, page) : 0;
      await tx.article.update({ where: { id: article.id }, data: { page, pageOrder: order, status: page ? "PLACED" : "APPROVED", version: { increment: 1 } } });
      await writeAudit(tx, { actorId: actor.id, action: "newspaper.article.place", entityType: "Article", entityId: article.id, before: { page: article.page, status: article.status }, after: { page } });
    } else {
      const ad = await tx.adOrder.findUnique({ where: { id: input.id }, select: { id: true, issueId: true, status: true, page: true, artworkKey: true } });
      if (!ad) throw new NotFoundError();
      issueId = ad.issueId;
      const issue = await openIssue(tx, issueId);
      if (page && page > issue.pageCount) throw new ValidationError({ page: [{ key: "tooBig", values: { max: issue.pageCount } }] });
      if (ad.status === "CANCELLED") throw new PreconditionError("newspaperAdCancelled");
      const order = page ? await nextOrder(tx, issueId, page) : 0;
      const status = page ? "PLACED" : ad.artworkKey ? "ARTWORK_RECEIVED" : "ORDERED";
      await tx.adOrder.update({ where: { id: ad.id }, data: { page, pageOrder: order, status, version: { increment: 1 } } });
      await writeAudit(tx, { actorId: actor.id, action: "newspaper.ad.place", entityType: "AdOrder", entityId: ad.id, before: { page: ad.page, status: ad.status }, after: { page, status } });
    }
    let overfilled = false;
    if (page) {
      const fills = await issuePageFill(tx, issueId);
      overfilled = fills.find((fill) => fill.page === page)?.overfilled ?? false;
    }
    return { id: input.id, page, overfilled };
  });
}

async function nextOrder(tx: Parameters<typeof openIssue>[0], issueId: string, page: number) {
  const [articles, ads] = await Promise.all([
    tx.article.aggregate({ where: { issueId, page }, _max: { pageOrder: true } }),
    tx.adOrder.aggregate({ where: { issueId, page }, _max: { pageOrder: true } }),
  ]);
  return Math.max(articles._max.pageOrder ?? 0, ads._max.pageOrder ?? 0) + 1;
}

export async function issuePageFill(tx: Parameters<typeof openIssue>[0], issueId: string) {
  const issue = await tx.newspaperIssue.findUniqueOrThrow({ where: { id: issueId }, select: { pageCount: true, publication: { select: { pageCapacityChars: true } } } });
  const [articles, ads] = await Promise.all([
    tx.article.findMany({ where: { issueId, page: { not: null } }, select: { page: true, charCount: true } }),
    tx.adOrder.findMany({ where: { issueId, page: { not: null }, status: { not: "CANCELLED" } }, select: { page: true, pageShareBp: true } }),
  ]);
  return pageFill(issue.pageCount, issue.publication.pageCapacityChars, [
    ...articles.map((article) => ({ page: article.page, chars: article.charCount, pageShareBp: null })),
    ...ads.map((ad) => ({ page: ad.page, chars: null, pageShareBp: ad.pageShareBp })),
  ]);
}
