import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { writeAudit } from "@/server/audit";
import { accountKey, clearThrottle } from "@/server/auth/login-throttle";
import { hashPassword, verifyPassword } from "@/server/auth/password-hash";
import { checkPasswordPolicy } from "@/server/auth/password-policy";
import { type Actor, requirePermission } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { ConflictError, NotFoundError, PreconditionError, UnauthenticatedError, ValidationError } from "@/server/errors";
import { once } from "@/server/idempotency";
import { parseInput } from "@/server/validation";
import {
  changeOwnPasswordSchema,
  createUserSchema,
  resetPasswordSchema,
  setLocaleSchema,
  updateUserSchema,
  userRefSchema,
} from "./schema";

// The audit log's picture of a user: no password hash.
const auditedFields = { id: true, email: true, name: true, roles: true, locale: true, isActive: true, version: true } as const;

function requireAcceptablePassword(field: string, password: string, email?: string) {
  const problem = checkPasswordPolicy(password, { email });
  if (problem) throw new ValidationError({ [field]: [{ key: problem }] });
}

export async function createUser(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "user.manage");
  const input = parseInput(createUserSchema, rawInput);
  requireAcceptablePassword("password", input.password, input.email);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "user.create" }, async () => {
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
        throw new ValidationError({ email: [{ key: "emailTaken" }] });
      }
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, roles: input.roles, locale: input.locale, passwordHash },
        select: auditedFields,
      });
      await writeAudit(tx, { actorId: actor.id, action: "user.create", entityType: "User", entityId: user.id, after: user });
      return { id: user.id };
    }),
  );
}

/** `npm run user:create`: the operator, at the server's shell, makes the first administrator. */
export async function createUserFromCommandLine(rawInput: unknown) {
  const input = parseInput(createUserSchema, rawInput);
  requireAcceptablePassword("password", input.password, input.email);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, roles: input.roles, locale: input.locale, passwordHash },
      select: auditedFields,
    });
    await writeAudit(tx, { actorId: null, action: "user.create", entityType: "User", entityId: user.id, after: { ...user, source: "command line" } });
    return { id: user.id };
  });
}

export async function updateUser(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "user.manage");
  const input = parseInput(updateUserSchema, rawInput);
  if (input.id === actor.id && !input.roles.includes("ADMIN")) throw new PreconditionError("cannotRemoveOwnAdmin");
  return changeUser(actor, input.id, input.version, "user.update", {
    name: input.name,
    roles: input.roles,
    locale: input.locale,
  });
}

export async function deactivateUser(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "user.manage");
  const input = parseInput(userRefSchema, rawInput);
  if (input.id === actor.id) throw new PreconditionError("cannotDeactivateSelf");
  // A new session version throws the user out at their next request.
  return changeUser(actor, input.id, input.version, "user.deactivate", { isActive: false, sessionVersion: { increment: 1 } });
}

export async function reactivateUser(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "user.manage");
  const input = parseInput(userRefSchema, rawInput);
  return changeUser(actor, input.id, input.version, "user.reactivate", { isActive: true });
}

export async function resetUserPassword(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "user.manage");
  const input = parseInput(resetPasswordSchema, rawInput);
  const target = await db.user.findUnique({ where: { id: input.id }, select: { email: true } });
  if (!target) throw new NotFoundError();
  requireAcceptablePassword("newPassword", input.newPassword, target.email);
  const passwordHash = await hashPassword(input.newPassword);
  return changeUser(actor, input.id, undefined, "user.resetPassword", {
    passwordHash,
    passwordChangedAt: new Date(),
    sessionVersion: { increment: 1 },
  });
}

/** Lifts the lock after failed logins (the account's counter; an address lock expires on its own). */
export async function unlockUser(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "user.manage");
  const input = parseInput(userRefSchema, rawInput);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.id }, select: { id: true, email: true } });
    if (!user) throw new NotFoundError();
    await clearThrottle(tx, accountKey(user.email));
    await writeAudit(tx, { actorId: actor.id, action: "user.unlock", entityType: "User", entityId: user.id });
    return { id: user.id };
  });
}

export async function changeOwnPassword(actor: Actor | null, rawInput: unknown) {
  if (!actor) throw new UnauthenticatedError();
  const input = parseInput(changeOwnPasswordSchema, rawInput);
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true, email: true } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new ValidationError({ currentPassword: [{ key: "currentPasswordWrong" }] });
  }
  requireAcceptablePassword("newPassword", input.newPassword, user.email);
  const passwordHash = await hashPassword(input.newPassword);
  // Every session ends, this one too: the user signs in again with the new password.
  return changeUser(actor, actor.id, undefined, "user.changePassword", {
    passwordHash,
    passwordChangedAt: new Date(),
    sessionVersion: { increment: 1 },
  });
}

export async function setOwnLocale(actor: Actor | null, rawInput: unknown) {
  const input = parseInput(setLocaleSchema, rawInput);
  if (actor) await changeUser(actor, actor.id, undefined, "user.setLocale", { locale: input.locale });
  return input;
}

/**
 * One guarded update: with `expectedVersion` the row changes only if nobody saved it in between
 * (else a conflict, and the caller's form keeps what was typed); the audit entry shares the transaction.
 */
async function changeUser(
  actor: Actor,
  id: string,
  expectedVersion: number | undefined,
  action: string,
  data: Prisma.UserUpdateManyMutationInput,
) {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id }, select: auditedFields });
    if (!before) throw new NotFoundError();
    const { count } = await tx.user.updateMany({
      where: { id, ...(expectedVersion === undefined ? {} : { version: expectedVersion }) },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("staleVersion");
    const after = await tx.user.findUniqueOrThrow({ where: { id }, select: auditedFields });
    await writeAudit(tx, { actorId: actor.id, action, entityType: "User", entityId: id, before, after });
    return { id, version: after.version };
  });
}
