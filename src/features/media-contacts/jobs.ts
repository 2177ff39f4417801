import "server-only";
import type { PeriodicTask } from "@/server/jobs/worker";
import { purgeInactiveContacts } from "./service";

/**
 * Retention (GDPR Art. 5(1)(e)): erases contacts inactive for `contactRetentionYears`. Every instance runs
 * it; each erasure is conditional (only a contact not erased yet), so overlapping runs do nothing twice.
 */
export const mediaContactPeriodicTasks: PeriodicTask[] = [
  { name: "purge inactive media contacts", everyMs: 6 * 3600 * 1000, run: (now) => purgeInactiveContacts(now) },
];
