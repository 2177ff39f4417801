import "server-only";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/server/auth/session";
import type { Actor } from "@/server/authz/permissions";
import { AppError, translateDatabaseError, UnauthenticatedError, ValidationError } from "@/server/errors";
import { describeError, logger } from "@/server/logger";

/** What every server action returns to its form (useActionState). */
export type ActionState<T = unknown> =
  | { ok: true; data: T; at: number }
  | {
      ok: false;
      message: string;
      fieldErrors: Record<string, string[]>;
      /** What the user submitted (never passwords), so that a failed submit loses nothing. */
      values: Record<string, string | string[]>;
      errorId?: string;
      at: number;
    }
  | null;

/** Fields never echoed back to the browser. */
const SECRET_FIELD = /password|secret|token/i;

/**
 * The one wrapper around every server action. Server actions are public HTTP endpoints: this requires a
 * session (re-read from the database), turns FormData (or a JSON object sent by hand) into a plain
 * object, and maps errors. Parsing with zod and checking the permission happen in the service
 * function `run`, so that every caller gets them. `onSuccess` runs outside the try/catch because
 * `redirect` and `revalidatePath` work by throwing.
 */
export function formAction<T>(
  run: (actor: Actor | null, input: Record<string, unknown>) => Promise<T>,
  options: {
    onSuccess?: (data: T, input: Record<string, unknown>) => void | Promise<void>;
    /** Only for the few actions a visitor may take (choosing the language); the service still decides. */
    allowAnonymous?: boolean;
  } = {},
) {
  // `_previous` is unused (each call stands alone) and typed loosely so that forms can share a state type.
  return async function action(_previous: unknown, payload: unknown): Promise<ActionState<T>> {
    const input = toPlainObject(payload);
    let data: T;
    try {
      const actor = await getActor();
      if (!actor && !options.allowAnonymous) throw new UnauthenticatedError();
      data = await run(actor, input);
    } catch (error) {
      return failure(error, input);
    }
    await options.onSuccess?.(data, input);
    return { ok: true, data, at: Date.now() };
  };
}

export function toPlainObject(payload: unknown): Record<string, unknown> {
  if (payload instanceof FormData) {
    const result: Record<string, unknown> = {};
    for (const [rawKey, value] of payload.entries()) {
      if (rawKey.startsWith("$ACTION")) continue; // React's own fields for progressive enhancement
      const isList = rawKey.endsWith("[]");
      const key = isList ? rawKey.slice(0, -2) : rawKey;
      const current = result[key];
      if (isList) result[key] = [...((current as unknown[]) ?? []), value];
      else result[key] = current === undefined ? value : [...(Array.isArray(current) ? current : [current]), value];
    }
    return result;
  }
  if (payload && typeof payload === "object" && !Array.isArray(payload)) return payload as Record<string, unknown>;
  return {};
}

async function failure(error: unknown, input: Record<string, unknown>): Promise<ActionState<never>> {
  const t = await getTranslations();
  const values = echoValues(input);
  const known = error instanceof AppError ? error : translateDatabaseError(error);
  if (known) {
    const fieldErrors: Record<string, string[]> = {};
    if (known instanceof ValidationError) {
      for (const [field, issues] of Object.entries(known.fieldIssues)) {
        fieldErrors[field] = issues.map((issue) => t(`validation.${issue.key}`, issue.values));
      }
    }
    return { ok: false, message: t(`errors.${known.messageKey}`, known.values), fieldErrors, values, at: Date.now() };
  }
  const errorId = crypto.randomUUID().slice(0, 8);
  logger.error("server action failed", { errorId, ...describeError(error) });
  return { ok: false, message: t("errors.unexpected", { id: errorId }), fieldErrors: {}, values, errorId, at: Date.now() };
}

function echoValues(input: Record<string, unknown>): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(input)) {
    if (SECRET_FIELD.test(key)) continue;
    if (typeof value === "string") values[key] = value;
    else if (Array.isArray(value)) values[key] = value.filter((item): item is string => typeof item === "string");
  }
  return values;
}
