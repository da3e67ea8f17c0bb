import { describe, expect, it } from 'vitest';
import { decode } from '../../src/decode/decode.js';
import { repairMojibake } from '../../src/decode/mojibake.js';

describe('repairMojibake fixes', () => {
  it('lists each repair with its offset in the repaired text', () => {
    const repair = repairMojibake('Mayorâ€™s plan â€” cafÃ©');
    expect(repair.text).toBe('Mayor’s plan — café');
    expect(repair.fixes).toEqual([
      { offset: 5, from: 'â€™', to: '’' },
      { offset: 13, from: 'â€”', to: '—' },
      { offset: 18, from: 'Ã©', to: 'é' },
    ]);
  });

  it('reports a double-encoded sequence once, from what was written', () => {
    const repair = repairMojibake('itÃ¢â‚¬â„¢s cafÃ©');
    expect(repair.text).toBe('it’s café');
    expect(repair.fixes).toEqual([
      { offset: 2, from: 'Ã¢â‚¬â„¢', to: '’' },
      { offset: 8, from: 'Ã©', to: 'é' },
    ]);
  });
});

describe('decode mojibake messages', () => {
  it('gives one message per repair, control characters shown as code points', () => {
    const decoded = decode(new TextEncoder().encode('â€œHiâ€\u009d'));
    expect(decoded.text).toBe('“Hi”');
    expect(decoded.messages.map((message) => [message.offset, message.reason])).toEqual([
      [0, 'Repaired mojibake `â€œ` to `“` (UTF-8 read as Windows-1252)'],
      [3, 'Repaired mojibake `â€U+009D` to `”` (UTF-8 read as Windows-1252)'],
    ]);
  });

  it('sums up repairs past the twentieth in one message', () => {
    const decoded = decode(new TextEncoder().encode('â€™ '.repeat(25)));
    expect(decoded.messages).toHaveLength(21);
    expect(decoded.messages.at(-1)?.reason).toBe('Repaired 5 more mojibake sequences');
  });
});
