import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { UnauthenticatedError } from "@/server/errors";
import { parseInput } from "@/server/validation";

export interface NotificationMessage {
  /** A message-catalog key under notifications.*. */
  kind: string;
  values?: Record<string, string | number>;
  entityType: string;
  entityId: string;
}

/** Writes in-app notifications in the caller's transaction (they appear only if the change commits). */
export async function notify(tx: Pick<Prisma.TransactionClient, "notification">, userIds: Iterable<string>, message: NotificationMessage) {
  const recipients = [...new Set(userIds)];
  if (recipients.length === 0) return 0;
  const { count } = await tx.notification.createMany({
    data: recipients.map((userId) => ({
      userId,
      kind: message.kind,
      values: message.values ?? {},
      entityType: message.entityType,
      entityId: message.entityId,
    })),
  });
  return count;
}

const markReadSchema = z.union([z.strictObject({ id: z.uuid() }), z.strictObject({ all: z.union([z.literal(true), z.literal("true"), z.literal("on")]) })]);

/**
 * Marks one of the actor's notifications (or all of them) read. Only the actor's own rows match the
 * `where`; another user's id changes nothing. A personal reading mark, not office data: not audited.
 */
export async function markRead(actor: Actor | null, rawInput: unknown) {
  if (!actor) throw new UnauthenticatedError();
  const input = parseInput(markReadSchema, rawInput);
  const { count } = await db.notification.updateMany({
    where: { userId: actor.id, readAt: null, ...("id" in input ? { id: input.id } : {}) },
    data: { readAt: new Date() },
  });
  return { count };
}
