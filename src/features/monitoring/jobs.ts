import "server-only";
import type { JobHandler } from "@/server/jobs/queue";
import type { PeriodicTask } from "@/server/jobs/worker";
import { BRIEFING_MAIL_JOB, ensureDailyBriefing, sendBriefingMails } from "./briefing";
import { pollDueSources } from "./ingest";

export const monitoringJobs: Record<string, JobHandler> = {
  [BRIEFING_MAIL_JOB]: (payload, context) => sendBriefingMails(payload, context),
};

/** The feed sweep (each source on its own interval) and the morning briefing (built once per working day). */
export const monitoringPeriodicTasks: PeriodicTask[] = [
  { name: "poll monitoring feeds", everyMs: 60_000, run: (now) => pollDueSources(now) },
  { name: "build the morning briefing", everyMs: 60_000, run: (now) => ensureDailyBriefing(now) },
];
