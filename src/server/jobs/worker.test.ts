// The worker loop, without a database: runDueJobs is replaced by a counting fake.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const runDueJobs = vi.fn();
vi.mock("./runner", () => ({ runDueJobs: (...args: unknown[]) => runDueJobs(...args) }));
const { createJobWorker, startJobWorker } = await import("./worker");

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const summary = { claimed: 0, done: 0, retried: 0, failed: 0, lost: 0 };

beforeEach(() => {
  runDueJobs.mockReset();
  vi.spyOn(console, "log").mockImplementation(() => undefined);
  vi.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  delete process.env.HERALD_JOBS;
});

describe("job worker", () => {
  it("ticks every interval, runs due periodic tasks, and stops", async () => {
    runDueJobs.mockResolvedValue(summary);
    const fast = vi.fn().mockResolvedValue(["a"]);
    const slow = vi.fn().mockResolvedValue([]);
    const handlers = { "test.kind": async () => undefined };
    const worker = createJobWorker({
      handlers,
      workerId: "w-test",
      intervalMs: 10,
      periodic: [
        { name: "every tick", everyMs: 0, run: fast },
        { name: "rarely", everyMs: 60_000, run: slow },
      ],
    });
    await vi.waitFor(() => expect(runDueJobs.mock.calls.length).toBeGreaterThanOrEqual(3), { timeout: 5_000 });
    await worker.stop();
    const ticks = runDueJobs.mock.calls.length;
    expect(ticks).toBeGreaterThanOrEqual(3);
    expect(runDueJobs).toHaveBeenCalledWith(expect.objectContaining({ handlers, workerId: "w-test" }));
    expect(fast).toHaveBeenCalledTimes(ticks);
    expect(fast.mock.calls[0][0]).toBeInstanceOf(Date);
    expect(slow).toHaveBeenCalledTimes(1); // first tick, then not again within 60 s

    await sleep(50);
    expect(runDueJobs.mock.calls.length).toBe(ticks); // stopped: no more ticks
  });

  it("never overlaps ticks, even when a run takes longer than the interval", async () => {
    let running = 0;
    let maxRunning = 0;
    runDueJobs.mockImplementation(async () => {
      running += 1;
      maxRunning = Math.max(maxRunning, running);
      await sleep(30);
      running -= 1;
      return summary;
    });
    const worker = createJobWorker({ handlers: {}, intervalMs: 1 });
    await vi.waitFor(() => expect(runDueJobs.mock.calls.length).toBeGreaterThanOrEqual(3), { timeout: 5_000 });
    await worker.stop(); // waits for the tick in progress
    expect(running).toBe(0);
    expect(maxRunning).toBe(1);
  });

  it("logs a failing run or task (a database outage) and keeps going", async () => {
    runDueJobs
      .mockRejectedValueOnce(new Error("connect ECONNREFUSED 127.0.0.1:5432"))
      .mockRejectedValueOnce(new Error("connect ECONNREFUSED 127.0.0.1:5432"))
      .mockResolvedValue(summary);
    const task = vi.fn().mockRejectedValueOnce(new Error("task broke")).mockResolvedValue(undefined);
    const worker = createJobWorker({ handlers: {}, intervalMs: 5, periodic: [{ name: "t", everyMs: 0, run: task }] });
    await vi.waitFor(() => expect(task.mock.calls.length).toBeGreaterThanOrEqual(4), { timeout: 5_000 });
    await worker.stop();
    expect(runDueJobs.mock.calls.length).toBeGreaterThanOrEqual(4);
    const errors = vi.mocked(console.error).mock.calls.map(([line]) => JSON.parse(String(line)));
    expect(errors.filter((line) => line.msg.startsWith("job run failed"))).toHaveLength(2);
    expect(errors.filter((line) => line.msg.startsWith("periodic task failed"))).toHaveLength(1);
    const infos = vi.mocked(console.log).mock.calls.map(([line]) => JSON.parse(String(line)));
    expect(infos.some((line) => line.msg === "job worker recovered")).toBe(true);
  });

  it("starts once per process, and not at all with HERALD_JOBS=off", async () => {
    runDueJobs.mockResolvedValue(summary);
    process.env.HERALD_JOBS = "off";
    expect(startJobWorker({ handlers: {} })).toBeUndefined();
    delete process.env.HERALD_JOBS;

    const first = startJobWorker({ handlers: {}, intervalMs: 10 });
    const second = startJobWorker({ handlers: {}, intervalMs: 10 });
    expect(first).toBeDefined();
    expect(second).toBe(first);
    await first?.stop();
    const third = startJobWorker({ handlers: {}, intervalMs: 10 });
    expect(third).not.toBe(first); // a stopped worker may be started again
    await third?.stop();
  });

  it("does not keep the process alive (its timer is unref'd)", async () => {
    runDueJobs.mockResolvedValue(summary);
    const setTimeoutSpy = vi.spyOn(globalThis, "setTimeout");
    const worker = createJobWorker({ handlers: {}, intervalMs: 10 });
    const timer = setTimeoutSpy.mock.results[0]?.value as NodeJS.Timeout;
    expect(timer.hasRef()).toBe(false);
    await worker.stop();
  });
});
