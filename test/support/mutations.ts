import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { decode } from '../../src/decode/decode.js';
import { STORIES } from './stories.js';

/**
 * Hostile payloads: terminal escape sequences, C0/C1 controls (raw and as
 * UTF-8), carriage-return and backspace overprinting, bidi and zero-width
 * characters (R-SEC-2, R-SEC-3 in docs/cli-conventions.md).
 */
export const PAYLOADS: Record<string, string> = {
  'CSI clear screen': '\u001b[2J\u001b[3J',
  'CSI cursor up and erase line': '\u001b[1A\u001b[2K',
  'CSI colour': '\u001b[31mred\u001b[0m',
  'OSC window title (BEL)': '\u001b]0;pwned\u0007',
  'OSC window title (ST)': '\u001b]2;pwned\u001b\\',
  'OSC 8 hyperlink': '\u001b]8;;http://evil.example/\u0007click me\u001b]8;;\u0007',
  'OSC 52 clipboard write': '\u001b]52;c;ZWNobyBwd25lZA==\u0007',
  'DCS request (DECRQSS)': '\u001bP$qm\u001b\\',
  'APC and PM strings': '\u001b_apc\u001b\\\u001b^pm\u001b\\',
  'two-byte ESC (RIS reset)': '\u001bc',
  '8-bit CSI (C1 as UTF-8)': '\u009b31m',
  '8-bit OSC (C1 as UTF-8)': '\u009d0;title\u009c',
  '8-bit DCS (C1 as UTF-8)': '\u0090payload\u009c',
  BEL: '\u0007\u0007',
  'backspace overprint': 'safe\b\b\b\bevil',
  'carriage return overprint': 'all clear\revil line',
  NUL: 'a\u0000b',
  DEL: 'a\u007fb',
  'right-to-left override': 'abc\u202edcba\u202c',
  'bidi isolates': '\u2066x\u2067y\u2068z\u2069',
  'zero-width space': 'Jo\u200bhn',
  'zero-width joiner and no-break': 'a\u200db\ufeffc',
};

/** Raw bytes that are not valid UTF-8 on their own: truncated sequences, stray C1 bytes. */
export const BAD_BYTES: number[][] = [
  [0xe2, 0x80],
  [0xc3],
  [0xf0, 0x9f, 0x98],
  [0x9b, 0x33, 0x31, 0x6d],
  [0x80],
  [0xff],
  [0xed, 0xa0, 0x80],
];

/** Seed texts: the synthetic stories and every `fixtures/<case>/input.txt`. */
export function seedTexts(): string[] {
  const texts = Object.values(STORIES);
  const root = new URL('../../fixtures/', import.meta.url);
  if (existsSync(root)) {
    for (const entry of readdirSync(root).sort()) {
      const input = new URL(`${entry}/input.txt`, root);
      if (existsSync(input)) texts.push(decode(readFileSync(input), { maxSize: 0 }).text);
    }
  }
  return texts;
}

const encoder = new TextEncoder();

type Mutation = (lines: string[]) => string[];

/** Line-level mutations: delete, double, shuffle, insert payloads or random Unicode. */
function lineMutation(): fc.Arbitrary<Mutation> {
  const at = fc.nat();
  const insertion = fc.oneof(
    fc.constantFrom(...Object.values(PAYLOADS)),
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.integer({ min: 0, max: 0x9f }).map((code) => String.fromCharCode(code)),
    fc.constantFrom(
      'By ',
      '(Reuters) - ',
      ' -- ',
      '©',
      '(',
      ')',
      '"',
      '*',
      '#',
      '> ',
      '- ',
      '    ',
    ),
  );
  return fc.oneof(
    at.map((n) => (lines: string[]) => lines.filter((_, index) => index !== n % lines.length)),
    at.map(
      (n) => (lines: string[]) =>
        lines.flatMap((line, index) => (index === n % lines.length ? [line, line] : [line])),
    ),
    fc
      .array(fc.nat(), { minLength: 2, maxLength: 2 })
      .map(([a = 0, b = 0]) => (lines: string[]) => {
        const copy = [...lines];
        const i = a % copy.length;
        const j = b % copy.length;
        [copy[i], copy[j]] = [copy[j] as string, copy[i] as string];
        return copy;
      }),
    fc.tuple(at, at, insertion).map(
      ([line, column, text]) =>
        (lines: string[]) =>
          lines.map((value, index) => {
            if (index !== line % lines.length) return value;
            const cut = column % (value.length + 1);
            return value.slice(0, cut) + text + value.slice(cut);
          }),
    ),
  );
}

/** Joins lines with a mix of LF, CRLF and CR. */
function joinWithEndings(lines: string[], endings: number[]): string {
  const kinds = ['\n', '\r\n', '\r', '\n'];
  return lines
    .map((line, index) => line + (kinds[(endings[index] ?? 0) % kinds.length] ?? '\n'))
    .join('');
}

/** Byte-level damage: invalid or truncated UTF-8 spliced in, or the input cut short. */
function byteMutation(): fc.Arbitrary<(bytes: Uint8Array) => Uint8Array> {
  return fc.oneof(
    fc.constant((bytes: Uint8Array) => bytes),
    fc.tuple(fc.nat(), fc.constantFrom(...BAD_BYTES)).map(([at, bad]) => (bytes: Uint8Array) => {
      const cut = at % (bytes.length + 1);
      return Uint8Array.from([...bytes.subarray(0, cut), ...bad, ...bytes.subarray(cut)]);
    }),
    fc.nat().map((at) => (bytes: Uint8Array) => bytes.subarray(0, at % (bytes.length + 1))),
  );
}

/** A seed story with a few mutations, as bytes. */
export function mutatedStory(seeds: string[]): fc.Arbitrary<Uint8Array> {
  return fc
    .tuple(
      fc.constantFrom(...seeds),
      fc.array(lineMutation(), { maxLength: 4 }),
      fc.array(fc.nat(), { maxLength: 40 }),
      fc.boolean(),
      byteMutation(),
    )
    .map(([seed, mutations, endings, mixEndings, damage]) => {
      let lines = seed.split('\n');
      for (const mutate of mutations) lines = lines.length > 0 ? mutate(lines) : lines;
      const text = mixEndings ? joinWithEndings(lines, endings) : lines.join('\n');
      return damage(encoder.encode(text));
    });
}

/** Text made of wire-copy pieces, so extractors meet many near-misses. */
export function wireLikeText(): fc.Arbitrary<string> {
  const piece = fc.constantFrom(
    'By ',
    'BY ',
    'Jane Doe',
    'JOHN ROE',
    ' and ',
    ', ',
    'Reuters',
    '(Reuters)',
    '(AP)',
    ' - ',
    ' -- ',
    ' — ',
    'LONDON',
    'Paris',
    ', Oct 1',
    'March 3, 2024',
    '\n',
    '\n\n',
    '    ',
    '\t',
    '©',
    '2024',
    'All rights reserved.',
    '(Reporting by ',
    'Editing by ',
    ';',
    ')',
    '.',
    'Photographer: ',
    '/Bloomberg',
    'ADVERTISEMENT',
    '(Updates with ',
    'Eds: ',
    '- ',
    '* ',
    '# ',
    '[',
    ']',
    '_',
    '*',
    '`',
    '<b>',
    '&amp;',
    '\\',
    'Reuter',
    '-0-',
    'MORE',
    'The council voted',
    ' on Tuesday',
    '"',
    '“',
    '”',
    '‘',
    'É',
    'ß',
    '中文',
    '😀',
  );
  return fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));
}

/** Any input: mutated stories, wire-like text, arbitrary strings and arbitrary bytes. */
export function hostileInput(seeds: string[]): fc.Arbitrary<Uint8Array> {
  return fc.oneof(
    { weight: 4, arbitrary: mutatedStory(seeds) },
    { weight: 2, arbitrary: wireLikeText().map((text) => encoder.encode(text)) },
    {
      weight: 1,
      arbitrary: fc.string({ unit: 'binary', maxLength: 400 }).map((text) => encoder.encode(text)),
    },
    {
      weight: 1,
      arbitrary: fc
        .string({ unit: 'grapheme', maxLength: 400 })
        .map((text) => encoder.encode(text)),
    },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 400 }) },
  );
}
