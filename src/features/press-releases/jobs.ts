import "server-only";
import type { JobHandler } from "@/server/jobs/queue";
import type { PeriodicTask } from "@/server/jobs/worker";
import { publishDueReleases } from "./service";

/** Job handlers of the press-release module, by kind (wired in src/instrumentation.ts). Idempotent. */
export const pressReleaseJobs: Record<string, JobHandler> = {};

/**
 * Scheduled publishing: every app instance runs this; publishDueReleases claims each due release with a
 * conditional update, so a release is published once even when instances overlap or one restarts.
 */
export const pressReleasePeriodicTasks: PeriodicTask[] = [
  { name: "publish due press releases", everyMs: 10_000, run: (now) => publishDueReleases(now) },
];
