import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/program.js';
import { run } from '../../src/cli/run.js';
import { fakeIo } from './fake-io.js';
import { NO_HEADLINE, PIER } from './stories.js';

function options(argv: string[]) {
  const parsed = parseArgs(argv, { writeOut: () => {}, writeErr: () => {}, version: '0.0.0' });
  if (parsed.kind !== 'run') throw new Error('Expected a run');
  return parsed.options;
}

const LONG = PIER.replace(
  'The work will start',
  'The work will start once the engineers have finished surveying every pile, beam and bolt of the old structure, which could take several months, and',
);

describe('run() with a fake world', () => {
  it('colours per stream: piped stdout plain, TTY stderr coloured', async () => {
    const { io, out, err } = fakeIo(
      { 'flat.txt': NO_HEADLINE },
      { stderrIsTTY: true, env: { TERM: 'xterm' } },
    );
    expect(await run(options(['-f', 'terminal', 'flat.txt']), io)).toBe(0);
    expect(out()).not.toContain('\u001b');
    expect(err()).toContain('\u001b[33mwarning');
  });

  it('colours the terminal view on a TTY stdout and leaves a piped stderr plain', async () => {
    const { io, out, err } = fakeIo(
      { 'flat.txt': NO_HEADLINE },
      { stdoutIsTTY: true, stdoutColumns: 80, env: { TERM: 'xterm' } },
    );
    await run(options(['flat.txt']), io);
    expect(out()).toContain('\u001b[');
    expect(err()).not.toContain('\u001b');
  });

  it('wraps to the TTY columns, COLUMNS overriding them, --width overriding both', async () => {
    const widest = async (argv: string[], env: Record<string, string>, columns: number) => {
      const { io, out } = fakeIo(
        { 'a.txt': LONG },
        { stdoutIsTTY: true, stdoutColumns: columns, env: { NO_COLOR: '1', ...env } },
      );
      await run(options([...argv, 'a.txt']), io);
      return Math.max(
        ...out()
          .split('\n')
          .map((line) => stringWidth(line)),
      );
    };
    expect(await widest([], {}, 60)).toBeLessThanOrEqual(60);
    expect(await widest([], { COLUMNS: '44' }, 60)).toBeLessThanOrEqual(44);
    expect(await widest(['--width', '50'], { COLUMNS: '44' }, 60)).toBeGreaterThan(44);
    // A very wide window still gets a readable measure.
    expect(await widest([], {}, 200)).toBeLessThanOrEqual(100);
  });

  it('never wraps a piped terminal view unless --width is given', async () => {
    const { io, out } = fakeIo({ 'a.txt': LONG }, { env: { COLUMNS: '40' } });
    await run(options(['-f', 'terminal', 'a.txt']), io);
    expect(
      Math.max(
        ...out()
          .split('\n')
          .map((line) => stringWidth(line)),
      ),
    ).toBeGreaterThan(100);
  });

  it('writes --out-dir files through the injected file system', async () => {
    const { io, files, err } = fakeIo({ 'in/a.txt': PIER });
    expect(await run(options(['--out-dir', 'out', '-f', 'json', '/w/in/a.txt']), io)).toBe(0);
    expect(JSON.parse(files.get('/w/out/a.json') ?? 'null').headline).toBe(
      'Harbour Council Votes to Rebuild Old Pier',
    );
    expect(err()).toBe('copydesk: wrote 1 file to out\n');
  });

  it('stops producing output once the reader of stdout has gone', async () => {
    let closed = false;
    const writes: string[] = [];
    const { io } = fakeIo(
      { 'a.txt': PIER, 'b.txt': PIER, 'c.txt': PIER },
      {
        stdout: (text) => {
          writes.push(text);
          closed = true;
        },
        stdoutClosed: () => closed,
      },
    );
    expect(await run(options(['-f', 'ndjson', 'a.txt', 'b.txt', 'c.txt']), io)).toBe(0);
    expect(writes).toHaveLength(1);
  });
});
