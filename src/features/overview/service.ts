import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { type Actor, requirePermission } from "@/server/authz/permissions";
import { writeAudit } from "@/server/audit";
import { db } from "@/server/db";
import { parseInput } from "@/server/validation";
import { feedTokenSchema } from "./schema";

// The personal calendar feed's secret: 32 random bytes (base64url) shown once; only its SHA-256 is stored,
// so a database dump does not open anyone's feed. One active token a user (partial unique index): creating
// a new one revokes the old one in the same transaction (rotation). Audit entries never hold the secret.

export function hashFeedToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Creates the actor's feed token, revoking the current one; returns the secret (shown once). */
export async function createFeedToken(actor: Actor | null, rawInput: unknown, now = new Date()): Promise<{ token: string }> {
  requirePermission(actor, "calendar.view");
  parseInput(feedTokenSchema, rawInput ?? {});
  const token = randomBytes(32).toString("base64url");
  await db.$transaction(async (tx) => {
    const revoked = await tx.calendarFeedToken.updateMany({ where: { userId: actor.id, revokedAt: null }, data: { revokedAt: now } });
    const created = await tx.calendarFeedToken.create({ data: { userId: actor.id, tokenHash: hashFeedToken(token), createdAt: now }, select: { id: true } });
    await writeAudit(tx, { actorId: actor.id, action: revoked.count > 0 ? "calendarFeed.rotate" : "calendarFeed.create", entityType: "CalendarFeedToken", entityId: created.id });
  });
  return { token };
}

/** Revokes the actor's active feed token: its URL answers 404 from now on. Nothing to revoke is not an error. */
export async function revokeFeedToken(actor: Actor | null, rawInput: unknown, now = new Date()): Promise<{ revoked: number }> {
  requirePermission(actor, "calendar.view");
  parseInput(feedTokenSchema, rawInput ?? {});
  return db.$transaction(async (tx) => {
    const active = await tx.calendarFeedToken.findMany({ where: { userId: actor.id, revokedAt: null }, select: { id: true } });
    if (active.length === 0) return { revoked: 0 };
    await tx.calendarFeedToken.updateMany({ where: { id: { in: active.map((row) => row.id) }, revokedAt: null }, data: { revokedAt: now } });
    for (const row of active) await writeAudit(tx, { actorId: actor.id, action: "calendarFeed.revoke", entityType: "CalendarFeedToken", entityId: row.id });
    return { revoked: active.length };
  });
}
