import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { type Actor, can, type Permission } from "@/server/authz/permissions";
import { ForbiddenError, NotFoundError } from "@/server/errors";
import { getActor } from "./session";

/**
 * For pages: the signed-in actor holding `permission`, else the login page (no session) or a 403 page.
 * The queries the page calls check the permission again; this gives the person a clear page.
 */
export async function requirePageActor(permission?: Permission): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login?notice=expired");
  if (permission && !can(actor, permission)) forbidden();
  return actor;
}

/** For pages: a query's NotFound/Forbidden becomes the friendly 404/403 page with its status code. */
export async function orPageError<T>(query: Promise<T>): Promise<T> {
  try {
    return await query;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  }
}
