import "server-only";
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { describeError, logger } from "@/server/logger";
import type { JobHandler } from "./queue";
import { runDueJobs, type RunDueJobsOptions } from "./runner";

/** Work done every `everyMs` (at the worker's tick granularity), e.g. publishing due press releases. */
export interface PeriodicTask {
  name: string;
  everyMs: number;
  /**
   * Must be safe to run on several app instances at once and again after a crash (a conditional UPDATE
   * that claims what it acts on): every instance runs every periodic task.
   */
  run: (now: Date) => Promise<unknown>;
}

export interface JobWorkerOptions {
  handlers: Record<string, JobHandler>;
  periodic?: PeriodicTask[];
  /** Pause between the end of one tick and the start of the next (default 5 s). */
  intervalMs?: number;
  workerId?: string;
  batchSize?: RunDueJobsOptions["batchSize"];
  leaseMs?: RunDueJobsOptions["leaseMs"];
}

export interface JobWorker {
  readonly workerId: string;
  /** Stops scheduling ticks; resolves when a tick in progress has ended. */
  stop(): Promise<void>;
}

const globalForWorker = globalThis as unknown as { heraldJobWorker?: JobWorker };

/**
 * Starts the job loop of this server process (src/instrumentation.ts calls it once; a second call
 * returns the running worker). A setTimeout chain: a tick runs the due jobs, then each periodic task
 * that is due; the next tick is scheduled only when this one has ended, so ticks never overlap. Errors,
 * a database outage included, are logged and the loop tries again next tick. Timers are unref'd: the
 * loop never keeps the process alive. HERALD_JOBS=off leaves it off.
 */
export function startJobWorker(options: JobWorkerOptions): JobWorker | undefined {
  if (process.env.HERALD_JOBS === "off") {
    logger.info("job worker disabled (HERALD_JOBS=off)");
    return undefined;
  }
  if (globalForWorker.heraldJobWorker) return globalForWorker.heraldJobWorker;
  const worker = createJobWorker(options);
  globalForWorker.heraldJobWorker = worker;
  return worker;
}

/** The loop itself, without the once-per-process guard (tests start and stop several). */
export function createJobWorker(options: JobWorkerOptions): JobWorker {
  const intervalMs = options.intervalMs ?? 5_000;
  const workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
  const periodic = options.periodic ?? [];
  const lastRun = new Map<string, number>();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> | undefined;
  let failing = false;

  async function tick() {
    let ok = true;
    try {
      const summary = await runDueJobs({
        handlers: options.handlers,
        workerId,
        batchSize: options.batchSize,
        leaseMs: options.leaseMs,
      });
      if (summary.claimed > 0) logger.info("jobs run", { workerId, ...summary });
    } catch (error) {
      ok = false;
      logger.error("job run failed (will retry next tick)", { workerId, ...describeError(error) });
    }
    for (const task of periodic) {
      if (stopped) break;
      const now = new Date();
      const last = lastRun.get(task.name);
      if (last !== undefined && now.getTime() - last < task.everyMs) continue;
      lastRun.set(task.name, now.getTime());
      try {
        await task.run(now);
      } catch (error) {
        ok = false;
        logger.error("periodic task failed (will retry)", { workerId, task: task.name, ...describeError(error) });
      }
    }
    if (!ok) failing = true;
    else if (failing) {
      failing = false;
      logger.info("job worker recovered", { workerId });
    }
  }

  function schedule(delay: number) {
    if (stopped) return;
    timer = setTimeout(() => {
      timer = undefined;
      current = tick()
        .catch((error: unknown) => logger.error("job worker tick crashed", { workerId, ...describeError(error) }))
        .finally(() => {
          current = undefined;
          schedule(intervalMs);
        });
    }, delay);
    timer.unref();
  }

  const onExit = () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
  process.once("exit", onExit);

  const worker: JobWorker = {
    workerId,
    async stop() {
      onExit();
      process.removeListener("exit", onExit);
      if (globalForWorker.heraldJobWorker === worker) globalForWorker.heraldJobWorker = undefined;
      await current;
    },
  };
  logger.info("job worker started", { workerId, intervalMs, handlers: Object.keys(options.handlers), periodic: periodic.map((t) => t.name) });
  schedule(0);
  return worker;
}
