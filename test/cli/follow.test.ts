import { spawn } from 'node:child_process';
import {
  appendFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { type FollowIo, runFollow } from '../../src/cli/follow/run-follow.js';
import { nodeFs } from '../../src/cli/fs.js';
import { parseArgs } from '../../src/cli/program.js';
import { anpaTransmission, chunked, type Transmitted } from '../split/transmissions.js';
import { BIN, ROOT } from './run-cli.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-follow-'));
  dirs.push(dir);
  return dir;
}

const silent = { writeOut: () => {}, writeErr: () => {}, version: '0.0.0' };
function options(args: string[]) {
  const parsed = parseArgs(['--follow', '--no-config', ...args], silent);
  if (parsed.kind !== 'run') throw new Error('expected a run');
  return parsed.options;
}

/** A FollowIo over real files, capturing stdout and stderr. */
function followIo(stdin: AsyncIterable<Buffer | string>, controller = new AbortController()) {
  const out: string[] = [];
  const err: string[] = [];
  let clock = Date.UTC(2024, 9, 1, 12);
  const io: FollowIo = {
    fs: nodeFs,
    stdin,
    stdout: (text) => {
      out.push(text);
    },
    stderr: (text) => {
      err.push(text);
    },
    stdoutClosed: () => false,
    env: {},
    cwd: ROOT,
    signal: controller.signal,
    clock: () => (clock += 1000),
    pollInterval: 5,
  };
  return { io, out, err, controller };
}

/** The headlines of the NDJSON lines written so far. */
const headlines = (out: string[]) =>
  out
    .join('')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => (JSON.parse(line) as { headline: string }).headline);

/** Waits until `done()` holds, looking every few milliseconds (no timing is asserted). */
async function until(done: () => boolean, what: string): Promise<void> {
  for (let tries = 0; tries < 4000; tries++) {
    if (done()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

function story(n: number, ending: Transmitted['ending'] = 'whole'): Transmitted {
  return {
    body: `Ferry Number ${n} Runs Aground\n\nA ferry ran aground on Tuesday, officials said, story ${n}.\n`,
    slug: `BC-Ferry-${n}`,
    number: n,
    ending,
    gap: '\n',
  };
}

describe('--follow on a stream', () => {
  it('emits every complete story once, in order, for random chunking and pauses; a truncated one is reported and skipped', async () => {
    const entries = [
      story(1),
      story(2),
      story(3, 'truncated'),
      story(4),
      story(5, 'no-eot'),
      story(6),
    ];
    const capture = entries.map(anpaTransmission).join('');
    const samples = fc.sample(
      fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 40 }),
      {
        numRuns: 20,
        seed: 4242,
      },
    );
    for (const cuts of samples) {
      const chunks = chunked(capture, cuts);
      async function* feed() {
        for (const chunk of chunks) {
          // A pause between chunks: the feed must not depend on how bytes are grouped in time.
          await new Promise((resolve) => setImmediate(resolve));
          yield Buffer.from(chunk, 'latin1');
        }
      }
      const { io, out, err } = followIo(feed());
      expect(await runFollow(options([]), io)).toBe(0);
      expect(headlines(out)).toEqual([
        'Ferry Number 1 Runs Aground',
        'Ferry Number 2 Runs Aground',
        'Ferry Number 4 Runs Aground',
        'Ferry Number 5 Runs Aground',
        'Ferry Number 6 Runs Aground',
      ]);
      // The truncated story is reported, and its words never reach the next story.
      expect(err.join('')).toMatch(
        /^\S+:\d+:1\s+warning\s+Skipped a garbled or truncated transmission: .*transmission-skipped$/m,
      );
      expect(out.join('')).not.toContain('story 3');
    }
  });

  it('writes each story as its own file, atomically, into --out-dir', async () => {
    const dir = tempDir();
    const { io } = followIo(
      Readable.from([anpaTransmission(story(1)) + anpaTransmission(story(2))]),
    );
    expect(await runFollow(options(['-f', 'nitf', '--out-dir', dir]), io)).toBe(0);
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(2);
    expect(files.every((file) => file.endsWith('.xml'))).toBe(true);
    expect(readFileSync(join(dir, files[0] as string), 'utf8')).toContain(
      '<hl1>Ferry Number 1 Runs Aground</hl1>',
    );
  });

  it('cuts plain text at the separator line', async () => {
    const text = 'First Headline Here\n\nBody one.\n----\nSecond Headline Here\n\nBody two.\n';
    const { io, out } = followIo(Readable.from([text]));
    expect(await runFollow(options(['--from', 'text', '--separator', '----']), io)).toBe(0);
    expect(headlines(out)).toEqual(['First Headline Here', 'Second Headline Here']);
  });

  it('stops on the signal with exit 0, reporting the incomplete story it holds', async () => {
    const controller = new AbortController();
    let release = () => {};
    async function* feed() {
      yield Buffer.from(anpaTransmission(story(1)), 'latin1');
      yield Buffer.from(anpaTransmission(story(2)).slice(0, 60), 'latin1');
      await new Promise<void>((resolve) => {
        release = resolve;
      });
    }
    const { io, out, err } = followIo(feed(), controller);
    const running = runFollow(options([]), io);
    await until(() => headlines(out).length === 1, 'the first story');
    controller.abort();
    release();
    expect(await running).toBe(0);
    expect(headlines(out)).toEqual(['Ferry Number 1 Runs Aground']);
    expect(err.join('')).toMatch(/incomplete story, not converted/);
  });
});

describe('--follow on a growing file', () => {
  it('reads appended transmissions, survives truncation and rotation, and loses nothing complete', async () => {
    const dir = tempDir();
    const path = join(dir, 'wire.anpa');
    writeFileSync(path, anpaTransmission(story(1)));
    const controller = new AbortController();
    const { io, out, err } = followIo(Readable.from([]), controller);
    const running = runFollow(options([path]), io);
    await until(() => headlines(out).length === 1, 'story 1');
    // Appended in two pieces: the story is emitted once, when its EOT arrives.
    const second = anpaTransmission(story(2));
    appendFileSync(path, second.slice(0, 50));
    appendFileSync(path, second.slice(50));
    await until(() => headlines(out).length === 2, 'story 2');
    // Rotation: the file is renamed away and a new one takes its name.
    renameSync(path, `${path}.1`);
    writeFileSync(path, anpaTransmission(story(3)));
    await until(() => headlines(out).length === 3, 'story 3 after rotation');
    // Truncation: the file is cut to nothing and written again.
    truncateSync(path, 0);
    await until(
      () => /File truncated, reading it from the start {2}file-rotated/.test(err.join('')),
      'the truncation to be seen',
    );
    writeFileSync(path, anpaTransmission(story(4)));
    await until(() => headlines(out).length === 4, 'story 4 after truncation');
    controller.abort();
    expect(await running).toBe(0);
    expect(headlines(out)).toEqual([
      'Ferry Number 1 Runs Aground',
      'Ferry Number 2 Runs Aground',
      'Ferry Number 3 Runs Aground',
      'Ferry Number 4 Runs Aground',
    ]);
  });
});

describe('--follow on a spool directory', () => {
  it('converts each complete file once, and remembers it across restarts', async () => {
    const spool = tempDir();
    const outDir = tempDir();
    writeFileSync(
      join(spool, 'a.txt'),
      'Harbour Council Extends Curfew\n\nThe council voted on Tuesday.\n',
    );
    // A writer that renames into place: the temp name is never read.
    writeFileSync(
      join(spool, '.b.txt.tmp'),
      'Grain Traders Brace\n\nTraders said on Monday they expect a thin season.\n',
    );
    renameSync(join(spool, '.b.txt.tmp'), join(spool, 'b.txt'));
    const first = followIo(Readable.from([]));
    const running = runFollow(options([spool, '--out-dir', outDir]), first.io);
    await until(
      () => readdirSync(outDir).filter((f) => f.endsWith('.ndjson')).length === 2,
      'two files',
    );
    first.controller.abort();
    expect(await running).toBe(0);
    expect(readdirSync(outDir).sort()).toEqual(['.copydesk-follow.json', 'a.ndjson', 'b.ndjson']);

    // A restart converts only what is new.
    writeFileSync(join(spool, 'c.txt'), 'Ferry Runs Aground\n\nA ferry ran aground on Tuesday.\n');
    const second = followIo(Readable.from([]));
    const again = runFollow(options([spool, '--out-dir', outDir]), second.io);
    await until(() => readdirSync(outDir).includes('c.ndjson'), 'c.ndjson');
    second.controller.abort();
    expect(await again).toBe(0);
    // a and b were not written again: without --force that would have been an error.
    expect(second.err.join('')).toBe('');
    expect(readdirSync(outDir).sort()).toEqual([
      '.copydesk-follow.json',
      'a.ndjson',
      'b.ndjson',
      'c.ndjson',
    ]);
  });
});

describe('copydesk --follow as a process', () => {
  it('SIGTERM: writes the story in hand, then exits 0', async () => {
    const child = spawn(process.execPath, [BIN, '--follow', '--no-config'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (data) => {
      stdout += data;
    });
    child.stderr.on('data', (data) => {
      stderr += data;
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdin.write(Buffer.from(anpaTransmission(story(1)), 'latin1'));
    await until(() => stdout.includes('\n'), 'the first story on stdout');
    child.stdin.write(Buffer.from(anpaTransmission(story(2)).slice(0, 40), 'latin1'));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(headlines([stdout])).toEqual(['Ferry Number 1 Runs Aground']);
    expect(stderr).toMatch(/incomplete story/);
  }, 30_000);
});
