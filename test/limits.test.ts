import { describe, expect, it } from 'vitest';
import { BinaryInputError, decode } from '../src/decode/decode.js';
import {
  checkSize,
  DEFAULT_MAX_SIZE,
  formatSize,
  InputTooLargeError,
  parseSize,
} from '../src/decode/limits.js';
import { formatStory } from '../src/story.js';
import { runCli, workspace } from './cli/run-cli.js';

const text = (value: string) => new TextEncoder().encode(value);

describe('parseSize', () => {
  it('reads bytes, K, M and G (powers of 1024), with or without B', async () => {
    expect(parseSize('1000')).toBe(1000);
    expect(parseSize('512k')).toBe(512 * 1024);
    expect(parseSize('50MB')).toBe(50 * 1024 * 1024);
    expect(parseSize('1.5 MiB')).toBe(1.5 * 1024 * 1024);
    expect(parseSize('2G')).toBe(2 * 1024 ** 3);
    expect(parseSize('0')).toBe(0);
  });

  it('refuses what is not a size', async () => {
    for (const bad of ['', 'big', '-5', '5 TB', '5MBs']) expect(parseSize(bad)).toBeNull();
  });
});

describe('--max-size', () => {
  it('defaults to 50 MB', async () => {
    expect(DEFAULT_MAX_SIZE).toBe(50 * 1024 * 1024);
    expect(() => decode(new Uint8Array(DEFAULT_MAX_SIZE + 1))).toThrow(InputTooLargeError);
  });

  it('refuses input over the limit with the sizes in the message, and 0 means no limit', async () => {
    expect(() => checkSize(11, 10)).toThrow(InputTooLargeError);
    expect(() => checkSize(11, 10)).toThrow(/11 bytes, over the --max-size limit of 10 bytes/);
    expect(() => checkSize(10, 10)).not.toThrow();
    expect(() => checkSize(10 ** 9, 0)).not.toThrow();
    expect(formatSize(60 * 1024 * 1024)).toBe('60 MB');
  });

  it('makes decode and formatStory refuse bytes over the limit', async () => {
    expect(() => decode(text('x'.repeat(20)), { maxSize: 10 })).toThrow(InputTooLargeError);
    expect(() => formatStory(text('x'.repeat(20)), { format: 'json', maxSize: 10 })).toThrow(
      InputTooLargeError,
    );
  });

  it('exits 1 with an error naming the file, and still converts the other inputs', async () => {
    const { dir, cleanup } = workspace({
      'big.txt': 'Headline\n\nBody text that is long enough.\n',
      'small.txt': 'Hi\n',
    });
    try {
      const result = await runCli(['--max-size', '20', '-f', 'ndjson', 'big.txt', 'small.txt'], {
        cwd: dir,
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(
        /big\.txt.*input is 41 bytes, over the --max-size limit of 20 bytes/,
      );
      expect(JSON.parse(result.stdout).headline).toBe('Hi');
      expect((await runCli(['--max-size', '0', '-f', 'json', 'big.txt'], { cwd: dir })).code).toBe(
        0,
      );
    } finally {
      cleanup();
    }
  });

  it('rejects a malformed --max-size as a usage error (exit 2)', async () => {
    const result = await runCli(['--max-size', 'lots', '-']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('expected a size');
  });
});

describe('binary, empty and unreadable input', () => {
  it('refuses NUL bytes and mostly-control input, naming the offset or the count', async () => {
    expect(() => decode(Uint8Array.from([0x48, 0x69, 0x00, 0x21]))).toThrow(/NUL byte at offset 2/);
    expect(() => decode(Uint8Array.from([0x0e, 0x0f, 0x15, 0x17, 0x41]))).toThrow(BinaryInputError);
  });

  it('gives an empty article and an empty-input warning for empty or blank input', async () => {
    for (const input of ['', '  \n\n\t\n']) {
      const [result] = formatStory(text(input), { format: 'json' });
      expect(result?.json?.headline).toBeNull();
      expect(result?.json?.body).toBe('');
      expect(result?.json?.messages.map((message) => message.ruleId)).toContain('empty-input');
    }
  });

  it('exits 0 for empty input, and 1 only with --strict', async () => {
    expect((await runCli(['-f', 'json', '-'], { input: '' })).code).toBe(0);
    const strict = await runCli(['--strict', '-f', 'json', '-'], { input: '' });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('empty-input');
  });
});

describe('UTF-16 without a byte-order mark', () => {
  const utf16le = (value: string) => {
    const bytes = new Uint8Array(value.length * 2);
    for (let index = 0; index < value.length; index++) {
      bytes[index * 2] = value.charCodeAt(index) & 0xff;
      bytes[index * 2 + 1] = value.charCodeAt(index) >> 8;
    }
    return bytes;
  };

  it('is decoded as UTF-16LE with an encoding-guess warning instead of refused', async () => {
    const decoded = decode(utf16le('Storm Closes Passes\n\nBy Jane Doe — Denver\n'));
    expect(decoded.encoding).toBe('utf-16le');
    expect(decoded.text).toBe('Storm Closes Passes\n\nBy Jane Doe — Denver\n');
    expect(decoded.messages.map((message) => message.ruleId)).toEqual(['encoding-guess']);
  });

  it('is decoded as UTF-16BE when the NULs come first', async () => {
    const le = utf16le('Hello there');
    const be = new Uint8Array(le.length);
    for (let index = 0; index < le.length; index += 2) {
      be[index] = le[index + 1] as number;
      be[index + 1] = le[index] as number;
    }
    expect(decode(be).text).toBe('Hello there');
  });

  it('still refuses 16-bit binary data that decodes to control characters', async () => {
    const data = new Uint8Array(200);
    for (let index = 0; index < data.length; index += 2) data[index] = (index % 7) + 1;
    expect(() => decode(data)).toThrow(BinaryInputError);
  });
});
