import { describe, expect, it } from 'vitest';
import type { CliOptions } from '../src/cli/program.js';
import { parseArgs } from '../src/cli/program.js';
import { type CliIo, run } from '../src/cli/run.js';
import { BinaryInputError, decode } from '../src/decode/decode.js';
import {
  checkSize,
  DEFAULT_MAX_SIZE,
  formatSize,
  InputTooLargeError,
  parseSize,
} from '../src/decode/limits.js';
import { formatStory } from '../src/story.js';

function errnoError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: failed`), { code });
}

/** A fake outside world: files by name, captured output. */
function fakeIo(files: Record<string, Uint8Array | NodeJS.ErrnoException>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readFile: async (path) => {
      const file = files[path];
      if (file === undefined) throw errnoError('ENOENT');
      if (file instanceof Error) throw file;
      return file;
    },
    readStdin: async () => new Uint8Array(),
    writeFile: async () => {},
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdoutColumns: undefined,
  };
  return { io, out, err };
}

function options(argv: string[]): CliOptions {
  return parseArgs(argv, { writeOut: () => {}, writeErr: () => {}, version: '0.0.0' });
}

const text = (value: string) => new TextEncoder().encode(value);

describe('parseSize', () => {
  it('reads bytes, K, M and G (powers of 1024), with or without B', () => {
    expect(parseSize('1000')).toBe(1000);
    expect(parseSize('512k')).toBe(512 * 1024);
    expect(parseSize('50MB')).toBe(50 * 1024 * 1024);
    expect(parseSize('1.5 MiB')).toBe(1.5 * 1024 * 1024);
    expect(parseSize('2G')).toBe(2 * 1024 ** 3);
    expect(parseSize('0')).toBe(0);
  });

  it('refuses what is not a size', () => {
    for (const bad of ['', 'big', '-5', '5 TB', '5MBs']) expect(parseSize(bad)).toBeNull();
  });
});

describe('--max-size', () => {
  it('defaults to 50 MB', () => {
    expect(DEFAULT_MAX_SIZE).toBe(50 * 1024 * 1024);
    expect(options([]).maxSize).toBe(DEFAULT_MAX_SIZE);
  });

  it('refuses input over the limit with the sizes in the message, and 0 means no limit', () => {
    expect(() => checkSize(11, 10)).toThrow(InputTooLargeError);
    expect(() => checkSize(11, 10)).toThrow(/11 bytes, over the --max-size limit of 10 bytes/);
    expect(() => checkSize(10, 10)).not.toThrow();
    expect(() => checkSize(10 ** 9, 0)).not.toThrow();
    expect(formatSize(60 * 1024 * 1024)).toBe('60 MB');
  });

  it('makes decode and formatStory refuse bytes over the limit', () => {
    expect(() => decode(text('x'.repeat(20)), { maxSize: 10 })).toThrow(InputTooLargeError);
    expect(() => formatStory(text('x'.repeat(20)), { format: 'json', maxSize: 10 })).toThrow(
      InputTooLargeError,
    );
  });

  it('exits 1 with one line naming the file, and still converts the other inputs', async () => {
    const { io, out, err } = fakeIo({
      'big.txt': text('Headline\n\nBody text that is long enough.\n'),
      'small.txt': text('Hi\n'),
    });
    const code = await run(options(['--max-size', '20', '-f', 'json', 'big.txt', 'small.txt']), io);
    expect(code).toBe(1);
    expect(err.join('')).toContain(
      'copydesk: "big.txt": input is 41 bytes, over the --max-size limit of 20 bytes',
    );
    expect(JSON.parse(out.join('')).headline).toBe('Hi');
  });

  it('rejects a malformed --max-size as a usage error', () => {
    expect(() => options(['--max-size', 'lots'])).toThrow(/Expected a size/);
  });
});

describe('binary, empty and unreadable input', () => {
  it('refuses NUL bytes and mostly-control input, naming the offset or the count', () => {
    expect(() => decode(Uint8Array.from([0x48, 0x69, 0x00, 0x21]))).toThrow(/NUL byte at offset 2/);
    expect(() => decode(Uint8Array.from([0x0e, 0x0f, 0x15, 0x17, 0x41]))).toThrow(BinaryInputError);
  });

  it('exits 1 for a binary file with a one-line message naming it', async () => {
    const { io, err } = fakeIo({ 'photo.jpg': Uint8Array.from([0xff, 0xd8, 0xff, 0x00, 0x10]) });
    const code = await run(options(['photo.jpg']), io);
    expect(code).toBe(1);
    expect(err).toEqual([
      'copydesk: "photo.jpg": binary input (NUL byte at offset 3), expected text\n',
    ]);
  });

  it('gives an empty article and an empty-input warning for empty or blank input', () => {
    for (const input of ['', '  \n\n\t\n']) {
      const [result] = formatStory(text(input), { format: 'json' });
      expect(result?.json?.headline).toBeNull();
      expect(result?.json?.body).toBe('');
      expect(result?.json?.messages.map((message) => message.ruleId)).toContain('empty-input');
    }
  });

  it('exits 0 for empty input, and 1 only with --strict', async () => {
    expect(await run(options(['empty.txt']), fakeIo({ 'empty.txt': text('') }).io)).toBe(0);
    expect(
      await run(options(['--strict', 'empty.txt']), fakeIo({ 'empty.txt': text('') }).io),
    ).toBe(1);
  });

  it('reports a directory and an unreadable file in one line each, exit 1', async () => {
    const { io, err } = fakeIo({
      wires: errnoError('EISDIR'),
      'secret.txt': errnoError('EACCES'),
    });
    const code = await run(options(['wires', 'secret.txt']), io);
    expect(code).toBe(1);
    expect(err).toEqual([
      'copydesk: "wires": is a directory, expected a file\n',
      'copydesk: "secret.txt": permission denied\n',
    ]);
  });

  it('quotes a file name holding escape sequences without replaying them', async () => {
    const { io, err } = fakeIo({});
    await run(options(['\u001b]0;pwned\u0007.txt']), io);
    expect(err.join('')).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });
});
