import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { hasBidiControls, sanitizeForTerminal } from '../src/render/sanitize.js';

/** Anything a terminal would act on: C0 but LF, DEL, C1, and raw bidi controls. */
const ACTIVE =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

describe('sanitizeForTerminal (R-SEC-2 payload table)', () => {
  const cases: Array<[string, string, string]> = [
    ['CSI erase display', '\u001b[2J', '^[[2J'],
    ['CSI erase scroll-back', 'a\u001b[3Jb', 'a^[[3Jb'],
    ['OSC window title ended by BEL', '\u001b]0;x\u0007', '^[]0;x^G'],
    ['OSC 52 clipboard write', '\u001b]52;c;ZXZpbA==\u0007', '^[]52;c;ZXZpbA==^G'],
    ['OSC 8 hyperlink', '\u001b]8;;http://e\u0007t\u001b]8;;\u0007', '^[]8;;http://e^Gt^[]8;;^G'],
    ['OSC ended by ST', '\u001b]2;t\u001b\\', '^[]2;t^[\\'],
    ['DCS (DECRQSS)', '\u001bP$qm\u001b\\', '^[P$qm^[\\'],
    ['two-byte ESC c (full reset)', '\u001bc', '^[c'],
    ['8-bit CSI as UTF-8', '\u009b31m', '<U+009B>31m'],
    ['8-bit OSC and ST as UTF-8', '\u009d0;t\u009c', '<U+009D>0;t<U+009C>'],
    ['8-bit DCS as UTF-8', '\u0090x\u009c', '<U+0090>x<U+009C>'],
    ['carriage return overprint', 'a\rb', 'a^Mb'],
    ['backspace overprint', 'a\bb', 'a^Hb'],
    ['bell', '\u0007', '^G'],
    ['NUL', '\u0000', '^@'],
    ['DEL', 'a\u007fb', 'a^?b'],
    ['right-to-left override', 'abc\u202edef\u202c', 'abc<U+202E>def<U+202C>'],
    ['bidi isolates', '\u2066a\u2069', '<U+2066>a<U+2069>'],
    ['Arabic letter mark', 'a\u061cb', 'a<U+061C>b'],
    ['TAB becomes spaces', 'a\tb', 'a    b'],
    ['LF stays', 'a\nb', 'a\nb'],
  ];
  for (const [name, input, expected] of cases) {
    it(`makes ${name} visible and inert`, () => {
      const output = sanitizeForTerminal(input);
      expect(output).toBe(expected);
      expect(ACTIVE.test(output)).toBe(false);
    });
  }

  it('leaves plain and non-Latin text untouched (same string)', () => {
    const text = 'Grüße, 東京 😀 — “quoted” e\u0301';
    expect(sanitizeForTerminal(text)).toBe(text);
  });

  it('keeps zero-width characters (harmless to the terminal; flagged in fields instead)', () => {
    expect(sanitizeForTerminal('Jo\u200bhn')).toBe('Jo\u200bhn');
  });
});

describe('R-SEC-5: util.stripVTControlCharacters is not enough', () => {
  const payload = 'a\u0007b\u0008c\rE\u202eF\u0000';

  it('shows that Node leaves BEL, BS, CR, U+202E and NUL in place', () => {
    const stripped = stripVTControlCharacters(payload);
    for (const char of ['\u0007', '\u0008', '\r', '\u202e', '\u0000']) {
      expect(stripped).toContain(char);
    }
  });

  it('neutralises every one of them', () => {
    expect(sanitizeForTerminal(payload)).toBe('a^Gb^Hc^ME<U+202E>F^@');
  });
});

describe('hasBidiControls', () => {
  it('finds an override and ignores ordinary right-to-left text', () => {
    expect(hasBidiControls('x\u202ey')).toBe(true);
    expect(hasBidiControls('שלום')).toBe(false);
  });
});

describe('R-SEC-6: linear scanner', () => {
  // A generous guard only (the timeout); timings belong to scripts/adversarial.js.
  it('sanitises 1 MB of unterminated escape introducers', { timeout: 10_000 }, () => {
    const input = '\u001b['.repeat(500_000);
    const output = sanitizeForTerminal(input);
    expect(output.length).toBe(1_500_000);
    expect(ACTIVE.test(output)).toBe(false);
  });
});
