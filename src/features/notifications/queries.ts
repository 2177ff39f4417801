import "server-only";
import { z } from "zod";
import type { Actor } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { UnauthenticatedError } from "@/server/errors";
import { parseInput } from "@/server/validation";

const filterSchema = z.strictObject({
  unreadOnly: z.preprocess((value) => value === true || value === "true" || value === "on", z.boolean()).optional(),
});

export const NOTIFICATION_LIMIT = 50;

/** The actor's own notifications, newest first. */
export async function listMyNotifications(actor: Actor | null, rawFilter: unknown = {}) {
  if (!actor) throw new UnauthenticatedError();
  const filter = parseInput(filterSchema, rawFilter ?? {});
  const [items, unreadCount] = await Promise.all([
    db.notification.findMany({
      where: { userId: actor.id, ...(filter.unreadOnly ? { readAt: null } : {}) },
      orderBy: { createdAt: "desc" },
      take: NOTIFICATION_LIMIT,
      select: { id: true, kind: true, values: true, entityType: true, entityId: true, readAt: true, createdAt: true },
    }),
    db.notification.count({ where: { userId: actor.id, readAt: null } }),
  ]);
  return { items, unreadCount };
}

/** The bell's number, on every staff page: a count, not the notifications themselves. */
export async function countUnreadNotifications(actor: Actor | null) {
  if (!actor) throw new UnauthenticatedError();
  return db.notification.count({ where: { userId: actor.id, readAt: null } });
}
