// Preloaded into the process the bench measures (`node --require rss-probe.cjs …`):
// when it exits, writes its peak resident set size (KiB) and CPU time (user +
// system, µs) as JSON to the file named by COPYDESK_BENCH_PROBE. Worker
// threads are counted; child processes are not.
const { writeFileSync } = require('node:fs');

const target = process.env.COPYDESK_BENCH_PROBE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(
      target,
      JSON.stringify({ maxRSS: usage.maxRSS, cpu: usage.userCPUTime + usage.systemCPUTime }),
    );
  });
}
