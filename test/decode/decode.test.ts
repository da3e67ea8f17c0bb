import { describe, expect, it } from 'vitest';
import { BinaryInputError, decode } from '../../src/decode/decode.js';
import { repairMojibake } from '../../src/decode/mojibake.js';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decode', () => {
  it('strips a UTF-8 BOM and says so', () => {
    expect(decode(utf8('\ufeffHello'))).toMatchObject({
      text: 'Hello',
      bom: true,
      encoding: 'utf-8',
    });
  });

  it('reads UTF-16 with a BOM, both byte orders', () => {
    expect(decode(bytes(0xff, 0xfe, 0x48, 0x00, 0x69, 0x00)).text).toBe('Hi');
    expect(decode(bytes(0xfe, 0xff, 0x00, 0x48, 0x00, 0x69)).text).toBe('Hi');
  });

  it('falls back to Windows-1252 with its own table for 0x80-0x9F', () => {
    const decoded = decode(bytes(0x93, 0x48, 0x69, 0x94, 0x20, 0x80, 0x35, 0x92));
    expect(decoded.text).toBe('“Hi” €5’');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.messages).toEqual([
      expect.objectContaining({ ruleId: 'encoding-fallback', severity: 'warning', offset: 0 }),
    ]);
  });

  it('normalises CRLF, lone CR and U+2028 to LF', () => {
    expect(decode(utf8('a\r\nb\rc\u2028d')).text).toBe('a\nb\nc\nd');
  });

  it('refuses binary input with a NUL byte', () => {
    expect(() => decode(bytes(0x48, 0x00, 0x49))).toThrow(BinaryInputError);
  });

  it('refuses input that is mostly control bytes', () => {
    expect(() => decode(bytes(0x0e, 0x0f, 0x15, 0x17, 0x41))).toThrow(/control characters/);
  });

  it('keeps ANPA framing bytes for the splitter', () => {
    expect(decode(bytes(0x16, 0x16, 0x01, 0x61, 0x02, 0x42, 0x03, 0x04)).text).toBe(
      '\u0016\u0016\u0001a\u0002B\u0003\u0004',
    );
  });
});

describe('repairMojibake', () => {
  it.each([
    ['â€™', '’'],
    ['â€œquotedâ€\u009d', '“quoted”'],
    ['â€”', '—'],
    ['cafÃ©', 'café'],
    ['Â£5', '£5'],
    ['Ã¢â‚¬â„¢', '’'],
  ])('repairs %j', (broken, fixed) => {
    expect(repairMojibake(broken).text).toBe(fixed);
  });

  it('leaves real Latin-1 text alone', () => {
    expect(repairMojibake('Ärger über Öl in São Paulo').repaired).toBe(0);
  });
});
