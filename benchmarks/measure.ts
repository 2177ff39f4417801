// The benchmarks' timing loop: each case warmed up, then timed ROUNDS times; p50/p95 and the ratio to the
// first case (the baseline measured in the same run, so that figures from different machines compare).
export type BenchCase = readonly [name: string, run: () => Promise<unknown>];

export async function measureCases(cases: readonly BenchCase[], rounds: number) {
  const results: Array<{ name: string; p50: number; p95: number }> = [];
  for (const [name, run] of cases) {
    for (let i = 0; i < 3; i++) await run(); // warm up
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const started = performance.now();
      await run();
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    results.push({ name, p50: times[Math.floor(times.length * 0.5)], p95: times[Math.floor(times.length * 0.95)] });
  }
  return results;
}

export function printResults(results: Array<{ name: string; p50: number; p95: number }>) {
  const width = Math.max(38, ...results.map((result) => result.name.length + 2));
  const baseline = results[0].p50;
  console.log(`\n${"case".padEnd(width)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"× baseline".padStart(11)}`);
  for (const result of results) {
    console.log(`${result.name.padEnd(width)} ${result.p50.toFixed(2).padStart(8)} ${result.p95.toFixed(2).padStart(8)} ${(result.p50 / baseline).toFixed(1).padStart(11)}`);
  }
}
