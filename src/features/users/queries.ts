import "server-only";
import { z } from "zod";
import { accountKey } from "@/server/auth/login-throttle";
import { type Actor, requirePermission } from "@/server/authz/permissions";
import { db } from "@/server/db";
import type { Role } from "@/server/authz/roles";
import { NotFoundError, UnauthenticatedError } from "@/server/errors";

// What the administrator sees of a user: never the password hash.
const userSelect = {
  id: true,
  email: true,
  name: true,
  roles: true,
  locale: true,
  isActive: true,
  version: true,
  lastLoginAt: true,
  createdAt: true,
} as const;

export type UserRow = Awaited<ReturnType<typeof listUsers>>[number];

export async function listUsers(actor: Actor | null, now = new Date()) {
  requirePermission(actor, "user.view");
  const users = await db.user.findMany({ select: userSelect, orderBy: [{ isActive: "desc" }, { name: "asc" }] });
  return withLoginLocks(users, now);
}

export async function getUser(actor: Actor | null, id: string, now = new Date()) {
  requirePermission(actor, "user.view");
  if (!z.uuid().safeParse(id).success) throw new NotFoundError();
  const user = await db.user.findUnique({ where: { id }, select: userSelect });
  if (!user) throw new NotFoundError();
  return (await withLoginLocks([user], now))[0];
}

/** Adds when each account's login lock ends (null when not locked). */
async function withLoginLocks<T extends { email: string }>(users: T[], now: Date) {
  const locks = await db.loginThrottle.findMany({
    where: { key: { in: users.map((user) => accountKey(user.email)) }, lockedUntil: { gt: now } },
    select: { key: true, lockedUntil: true },
  });
  const lockedUntil = new Map(locks.map((lock) => [lock.key, lock.lockedUntil]));
  return users.map((user) => ({ ...user, lockedUntil: lockedUntil.get(accountKey(user.email)) ?? null }));
}

/** Names of active colleagues, for pickers (author filters, the media contact of a release). */
export async function listColleagues(actor: Actor | null, options: { role?: Role } = {}) {
  if (!actor) throw new UnauthenticatedError();
  return db.user.findMany({
    where: { isActive: true, ...(options.role ? { roles: { has: options.role } } : {}) },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
