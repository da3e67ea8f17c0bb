// Preloaded into the process the bench measures (`node --require rss-probe.cjs …`):
// writes the process's peak resident set size in KiB to the file named by
// COPYDESK_BENCH_RSS when it exits. Worker threads are counted; child
// processes are not.
const { writeFileSync } = require('node:fs');

const target = process.env.COPYDESK_BENCH_RSS;
if (target) {
  process.on('exit', () => {
    writeFileSync(target, String(process.resourceUsage().maxRSS));
  });
}
