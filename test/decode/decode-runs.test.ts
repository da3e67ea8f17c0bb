import { describe, expect, it } from 'vitest';
import { decode } from '../../src/decode/decode.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const join = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
};

describe('decode by run', () => {
  it('keeps the UTF-8 of a mostly valid file: only the bad byte is read as Windows-1252', () => {
    // One stray 0xE9 (é in Windows-1252) in a UTF-8 file with curly quotes.
    const bytes = join(utf8('“Quoted” text.\nCaf'), Uint8Array.of(0xe9), utf8(' — and “more”.\n'));
    const decoded = decode(bytes);
    expect(decoded.text).toBe('“Quoted” text.\nCafé — and “more”.\n');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.messages).toEqual([
      expect.objectContaining({
        ruleId: 'encoding-fallback',
        severity: 'warning',
        // The offset of `é` in the text, not of the byte: the quotes before it are 3 bytes each.
        offset: '“Quoted” text.\nCaf'.length,
      }),
    ]);
    expect(decoded.messages[0]?.reason).toMatch(/\(E9\) at byte 22, decoded as Windows-1252 `é`/);
  });

  it('warns once per invalid run, each where it stands', () => {
    const bytes = join(
      utf8('“a” '),
      Uint8Array.of(0x93),
      utf8('b'),
      Uint8Array.of(0x94),
      utf8(' “c”'),
    );
    const decoded = decode(bytes);
    expect(decoded.text).toBe('“a” “b” “c”');
    expect(decoded.messages.map((message) => message.offset)).toEqual([4, 6]);
  });

  it('sums up runs past the first twenty', () => {
    const parts = [utf8('“”'.repeat(40))];
    for (let index = 0; index < 25; index++) parts.push(Uint8Array.of(0x41, 0xe9));
    const decoded = decode(join(...parts));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.messages).toHaveLength(21);
    expect(decoded.messages[20]?.reason).toBe(
      '5 more runs of invalid UTF-8 decoded as Windows-1252',
    );
  });

  it('reads a file with no valid multi-byte UTF-8 as Windows-1252, with one warning', () => {
    const decoded = decode(Uint8Array.of(0x93, 0x48, 0x69, 0x94, 0x20, 0xe9, 0x20, 0xe8));
    expect(decoded.text).toBe('“Hi” é è');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.messages).toHaveLength(1);
  });

  it('treats overlong forms and surrogates as invalid, as TextDecoder does', () => {
    const decoded = decode(join(utf8('“x” '), Uint8Array.of(0xed, 0xa0, 0x80), utf8(' “y”')));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe('“x” í\u00a0€ “y”');
  });
});
