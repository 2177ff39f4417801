import "server-only";
import { randomBytes } from "node:crypto";
import { writeAudit } from "@/server/audit";
import { type Actor, requirePermission } from "@/server/authz/permissions";
import { dayToDate, dateToDay } from "@/server/calendar-day";
import { db } from "@/server/db";
import { NotFoundError, ValidationError } from "@/server/errors";
import { once } from "@/server/idempotency";
import { appBaseUrl } from "@/server/mail/send-mail";
import { parseInput } from "@/server/validation";
import { hashToken } from "./articles";
import { assertUpdated, openIssue, type Tx } from "./common";
import { councilClubSchema, createContributorSchema, createInviteSchema, refSchema, updateContributorSchema, updateCouncilClubSchema } from "./schema";

// Contributors (clubs, schools, council members…), their personal submission links, and the council clubs.

async function checkClub(tx: Tx, councilClubId: string | undefined) {
  if (councilClubId && !(await tx.councilClub.findUnique({ where: { id: councilClubId }, select: { id: true } }))) {
    throw new ValidationError({ councilClubId: [{ key: "invalidChoice" }] });
  }
}

export async function createContributor(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "newsletter.edit");
  const { idempotencyKey, councilClubId, ...input } = parseInput(createContributorSchema, rawInput);
  return db.$transaction((tx) =>
    once(tx, { key: idempotencyKey, userId: actor.id, action: "newspaper.contributor.create" }, async () => {
      await checkClub(tx, councilClubId);
      const contributor = await tx.contributor.create({ data: { ...input, councilClubId: input.kind === "COUNCIL_MEMBER" ? (councilClubId ?? null) : null } });
      await writeAudit(tx, { actorId: actor.id, action: "newspaper.contributor.create", entityType: "Contributor", entityId: contributor.id, after: contributor });
      return { id: contributor.id };
    }),
  );
}

export async function updateContributor(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "newsletter.edit");
  const { id, version, councilClubId, ...input } = parseInput(updateContributorSchema, rawInput);
  return db.$transaction(async (tx) => {
    const before = await tx.contributor.findUnique({ where: { id } });
    if (!before) throw new NotFoundError();
    await checkClub(tx, councilClubId);
    const data = { ...input, councilClubId: input.kind === "COUNCIL_MEMBER" ? (councilClubId ?? null) : null };
    assertUpdated(await tx.contributor.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } }));
    await writeAudit(tx, { actorId: actor.id, action: "newspaper.contributor.update", entityType: "Contributor", entityId: id, before, after: data });
    return { id };
  });
}

/**
 * A personal submission link for one issue. The token is shown once (in the result); only its SHA-256
 * is stored, so a database leak reveals no working link. A new link for the same person is a new token.
 */
export async function createInvite(actor: Actor | null, rawInput: unknown): Promise<{ id: string; url: string | null }> {
  requirePermission(actor, "newsletter.edit");
  const input = parseInput(createInviteSchema, rawInput);
  const token = randomBytes(24).toString("base64url");
  let created = false;
  return db.$transaction(async (tx) => {
    const result = await once(tx, { key: input.idempotencyKey, userId: actor.id, action: "newspaper.invite.create" }, async () => {
      const issue = await openIssue(tx, input.issueId);
      const contributor = await tx.contributor.findUnique({ where: { id: input.contributorId }, select: { id: true, isActive: true } });
      if (!contributor?.isActive) throw new ValidationError({ contributorId: [{ key: "invalidChoice" }] });
      const deadline = input.deadline ?? dateToDay(issue.editorialDeadline);
      const invite = await tx.contributorInvite.create({
        data: { issueId: issue.id, contributorId: contributor.id, tokenHash: hashToken(token), allottedChars: input.allottedChars, brief: input.brief, deadline: dayToDate(deadline), createdById: actor.id },
      });
      await writeAudit(tx, { actorId: actor.id, action: "newspaper.invite.create", entityType: "ContributorInvite", entityId: invite.id, after: { issueId: issue.id, contributorId: contributor.id, allottedChars: input.allottedChars, deadline } });
      created = true;
      return { id: invite.id };
    });
    // The token is never stored (not even in the idempotency record): a retried request gets no link.
    return { id: result.id, url: created ? `${appBaseUrl()}/contribute/${token}` : null };
  });
}

export async function revokeInvite(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "newsletter.edit");
  const input = parseInput(refSchema, rawInput);
  return db.$transaction(async (tx) => {
    const { count } = await tx.contributorInvite.updateMany({ where: { id: input.id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count) await writeAudit(tx, { actorId: actor.id, action: "newspaper.invite.revoke", entityType: "ContributorInvite", entityId: input.id });
    return { id: input.id };
  });
}

export async function createCouncilClub(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "newsletter.manageIssues");
  const { idempotencyKey, ...input } = parseInput(councilClubSchema, rawInput);
  return db.$transaction((tx) =>
    once(tx, { key: idempotencyKey, userId: actor.id, action: "newspaper.club.create" }, async () => {
      if (await tx.councilClub.findUnique({ where: { name: input.name }, select: { id: true } })) throw new ValidationError({ name: [{ key: "newspaperClubNameTaken" }] });
      const club = await tx.councilClub.create({ data: input });
      await writeAudit(tx, { actorId: actor.id, action: "newspaper.club.create", entityType: "CouncilClub", entityId: club.id, after: club });
      return { id: club.id };
    }),
  );
}

export async function updateCouncilClub(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "newsletter.manageIssues");
  const { id, version, ...input } = parseInput(updateCouncilClubSchema, rawInput);
  return db.$transaction(async (tx) => {
    const before = await tx.councilClub.findUnique({ where: { id } });
    if (!before) throw new NotFoundError();
    if (input.name !== before.name && (await tx.councilClub.findUnique({ where: { name: input.name }, select: { id: true } }))) throw new ValidationError({ name: [{ key: "newspaperClubNameTaken" }] });
    assertUpdated(await tx.councilClub.updateMany({ where: { id, version }, data: { ...input, version: { increment: 1 } } }));
    await writeAudit(tx, { actorId: actor.id, action: "newspaper.club.update", entityType: "CouncilClub", entityId: id, before, after: input });
    return { id };
  });
}
