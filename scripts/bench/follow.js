#!/usr/bin/env node
// The live feed (`copydesk --follow`) under a simulated day of wire traffic:
// how soon each story comes out after its EOT, and whether memory stays flat.
// `npm run bench` runs it as section (f); alone:
//
//   node scripts/bench/follow.js [--hours 24] [--hour-seconds 6] [--per-hour 150] [--mode stdin|file]
//
// A simulated hour lasts --hour-seconds of real time (36 is a day at 100×
// speed, 14.4 minutes; the default 6 runs the same day of stories at 600×,
// 2.4 minutes). Each transmission is written in three pieces, EOT last;
// latency is the time from writing the EOT to reading the story's NDJSON
// line. RSS is read from /proc for the copydesk process once a second.
import { spawn } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeTempDir, removeTempDir } from './temp.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'bin', 'copydesk.js');
const args = process.argv.slice(2);
const value = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const HOURS = value('--hours', 24);
const HOUR_MS = value('--hour-seconds', 6) * 1000;
const PER_HOUR = value('--per-hour', 150);
const mode = args.includes('--mode') ? args[args.indexOf('--mode') + 1] : 'stdin';

const PROSE = [
  'The council voted on Tuesday to extend the harbour curfew by another month, officials said.',
  'Traders in the port district reported thin volumes as the holiday approached.',
  '"We expect the figures to settle by the end of the quarter," a spokeswoman told reporters.',
  'The agency revised its forecast for grain shipments, citing dry weather across the plains.',
];

/** One ANPA-1312 transmission of about 1.6 KB whose headline carries its number. */
function transmission(n) {
  const number = String(n % 10000).padStart(4, '0');
  const body = [`Story ${n} Moves Markets as Council Votes`, '', `By Alex Example`, ''];
  for (let index = 0; index < 16; index++) body.push(`    ${PROSE[(n + index) % PROSE.length]}`);
  return `\u0016\u0016\u0001a${number}\u001fgnrl-\nr a\u0013\u0011 BC-Bench-${n}  05-14 ${body.length * 12}\n\u0002${body.join('\n')}\n\u0003AP-WF-05-14-24 1932GMT<\n\u0004\n`;
}

function rssKb(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  } catch {
    return Number.NaN;
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? Number.NaN : sorted[Math.floor(sorted.length / 2)];
};
const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0
    ? Number.NaN
    : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
  const dir = makeTempDir('copydesk-follow-bench-');
  const feedFile = join(dir, 'wire.anpa');
  if (mode === 'file') writeFileSync(feedFile, '');
  const child = spawn(
    process.execPath,
    [cli, '--follow', '--no-config', '-f', 'ndjson', ...(mode === 'file' ? [feedFile] : [])],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  // Interrupted, this script exits at once (temp.js): the feed it runs goes with it.
  process.on('exit', () => child.kill('SIGTERM'));
  const eotAt = new Map();
  const latencies = [];
  let received = 0;
  let pending = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (data) => {
    const now = performance.now();
    pending += data;
    let end = pending.indexOf('\n');
    while (end >= 0) {
      const line = pending.slice(0, end);
      pending = pending.slice(end + 1);
      end = pending.indexOf('\n');
      const n = Number(/"headline":"Story (\d+) /.exec(line)?.[1]);
      const sent = eotAt.get(n);
      if (sent !== undefined) {
        latencies.push(now - sent);
        eotAt.delete(n);
      }
      received++;
    }
  });
  const write = (text) => {
    if (mode === 'file') appendFileSync(feedFile, text, 'latin1');
    else child.stdin.write(Buffer.from(text, 'latin1'));
  };

  const rssByHour = Array.from({ length: HOURS }, () => []);
  const started = performance.now();
  const sampler = setInterval(() => {
    const hour = Math.floor((performance.now() - started) / HOUR_MS);
    if (hour < HOURS) rssByHour[hour].push(rssKb(child.pid));
  }, 1000);

  let n = 0;
  const gap = HOUR_MS / PER_HOUR;
  for (let hour = 0; hour < HOURS; hour++) {
    for (let index = 0; index < PER_HOUR; index++) {
      const due = started + (hour * PER_HOUR + index) * gap;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      n++;
      const text = transmission(n);
      const eot = text.lastIndexOf('\u0004');
      write(text.slice(0, 300));
      write(text.slice(300, eot));
      write(text.slice(eot));
      eotAt.set(n, performance.now());
    }
  }
  // Let the last stories come out, then stop the feed as a desk would.
  for (let tries = 0; tries < 200 && received < n; tries++) await sleep(25);
  clearInterval(sampler);
  const exited = new Promise((resolve) => child.on('close', resolve));
  if (mode === 'stdin') child.stdin.end();
  child.kill('SIGTERM');
  const code = await exited;
  removeTempDir(dir);

  const first = median(rssByHour[0]);
  const last = median(rssByHour[HOURS - 1]);
  const result = {
    mode,
    hours: HOURS,
    hourSeconds: HOUR_MS / 1000,
    stories: n,
    received,
    lost: n - received,
    exitCode: code,
    latencyMs: {
      median: median(latencies),
      p95: quantile(latencies, 0.95),
      p99: quantile(latencies, 0.99),
      max: Math.max(...latencies),
      over100: latencies.filter((ms) => ms > 100).length,
    },
    rssMb: {
      firstHour: first / 1024,
      lastHour: last / 1024,
      change: (last - first) / first,
      peak: Math.max(...rssByHour.flat().filter(Number.isFinite)) / 1024,
      byHour: rssByHour.map((samples) => Math.round(median(samples) / 1024)),
    },
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exitCode = 1;
});
