import { cp1252Byte } from './cp1252.js';

/**
 * UTF-8 read as Windows-1252: a lead byte rendered as a Latin-1 letter followed
 * by continuation bytes (0x80–0xBF) rendered through Windows-1252.
 * The character classes are bounded, so matching is linear.
 */
const CONT =
  '[\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]';
const SUSPECT = new RegExp(
  `[\\u00C2-\\u00DF]${CONT}|[\\u00E0-\\u00EF]${CONT}{2}|[\\u00F0-\\u00F4]${CONT}{3}`,
  'g',
);

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Result of a mojibake repair: the text and how many sequences were fixed. */
export interface MojibakeRepair {
  text: string;
  repaired: number;
  firstOffset: number | null;
}

function repairOnce(text: string): MojibakeRepair {
  let repaired = 0;
  let firstOffset: number | null = null;
  const out = text.replace(SUSPECT, (match, offset: number) => {
    const bytes: number[] = [];
    for (const char of match) {
      const byte = cp1252Byte(char);
      if (byte === undefined) return match;
      bytes.push(byte);
    }
    try {
      const fixed = strictUtf8.decode(Uint8Array.from(bytes));
      repaired++;
      firstOffset ??= offset;
      return fixed;
    } catch {
      return match;
    }
  });
  return { text: out, repaired, firstOffset };
}

/**
 * Repairs UTF-8 text that was once decoded as Windows-1252 (`â€™` → `’`).
 * Runs at most twice, which undoes double encoding (`Ã¢â‚¬â„¢`).
 */
export function repairMojibake(text: string): MojibakeRepair {
  const first = repairOnce(text);
  if (first.repaired === 0) return first;
  const second = repairOnce(first.text);
  return {
    text: second.text,
    repaired: first.repaired + second.repaired,
    firstOffset: first.firstOffset,
  };
}
