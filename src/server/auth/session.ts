import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import type { Actor } from "@/server/authz/permissions";
import { config } from "@/server/config";
import { db } from "@/server/db";
import { UnauthenticatedError } from "@/server/errors";
import { authOptions } from "./auth-options";

interface SessionClaims {
  uid?: string;
  sv?: number;
  authTime?: number;
}

/**
 * The signed-in user, re-read from the database once per request: a role change, a deactivation or
 * a bumped session version (logout, password change) takes effect at the next request.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions)) as SessionClaims | null;
  if (!session?.uid || typeof session.sv !== "number" || typeof session.authTime !== "number") return null;
  if (isPastAbsoluteLifetime(session.authTime)) return null;
  const user = await db.user.findUnique({
    where: { id: session.uid },
    select: { id: true, name: true, email: true, roles: true, locale: true, isActive: true, sessionVersion: true },
  });
  if (!user || !user.isActive || user.sessionVersion !== session.sv) return null;
  return { id: user.id, name: user.name, email: user.email, roles: user.roles, locale: user.locale };
});

export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new UnauthenticatedError();
  return actor;
}

export function isPastAbsoluteLifetime(authTimeSeconds: number, nowMs = Date.now()): boolean {
  return nowMs / 1000 - authTimeSeconds > config().SESSION_ABSOLUTE_HOURS * 3600;
}
