// The table-driven job runner against a real database: enqueueing in the caller's transaction, dedupe,
// due times on a fake clock, retries with backoff, parallel runners and crash recovery (expired leases).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { isEmbedded } from "../../../tests/support/database";
import { enqueueJob, type JobHandler } from "./queue";
import { backoffMs, DEFAULT_LEASE_MS, runDueJobs } from "./runner";

// Side effects of test handlers, one row per handler call (a real table: every pool connection sees it).
beforeAll(async () => {
  await db.$executeRaw`CREATE TABLE "test_job_effect" ("jobId" bigint NOT NULL, "workerId" text NOT NULL, "attempt" int NOT NULL)`;
});
afterAll(async () => {
  await db.$executeRaw`DROP TABLE IF EXISTS "test_job_effect"`;
});
beforeEach(async () => {
  await db.job.deleteMany();
  await db.$executeRaw`DELETE FROM "test_job_effect"`;
});

const T0 = new Date("2030-01-01T10:00:00.000Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

function recording(workerId: string, work?: () => Promise<void>): JobHandler {
  return async (_payload, { jobId, attempt }) => {
    await db.$executeRaw`INSERT INTO "test_job_effect" ("jobId", "workerId", "attempt") VALUES (${jobId}, ${workerId}, ${attempt}::int)`;
    await work?.();
  };
}

async function effects() {
  return db.$queryRaw<Array<{ jobId: bigint; workerId: string; attempt: number }>>`
    SELECT "jobId", "workerId", "attempt" FROM "test_job_effect" ORDER BY "jobId", "attempt"`;
}

async function enqueue(job: Parameters<typeof enqueueJob>[1]) {
  await db.$transaction((tx) => enqueueJob(tx, job));
}

describe("enqueueJob", () => {
  it("adds nothing when the caller's transaction rolls back", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await enqueueJob(tx, { kind: "test.echo", payload: { n: 1 } });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.job.count()).toBe(0);
  });

  it("adds the job with its payload and defaults when the transaction commits", async () => {
    const before = new Date(Date.now() - 1_000);
    await enqueue({ kind: "test.echo", payload: { releaseId: "r1", list: [1, 2] } });
    const job = await db.job.findFirstOrThrow();
    expect(job).toMatchObject({ kind: "test.echo", payload: { releaseId: "r1", list: [1, 2] }, status: "PENDING", attempts: 0, maxAttempts: 5, dedupeKey: null });
    expect(job.runAt.getTime()).toBeGreaterThanOrEqual(before.getTime());
  });

  it("makes one job per dedupeKey, also when enqueued concurrently", async () => {
    await enqueue({ kind: "test.echo", dedupeKey: "distribute:r1:v1", payload: { first: true } });
    await enqueue({ kind: "test.echo", dedupeKey: "distribute:r1:v1", payload: { first: false } });
    await Promise.all(Array.from({ length: 5 }, () => enqueue({ kind: "test.echo", dedupeKey: "distribute:r2:v1" })));
    await enqueue({ kind: "test.echo" });
    await enqueue({ kind: "test.echo" });
    const jobs = await db.job.findMany({ orderBy: { id: "asc" } });
    expect(jobs.map((job) => job.dedupeKey)).toEqual(["distribute:r1:v1", "distribute:r2:v1", null, null]);
    expect(jobs[0].payload).toEqual({ first: true });
  });

  it("refuses a bad kind or maxAttempts", async () => {
    await expect(enqueue({ kind: "" })).rejects.toThrow(/kind/);
    await expect(enqueue({ kind: "test.echo", maxAttempts: 0 })).rejects.toThrow(/maxAttempts/);
    expect(await db.job.count()).toBe(0);
  });
});

describe("runDueJobs", () => {
  it("runs a due job once, with its payload, and marks it DONE", async () => {
    await enqueue({ kind: "test.echo", payload: { hello: "world" }, runAt: T0 });
    const seen: unknown[] = [];
    const handlers = {
      "test.echo": async (payload: unknown, context: { jobId: bigint; attempt: number; now: Date }) => {
        seen.push({ payload, attempt: context.attempt, now: context.now });
      },
    };
    expect(await runDueJobs({ handlers, workerId: "w1", now: at(1) })).toEqual({ claimed: 1, done: 1, retried: 0, failed: 0, lost: 0 });
    expect(seen).toEqual([{ payload: { hello: "world" }, attempt: 1, now: at(1) }]);
    const job = await db.job.findFirstOrThrow();
    expect(job).toMatchObject({ status: "DONE", attempts: 1, lockedBy: "w1", lockedAt: null, lastError: null, finishedAt: at(1) });

    // Nothing left: a second run (even much later) claims nothing.
    expect(await runDueJobs({ handlers, workerId: "w1", now: at(86_400_000) })).toMatchObject({ claimed: 0 });
    expect(seen).toHaveLength(1);
  });

  it("does not run a job before its runAt", async () => {
    await enqueue({ kind: "test.echo", runAt: at(60_000) });
    const handlers = { "test.echo": recording("w1") };
    expect(await runDueJobs({ handlers, workerId: "w1", now: at(59_999) })).toMatchObject({ claimed: 0 });
    expect(await effects()).toHaveLength(0);
    expect(await db.job.findFirstOrThrow()).toMatchObject({ status: "PENDING", attempts: 0 });

    expect(await runDueJobs({ handlers, workerId: "w1", now: at(60_000) })).toMatchObject({ claimed: 1, done: 1 });
    expect(await effects()).toHaveLength(1);
  });

  it("runs due jobs oldest first, at most batchSize per run", async () => {
    for (const offset of [3, 1, 2]) await enqueue({ kind: "test.order", payload: { offset }, runAt: at(offset) });
    const order: unknown[] = [];
    const handlers = { "test.order": async (payload: unknown) => void order.push((payload as { offset: number }).offset) };
    expect(await runDueJobs({ handlers, workerId: "w1", now: at(10), batchSize: 2 })).toMatchObject({ claimed: 2, done: 2 });
    expect(await runDueJobs({ handlers, workerId: "w1", now: at(10), batchSize: 2 })).toMatchObject({ claimed: 1, done: 1 });
    expect(order).toEqual([1, 2, 3]);
  });

  it("retries a failing handler with exponential backoff and ends FAILED after maxAttempts", async () => {
    await enqueue({ kind: "test.fail", runAt: T0, maxAttempts: 3 });
    let calls = 0;
    const handlers = {
      "test.fail": async () => {
        calls += 1;
        throw new Error(`SMTP refused (call ${calls})`);
      },
    };
    expect(backoffMs(1)).toBe(30_000);
    expect(backoffMs(2)).toBe(60_000);
    expect(backoffMs(30)).toBe(3_600_000);

    expect(await runDueJobs({ handlers, workerId: "w1", now: T0 })).toEqual({ claimed: 1, done: 0, retried: 1, failed: 0, lost: 0 });
    expect(await db.job.findFirstOrThrow()).toMatchObject({
      status: "PENDING", attempts: 1, runAt: at(30_000), lastError: "SMTP refused (call 1)", lockedBy: null, lockedAt: null, finishedAt: null,
    });

    expect(await runDueJobs({ handlers, workerId: "w1", now: at(29_999) })).toMatchObject({ claimed: 0 });
    expect(await runDueJobs({ handlers, workerId: "w1", now: at(30_000) })).toMatchObject({ claimed: 1, retried: 1 });
    expect(await db.job.findFirstOrThrow()).toMatchObject({ status: "PENDING", attempts: 2, runAt: at(90_000), lastError: "SMTP refused (call 2)" });

    expect(await runDueJobs({ handlers, workerId: "w1", now: at(89_999) })).toMatchObject({ claimed: 0 });
    expect(await runDueJobs({ handlers, workerId: "w1", now: at(90_000) })).toMatchObject({ claimed: 1, failed: 1 });
    expect(await db.job.findFirstOrThrow()).toMatchObject({ status: "FAILED", attempts: 3, lastError: "SMTP refused (call 3)", finishedAt: at(90_000) });

    expect(await runDueJobs({ handlers, workerId: "w1", now: at(86_400_000) })).toMatchObject({ claimed: 0 });
    expect(calls).toBe(3);
  });

  it("succeeds on a retry, and keeps only the message of an error, truncated", async () => {
    await enqueue({ kind: "test.flaky", runAt: T0 });
    let calls = 0;
    const handlers = {
      "test.flaky": async () => {
        calls += 1;
        if (calls === 1) throw new Error("x".repeat(5_000));
      },
    };
    await runDueJobs({ handlers, workerId: "w1", now: T0 });
    const retried = await db.job.findFirstOrThrow();
    expect(retried.lastError?.length).toBeLessThanOrEqual(1_000);
    expect(retried.lastError).not.toMatch(/at .*\.ts/); // no stack trace
    expect(await runDueJobs({ handlers, workerId: "w1", now: at(30_000) })).toMatchObject({ claimed: 1, done: 1 });
    expect(await db.job.findFirstOrThrow()).toMatchObject({ status: "DONE", attempts: 2 });
  });

  it("fails a job of an unknown kind at once, saying why", async () => {
    await enqueue({ kind: "test.nobody-handles-this", runAt: T0 });
    expect(await runDueJobs({ handlers: {}, workerId: "w1", now: T0 })).toMatchObject({ claimed: 1, failed: 1 });
    const job = await db.job.findFirstOrThrow();
    expect(job).toMatchObject({ status: "FAILED", attempts: 1 });
    expect(job.lastError).toMatch(/No handler for job kind "test.nobody-handles-this"/);
  });

  it("does not take a handler from the prototype chain for a kind like 'constructor'", async () => {
    await enqueue({ kind: "constructor", runAt: T0 });
    expect(await runDueJobs({ handlers: {}, workerId: "w1", now: T0 })).toMatchObject({ claimed: 1, failed: 1 });
  });
});

describe("crash recovery (leases)", () => {
  async function leftRunning(lockedAt: Date, attempts = 1, maxAttempts = 5) {
    await enqueue({ kind: "test.effect", runAt: T0, maxAttempts });
    const job = await db.job.findFirstOrThrow();
    // What a worker that died mid-run leaves behind.
    await db.$executeRaw`
      UPDATE "Job" SET "status" = 'RUNNING', "lockedAt" = ${lockedAt}::timestamptz, "lockedBy" = 'dead-worker', "attempts" = ${attempts}::int
      WHERE "id" = ${job.id}`;
    return job.id;
  }

  it("does not steal a RUNNING job within its lease", async () => {
    await leftRunning(T0);
    const handlers = { "test.effect": recording("w2") };
    expect(await runDueJobs({ handlers, workerId: "w2", now: at(DEFAULT_LEASE_MS - 1) })).toMatchObject({ claimed: 0 });
    expect(await runDueJobs({ handlers, workerId: "w2", now: at(10_000), leaseMs: 60_000 })).toMatchObject({ claimed: 0 });
    expect(await effects()).toHaveLength(0);
    expect(await db.job.findFirstOrThrow()).toMatchObject({ status: "RUNNING", lockedBy: "dead-worker", attempts: 1 });
  });

  it("claims and runs a job again once the lease of its dead worker has expired", async () => {
    const id = await leftRunning(T0);
    const handlers = { "test.effect": recording("w2") };
    expect(await runDueJobs({ handlers, workerId: "w2", now: at(DEFAULT_LEASE_MS + 1) })).toMatchObject({ claimed: 1, done: 1 });
    expect(await effects()).toEqual([{ jobId: id, workerId: "w2", attempt: 2 }]);
    expect(await db.job.findFirstOrThrow()).toMatchObject({ status: "DONE", attempts: 2, lockedBy: "w2" });
  });

  it("fails a job whose worker died on its last allowed attempt instead of running it again", async () => {
    await leftRunning(T0, 3, 3);
    const handlers = { "test.effect": recording("w2") };
    expect(await runDueJobs({ handlers, workerId: "w2", now: at(DEFAULT_LEASE_MS + 1) })).toMatchObject({ claimed: 0 });
    expect(await effects()).toHaveLength(0);
    const job = await db.job.findFirstOrThrow();
    expect(job).toMatchObject({ status: "FAILED", attempts: 3 });
    expect(job.lastError).toMatch(/lease expired/);
  });

  it("a worker that overran its lease does not overwrite the outcome of the worker that took over", async () => {
    await enqueue({ kind: "test.slow", runAt: T0 });
    let release!: () => void;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const hasStarted = new Promise<void>((resolve) => (started = resolve));
    let call = 0;
    const handlers: Record<string, JobHandler> = {
      "test.slow": async () => {
        call += 1;
        if (call === 1) {
          started();
          await blocked; // the first worker hangs past its lease
          throw new Error("late failure of the first worker");
        }
      },
    };
    const first = runDueJobs({ handlers, workerId: "w1", now: T0, leaseMs: 60_000 });
    await hasStarted;
    expect(await runDueJobs({ handlers, workerId: "w2", now: at(60_001), leaseMs: 60_000 })).toMatchObject({ claimed: 1, done: 1 });
    release();
    expect(await first).toEqual({ claimed: 1, done: 0, retried: 0, failed: 0, lost: 1 });
    expect(await db.job.findFirstOrThrow()).toMatchObject({ status: "DONE", attempts: 2, lockedBy: "w2", lastError: null });
  });
});

describe.skipIf(isEmbedded)("parallel runners (real PostgreSQL only: PGlite serializes sessions)", () => {
  it("two runners over 50 due jobs run each handler exactly once", async () => {
    for (let i = 0; i < 50; i += 1) await enqueue({ kind: "test.effect", payload: { i }, runAt: T0 });
    const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 2));
    async function drain(workerId: string) {
      const handlers = { "test.effect": recording(workerId, tick) };
      let claimed = 0;
      for (;;) {
        const summary = await runDueJobs({ handlers, workerId, now: at(1), batchSize: 5 });
        expect(summary.lost).toBe(0);
        if (summary.claimed === 0) return claimed;
        claimed += summary.claimed;
      }
    }
    const [a, b] = await Promise.all([drain("runner-a"), drain("runner-b")]);
    expect(a + b).toBe(50);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);

    const rows = await effects();
    expect(rows).toHaveLength(50);
    expect(new Set(rows.map((row) => row.jobId)).size).toBe(50);
    expect(rows.every((row) => row.attempt === 1)).toBe(true);
    expect(await db.job.count({ where: { status: "DONE", attempts: 1 } })).toBe(50);
  });

  it("parallel runners recover an abandoned job once, not once each", async () => {
    await enqueue({ kind: "test.effect", runAt: T0 });
    await db.$executeRaw`UPDATE "Job" SET "status" = 'RUNNING', "lockedAt" = ${T0}::timestamptz, "lockedBy" = 'dead', "attempts" = 1`;
    const now = at(DEFAULT_LEASE_MS + 1);
    const results = await Promise.all(
      ["r1", "r2", "r3", "r4"].map((workerId) => runDueJobs({ handlers: { "test.effect": recording(workerId) }, workerId, now })),
    );
    expect(results.reduce((sum, result) => sum + result.claimed, 0)).toBe(1);
    expect(await effects()).toHaveLength(1);
  });
});
