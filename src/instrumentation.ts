// Next.js calls register() once when a server process starts (next start, next dev, scripts/serve.ts).
// This is where the features' background jobs are wired: each feature exports its job handlers and
// periodic tasks, and they are listed here explicitly.
//
// Nothing here touches the database at build time: `next build` runs with NEXT_PHASE set to the build
// phase (its pre-render workers inherit it), and the worker module is imported only when it starts.
// HERALD_JOBS=off turns the worker off (e.g. on extra web-only instances, or to run jobs elsewhere).
export async function register() {
  if (
    process.env.NEXT_RUNTIME === "nodejs" &&
    process.env.HERALD_JOBS !== "off" &&
    process.env.NEXT_PHASE !== "phase-production-build"
  ) {
    const { startJobWorker } = await import("@/server/jobs/worker");
    const { pressReleaseJobs, pressReleasePeriodicTasks } = await import("@/features/press-releases/jobs");
    const { distributionJobs } = await import("@/features/distribution/jobs");
    const { pressConferenceJobs } = await import("@/features/press-conferences/jobs");
    const { inquiryJobs } = await import("@/features/inquiries/jobs");
    const { mediaContactPeriodicTasks } = await import("@/features/media-contacts/jobs");
    const { promoItemJobs } = await import("@/features/promo-items/jobs");
    const { ceremonyJobs, ceremonyPeriodicTasks } = await import("@/features/ceremonies/jobs");
    const { monitoringJobs, monitoringPeriodicTasks } = await import("@/features/monitoring/jobs");
    const { newspaperJobs } = await import("@/features/newspaper/jobs");
    const { newsletterJobs } = await import("@/features/newsletter/jobs");
    startJobWorker({
      handlers: { ...pressReleaseJobs, ...distributionJobs, ...pressConferenceJobs, ...inquiryJobs, ...promoItemJobs, ...ceremonyJobs, ...monitoringJobs, ...newspaperJobs, ...newsletterJobs },
      periodic: [...pressReleasePeriodicTasks, ...mediaContactPeriodicTasks, ...ceremonyPeriodicTasks, ...monitoringPeriodicTasks],
    });
  }
}
