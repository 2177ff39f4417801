import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/**
 * A job's work. Runs outside any transaction of the runner, after the job was claimed.
 *
 * Handlers MUST be idempotent: the runner gives at-least-once execution. A worker that dies (a restart,
 * a crash, a lost connection) after the handler's effect but before the job is marked DONE leaves the
 * job RUNNING; once its lease expires, another run claims it and calls the handler again. Make the
 * effect conditional (`UPDATE … WHERE status = 'SCHEDULED'`, an `INSERT … ON CONFLICT DO NOTHING` on a
 * key derived from `jobId`, a "sent" marker per recipient checked before sending) so a second call
 * changes nothing. Throwing schedules a retry with backoff (or FAILED after maxAttempts).
 *
 * Inside a `db.$transaction(async (tx) => …)` use only `tx`: the embedded database has one connection.
 */
export type JobHandler = (payload: unknown, context: JobContext) => Promise<void>;

export interface JobContext {
  jobId: bigint;
  /** 1 on the first run, 2 on the first retry (or on a re-run after a crash), … */
  attempt: number;
  /** The runner's clock for this run (tests pass a fake one). */
  now: Date;
}

export interface NewJob {
  /** Which handler runs it, e.g. "press-release.distribute". */
  kind: string;
  payload?: Prisma.InputJsonValue;
  /** Not before this time (default: now, by the database's clock). */
  runAt?: Date;
  /** At most one job per key, ever (e.g. "distribute:<release id>:<version>"): a second enqueue is a no-op. */
  dedupeKey?: string;
  /** Runs at most this many times (default 5). */
  maxAttempts?: number;
}

const MAX_KIND_LENGTH = 200;

/**
 * Adds a job in the caller's transaction: the job exists if and only if the change that asked for it
 * commits. With a dedupeKey, an existing job with that key (in any state) wins and nothing is added.
 */
export async function enqueueJob(tx: Prisma.TransactionClient, job: NewJob): Promise<void> {
  if (!job.kind || job.kind.length > MAX_KIND_LENGTH) throw new Error("enqueueJob: kind must be 1–200 characters");
  const maxAttempts = job.maxAttempts ?? 5;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new Error("enqueueJob: maxAttempts must be a positive integer");
  if (job.runAt && Number.isNaN(job.runAt.getTime())) throw new Error("enqueueJob: runAt is not a valid date");
  const payload = JSON.stringify(job.payload ?? {});
  const runAt = job.runAt ?? null;
  const dedupeKey = job.dedupeKey ?? null;
  await tx.$executeRaw`
    INSERT INTO "Job" ("kind", "payload", "runAt", "maxAttempts", "dedupeKey")
    VALUES (${job.kind}, ${payload}::jsonb, COALESCE(${runAt}::timestamptz, now()), ${maxAttempts}::int, ${dedupeKey}::text)
    ON CONFLICT ("dedupeKey") DO NOTHING`;
}
