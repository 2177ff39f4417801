import "server-only";
import { db } from "@/server/db";
import { logger } from "@/server/logger";
import type { JobHandler } from "./queue";

/**
 * The job runner: jobs are rows of the "Job" table (no separate queue library, which would need a pool
 * of its own: the embedded database takes one connection).
 *
 * Delivery is AT LEAST ONCE. A run claims due jobs in one atomic UPDATE (FOR UPDATE SKIP LOCKED, so
 * parallel runners on several app instances never claim the same job), sets them RUNNING with a lease
 * (lockedAt + leaseMs), then runs the handlers one after another, outside any transaction. A worker that
 * dies mid-run leaves its jobs RUNNING; when the lease has expired, the next run claims them again and
 * calls the handler a second time. Handlers must therefore be idempotent (see JobHandler): that is what
 * turns at-least-once delivery into an effect that happens exactly once.
 *
 * - done: status DONE, finishedAt.
 * - the handler throws: PENDING again, runAt = now + 30 s × 2^(attempt-1) (capped at 1 h), lastError
 *   (the message only, truncated); FAILED once attempts reach maxAttempts.
 * - no handler for the kind: FAILED at once, with lastError saying so.
 * - a job whose lease expired after its last allowed attempt (the worker died every time): FAILED.
 *
 * A job's outcome is written only if this worker still holds it (same lockedBy and attempts): a worker
 * that overran its lease and lost the job to another does not overwrite the other's result.
 * Leases are compared with the app servers' clocks (the `now` given, or new Date()): keep them in sync.
 */

export interface RunDueJobsOptions {
  handlers: Record<string, JobHandler>;
  /** Who claims (hostname:pid:random), stored in lockedBy. */
  workerId: string;
  /** The clock (default: new Date() at each step). Tests pass a fake time. */
  now?: Date;
  /** At most this many jobs per run (default 10). */
  batchSize?: number;
  /** How long a claim protects a running job (default 5 min): longer than any handler may run. */
  leaseMs?: number;
}

export interface RunSummary {
  claimed: number;
  done: number;
  retried: number;
  failed: number;
  /** Claimed, but the lease was lost (expired and taken by another worker) before the outcome was written. */
  lost: number;
}

export const DEFAULT_LEASE_MS = 5 * 60_000;
export const DEFAULT_BATCH_SIZE = 10;
const BASE_BACKOFF_MS = 30_000;
const MAX_BACKOFF_MS = 60 * 60_000;
const MAX_ERROR_LENGTH = 1_000;

/** The wait before retry number `attempt` (1-based): 30 s, 60 s, 120 s, … capped at 1 h. */
export function backoffMs(attempt: number): number {
  return Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** Math.max(0, attempt - 1));
}

interface ClaimedJob {
  id: bigint;
  kind: string;
  payload: unknown;
  attempts: number;
  maxAttempts: number;
}

export async function runDueJobs(options: RunDueJobsOptions): Promise<RunSummary> {
  const { handlers, workerId } = options;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error("runDueJobs: batchSize must be a positive integer");
  if (!(leaseMs > 0)) throw new Error("runDueJobs: leaseMs must be positive");
  const clock = () => options.now ?? new Date();
  const summary: RunSummary = { claimed: 0, done: 0, retried: 0, failed: 0, lost: 0 };

  const start = clock();
  const leaseExpiredBefore = new Date(start.getTime() - leaseMs);
  await failAbandoned(leaseExpiredBefore, start);

  const jobs = await db.$queryRaw<ClaimedJob[]>`
    UPDATE "Job"
    SET "status" = 'RUNNING', "lockedAt" = ${start}::timestamptz, "lockedBy" = ${workerId}, "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "Job"
      WHERE ("status" = 'PENDING' AND "runAt" <= ${start}::timestamptz)
         OR ("status" = 'RUNNING' AND "lockedAt" < ${leaseExpiredBefore}::timestamptz AND "attempts" < "maxAttempts")
      ORDER BY "runAt", "id"
      LIMIT ${batchSize}::int
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "kind", "payload", "attempts", "maxAttempts"`;
  summary.claimed = jobs.length;
  jobs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  for (const job of jobs) {
    const outcome = await runOne(job, handlers, workerId, clock);
    summary[outcome] += 1;
  }
  return summary;
}

type Outcome = "done" | "retried" | "failed" | "lost";

async function runOne(
  job: ClaimedJob,
  handlers: Record<string, JobHandler>,
  workerId: string,
  clock: () => Date,
): Promise<Outcome> {
  const handler = Object.hasOwn(handlers, job.kind) ? handlers[job.kind] : undefined;
  if (!handler) {
    const message = `No handler for job kind "${job.kind}" (is it wired in src/instrumentation.ts?)`;
    logger.error("job failed: unknown kind", { jobId: String(job.id), kind: job.kind });
    return (await finish(job, workerId, { status: "FAILED", at: clock(), error: message })) ? "failed" : "lost";
  }

  // The batch runs one job after another: renew the lease before each, so that a long batch does not
  // let its later jobs expire before they start, and skip a job another worker has taken meanwhile.
  const startedAt = clock();
  if (!(await renewLease(job, workerId, startedAt))) {
    logger.warn("job lease lost before it started", { jobId: String(job.id), kind: job.kind, workerId });
    return "lost";
  }

  try {
    await handler(job.payload, { jobId: job.id, attempt: job.attempts, now: startedAt });
  } catch (error) {
    const message = errorMessage(error);
    const at = clock();
    const fields = { jobId: String(job.id), kind: job.kind, attempt: job.attempts, message: message.slice(0, 200) };
    if (job.attempts >= job.maxAttempts) {
      if (!(await finish(job, workerId, { status: "FAILED", at, error: message }))) return "lost";
      logger.error("job failed after its last attempt", fields);
      return "failed";
    }
    const retryAt = new Date(at.getTime() + backoffMs(job.attempts));
    if (!(await finish(job, workerId, { status: "PENDING", at: retryAt, error: message }))) return "lost";
    logger.warn("job failed, will be retried", { ...fields, retryAt: retryAt.toISOString() });
    return "retried";
  }
  return (await finish(job, workerId, { status: "DONE", at: clock() })) ? "done" : "lost";
}

async function renewLease(job: ClaimedJob, workerId: string, at: Date): Promise<boolean> {
  const updated = await db.$executeRaw`
    UPDATE "Job" SET "lockedAt" = ${at}::timestamptz
    WHERE "id" = ${job.id} AND "status" = 'RUNNING' AND "lockedBy" = ${workerId} AND "attempts" = ${job.attempts}::int`;
  return updated === 1;
}

type Finish =
  | { status: "DONE"; at: Date }
  | { status: "FAILED"; at: Date; error: string }
  /** Back to the queue; `at` is the next runAt. */
  | { status: "PENDING"; at: Date; error: string };

/** Writes the outcome if this worker still holds the job; false when it lost it. */
async function finish(job: ClaimedJob, workerId: string, outcome: Finish): Promise<boolean> {
  const held = { id: job.id, status: "RUNNING" as const, lockedBy: workerId, attempts: job.attempts };
  const data =
    outcome.status === "DONE"
      ? { status: "DONE" as const, finishedAt: outcome.at, lockedAt: null }
      : outcome.status === "FAILED"
        ? { status: "FAILED" as const, finishedAt: outcome.at, lockedAt: null, lastError: outcome.error }
        : { status: "PENDING" as const, runAt: outcome.at, lockedAt: null, lockedBy: null, lastError: outcome.error };
  const { count } = await db.job.updateMany({ where: held, data });
  if (count === 0) {
    logger.warn("job lease lost: another worker holds it now, outcome not written", {
      jobId: String(job.id),
      kind: job.kind,
      workerId,
      outcome: outcome.status,
    });
  }
  return count === 1;
}

/** RUNNING jobs whose lease expired on their last allowed attempt: the worker died each time. */
async function failAbandoned(leaseExpiredBefore: Date, at: Date): Promise<void> {
  const failed = await db.$executeRaw`
    UPDATE "Job"
    SET "status" = 'FAILED', "finishedAt" = ${at}::timestamptz, "lockedAt" = NULL,
        "lastError" = 'The worker stopped during the last allowed attempt (lease expired)'
    WHERE "status" = 'RUNNING' AND "lockedAt" < ${leaseExpiredBefore}::timestamptz AND "attempts" >= "maxAttempts"`;
  if (failed > 0) logger.error("jobs failed: lease expired on their last attempt", { count: failed });
}

function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const text = message || (error instanceof Error ? error.name : "Error");
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text;
}
