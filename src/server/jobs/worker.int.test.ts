// The worker loop end to end on the file's database (also on the one-connection PGlite fallback): a job
// whose handler writes in its own transaction and enqueues a follow-up job, and a periodic task.
import { expect, it } from "vitest";
import { writeAudit } from "@/server/audit";
import { db } from "@/server/db";
import { unique } from "../../../tests/support/factories";
import { enqueueJob, type JobHandler } from "./queue";
import { createJobWorker } from "./worker";

it("runs queued jobs (and the jobs they enqueue) and periodic tasks until stopped", async () => {
  const entityId = unique("job");
  const handlers: Record<string, JobHandler> = {
    "test.first": async (payload, { jobId }) => {
      await db.$transaction(async (tx) => {
        await writeAudit(tx, { actorId: null, action: "test.job", entityType: "Job", entityId, after: { jobId: String(jobId), payload } });
        await enqueueJob(tx, { kind: "test.second", dedupeKey: `second:${jobId}` });
      });
    },
    "test.second": async () => undefined,
  };
  let periodicRuns = 0;
  await db.$transaction((tx) => enqueueJob(tx, { kind: "test.first", payload: { n: 1 } }));

  const worker = createJobWorker({
    handlers,
    intervalMs: 20,
    periodic: [{ name: "count", everyMs: 0, run: async () => void (periodicRuns += 1) }],
  });
  try {
    const deadline = Date.now() + 15_000;
    while ((await db.job.count({ where: { status: "DONE" } })) < 2 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  } finally {
    await worker.stop();
  }
  const jobs = await db.job.findMany({ orderBy: { id: "asc" }, select: { kind: true, status: true, attempts: true } });
  expect(jobs).toEqual([
    { kind: "test.first", status: "DONE", attempts: 1 },
    { kind: "test.second", status: "DONE", attempts: 1 },
  ]);
  expect(await db.auditLog.count({ where: { action: "test.job", entityId } })).toBe(1);
  expect(periodicRuns).toBeGreaterThanOrEqual(1);
});
