// The press-release module's background work, as wired by src/instrumentation.ts.
import { expect, it } from "vitest";
import { pressReleaseJobs, pressReleasePeriodicTasks } from "./jobs";

it("publishes due releases every 10 s and has no queued job kinds yet", async () => {
  expect(pressReleaseJobs).toEqual({});
  expect(pressReleasePeriodicTasks.map(({ name, everyMs }) => ({ name, everyMs }))).toEqual([
    { name: "publish due press releases", everyMs: 10_000 },
  ]);
  // An empty database: nothing is due, the task runs and reports no release.
  expect(await pressReleasePeriodicTasks[0].run(new Date())).toEqual([]);
});
