// register() wires the features' jobs into one worker, on the Node.js server only: never in the edge
// runtime, never during `next build`, never with HERALD_JOBS=off.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const startJobWorker = vi.fn();
vi.mock("@/server/jobs/worker", () => ({ startJobWorker }));
vi.mock("@/features/press-releases/jobs", () => ({
  pressReleaseJobs: { "pressRelease.test": async () => undefined },
  pressReleasePeriodicTasks: [{ name: "publish due press releases", everyMs: 10_000, run: async () => [] }],
}));
vi.mock("@/features/distribution/jobs", () => ({ distributionJobs: { "distribution.test": async () => undefined } }));
vi.mock("@/features/press-conferences/jobs", () => ({ pressConferenceJobs: { "pressConference.test": async () => undefined } }));
vi.mock("@/features/inquiries/jobs", () => ({ inquiryJobs: { "inquiry.test": async () => undefined } }));
vi.mock("@/features/promo-items/jobs", () => ({ promoItemJobs: { "promoItem.test": async () => undefined } }));
vi.mock("@/features/media-contacts/jobs", () => ({
  mediaContactPeriodicTasks: [{ name: "purge inactive media contacts", everyMs: 6 * 3600 * 1000, run: async () => ({ erased: 0 }) }],
}));
vi.mock("@/features/ceremonies/jobs", () => ({
  ceremonyJobs: { "ceremony.test": async () => undefined },
  ceremonyPeriodicTasks: [{ name: "purge ceremony participants", everyMs: 6 * 3600 * 1000, run: async () => ({ erased: 0 }) }],
}));
vi.mock("@/features/monitoring/jobs", () => ({
  monitoringJobs: { "monitoring.test": async () => undefined },
  monitoringPeriodicTasks: [
    { name: "poll monitoring feeds", everyMs: 60_000, run: async () => [] },
    { name: "build the morning briefing", everyMs: 60_000, run: async () => ({ built: false }) },
  ],
}));
vi.mock("@/features/newspaper/jobs", () => ({ newspaperJobs: { "newspaper.test": async () => undefined } }));
vi.mock("@/features/newsletter/jobs", () => ({ newsletterJobs: { "newsletter.test": async () => undefined } }));
const { register } = await import("./instrumentation");

const saved = { ...process.env };
beforeEach(() => {
  startJobWorker.mockReset();
  delete process.env.HERALD_JOBS;
  delete process.env.NEXT_PHASE;
  process.env.NEXT_RUNTIME = "nodejs";
});
afterEach(() => {
  process.env = { ...saved };
});

describe("register", () => {
  it("starts the job worker with the features' handlers and periodic tasks", async () => {
    await register();
    expect(startJobWorker).toHaveBeenCalledTimes(1);
    const options = startJobWorker.mock.calls[0][0];
    expect(Object.keys(options.handlers)).toEqual(["pressRelease.test", "distribution.test", "pressConference.test", "inquiry.test", "promoItem.test", "ceremony.test", "monitoring.test", "newspaper.test", "newsletter.test"]);
    expect(options.periodic.map((task: { name: string }) => task.name)).toEqual(["publish due press releases", "purge inactive media contacts", "purge ceremony participants", "poll monitoring feeds", "build the morning briefing"]);
  });

  it.each([
    ["the edge runtime", { NEXT_RUNTIME: "edge" }],
    ["no runtime (a script)", { NEXT_RUNTIME: undefined }],
    ["next build", { NEXT_PHASE: "phase-production-build" }],
    ["HERALD_JOBS=off", { HERALD_JOBS: "off" }],
  ])("does nothing in %s", async (_name, env) => {
    for (const [key, value] of Object.entries(env)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    await register();
    expect(startJobWorker).not.toHaveBeenCalled();
  });
});
