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

/** One repaired sequence: where it now stands, what was written and what it became. */
export interface MojibakeFix {
  /** Offset of the repaired character(s) in the repaired text. */
  offset: number;
  from: string;
  to: string;
}

/** Result of a mojibake repair: the text and how many sequences were fixed. */
export interface MojibakeRepair {
  text: string;
  repaired: number;
  firstOffset: number | null;
  /** Each repair, in text order. */
  fixes: MojibakeFix[];
}

function repairOnce(text: string): MojibakeRepair {
  const fixes: MojibakeFix[] = [];
  // How much shorter the output is so far than the input, for output offsets.
  let shrink = 0;
  const out = text.replace(SUSPECT, (match, offset: number) => {
    const bytes: number[] = [];
    for (const char of match) {
      const byte = cp1252Byte(char);
      if (byte === undefined) return match;
      bytes.push(byte);
    }
    try {
      const fixed = strictUtf8.decode(Uint8Array.from(bytes));
      fixes.push({ offset: offset - shrink, from: match, to: fixed });
      shrink += match.length - fixed.length;
      return fixed;
    } catch {
      return match;
    }
  });
  return { text: out, repaired: fixes.length, firstOffset: fixes[0]?.offset ?? null, fixes };
}

/**
 * Repairs UTF-8 text that was once decoded as Windows-1252 (`â€™` → `’`).
 * Runs at most twice, which undoes double encoding (`Ã¢â‚¬â„¢`); a sequence
 * repaired twice is reported once, from what was written to what it became.
 */
export function repairMojibake(text: string): MojibakeRepair {
  const first = repairOnce(text);
  if (first.repaired === 0) return first;
  const second = repairOnce(first.text);
  if (second.repaired === 0) return first;
  // Map first-pass fixes onto the final text; merge those a second-pass fix covers.
  const fixes: MojibakeFix[] = [];
  let shrink = 0;
  let next = 0;
  const firstFixes = first.fixes;
  for (const fix of second.fixes) {
    const start = fix.offset + shrink;
    const end = start + fix.from.length;
    while (next < firstFixes.length && (firstFixes[next]?.offset ?? 0) < start) {
      const earlier = firstFixes[next] as MojibakeFix;
      fixes.push({ ...earlier, offset: earlier.offset - shrink });
      next++;
    }
    let from = '';
    while (next < firstFixes.length && (firstFixes[next]?.offset ?? 0) < end) {
      from += (firstFixes[next] as MojibakeFix).from;
      next++;
    }
    fixes.push({ offset: fix.offset, from: from === '' ? fix.from : from, to: fix.to });
    shrink += fix.from.length - fix.to.length;
  }
  for (; next < firstFixes.length; next++) {
    const later = firstFixes[next] as MojibakeFix;
    fixes.push({ ...later, offset: later.offset - shrink });
  }
  return {
    text: second.text,
    repaired: fixes.length,
    firstOffset: fixes[0]?.offset ?? null,
    fixes,
  };
}
