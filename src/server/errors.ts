// The application's expected failures. Their messages are message-catalog keys (errors.*), shown to the
// user; anything else is unexpected: logged with an id, and the user sees only that id.

/** One problem with one field: a key under `validation.` in the message catalogs, with its values. */
export interface FieldIssue {
  key: string;
  values?: Record<string, string | number>;
}
export type FieldIssues = Record<string, FieldIssue[]>;

export abstract class AppError extends Error {
  abstract readonly status: number;
  constructor(
    /** A key under `errors.` in the message catalogs. */
    readonly messageKey: string,
    readonly values: Record<string, string | number> = {},
  ) {
    super(messageKey);
    this.name = new.target.name;
  }
}

export class NotFoundError extends AppError {
  readonly status = 404;
  constructor(messageKey = "notFound") {
    super(messageKey);
  }
}

export class ForbiddenError extends AppError {
  readonly status = 403;
  constructor(messageKey = "forbidden") {
    super(messageKey);
  }
}

export class UnauthenticatedError extends AppError {
  readonly status = 401;
  constructor() {
    super("unauthenticated");
  }
}

/** Someone else changed the record first (a stale version), or a unique value is taken. */
export class ConflictError extends AppError {
  readonly status = 409;
}

export class ValidationError extends AppError {
  readonly status = 400;
  constructor(
    readonly fieldIssues: FieldIssues,
    messageKey = "validation",
  ) {
    super(messageKey);
  }
}

/** The record is in a state that does not allow the step (e.g. publishing a draft that is not approved). */
export class PreconditionError extends AppError {
  readonly status = 412;
}

/** Prisma's known error codes, translated in this one place. */
export function translateDatabaseError(error: unknown): AppError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "P2002") return new ConflictError("uniqueViolation");
  if (code === "P2025") return new NotFoundError();
  if (code === "P2003") return new PreconditionError("referencedRecord");
  return undefined;
}
