import { cp1252Byte } from './cp1252.js';
import { CLOSING_MARKS, type RepairClass, repairClass } from './mojibake-rules.js';

/**
 * UTF-8 read as Windows-1252: a lead byte rendered as a Latin-1 letter
 * (U+00C2–U+00F4) followed by continuation bytes (0x80–0xBF) rendered through
 * Windows-1252: one after U+00C2–U+00DF, two after U+00E0–U+00EF, three after
 * U+00F0–U+00F4. Scanned a character at a time (linear, and no match object
 * or string per sequence: a hostile text holds millions of them).
 */
const CONTINUATION_MARKS = [
  0x152, 0x153, 0x160, 0x161, 0x178, 0x17d, 0x17e, 0x192, 0x2c6, 0x2dc, 0x2013, 0x2014, 0x2018,
  0x2019, 0x201a, 0x201b, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039,
  0x203a, 0x20ac, 0x2122,
];
/** Each continuation mark above U+00FF by its number: 64 and up, after the 64 of U+0080–U+00BF. */
const MARK_NUMBER = new Map(CONTINUATION_MARKS.map((code, index) => [code, 64 + index]));

/** A number (0–127) for a character Windows-1252 shows for a byte 0x80–0xBF, or -1 for another. */
function continuationNumber(code: number): number {
  if (code >= 0x80 && code <= 0xbf) return code - 0x80;
  return code > 0xff ? (MARK_NUMBER.get(code) ?? -1) : -1;
}

/** How many continuations follow a lead byte shown as `code`, or 0 for no lead byte. */
function continuationsAfter(code: number): number {
  if (code < 0xc2 || code > 0xf4) return 0;
  return code <= 0xdf ? 1 : code <= 0xef ? 2 : 3;
}

/**
 * The suspect sequence at `at` as one small number (its lead and its
 * continuations' numbers, 7 bits each, and its length), or -1 when none
 * starts there: a key that needs no string cut from the text.
 */
function suspectAt(text: string, at: number): number {
  const count = continuationsAfter(text.charCodeAt(at));
  if (count === 0) return -1;
  let key = text.charCodeAt(at) - 0xc2;
  for (let next = 1; next <= count; next++) {
    // Past the end charCodeAt gives NaN, which is no continuation.
    const number = continuationNumber(text.charCodeAt(at + next));
    if (number < 0) return -1;
    key = key * 128 + number;
  }
  return key * 4 + count;
}

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

/**
 * The sequences of a text that decode as UTF-8, before the rules decide on
 * them: numbers in typed arrays (where each starts, which distinct sequence it
 * is) rather than an object or a string per sequence, since a hostile text
 * holds millions of them.
 */
interface Candidates {
  count: number;
  offsets: Int32Array;
  /** Index in `sequences` of each candidate. */
  kinds: Int32Array;
  sequences: Sequence[];
}

/** A growable run of numbers in a typed array. */
function grown(array: Int32Array, count: number): Int32Array {
  if (count < array.length) return array;
  const bigger = new Int32Array(Math.max(64, array.length * 2));
  bigger.set(array);
  return bigger;
}

/** The typed array of a text with no candidates (never written: {@link grown} replaces it). */
const NO_NUMBERS = new Int32Array(0);

/** What a sequence's Windows-1252 bytes decode to as UTF-8, or null when they are not UTF-8. */
function decodeSequence(sequence: string): string | null {
  const bytes: number[] = [];
  for (const char of sequence) {
    const byte = cp1252Byte(char);
    if (byte === undefined) return null;
    bytes.push(byte);
  }
  try {
    return strictUtf8.decode(Uint8Array.from(bytes));
  } catch {
    // Not UTF-8 after all.
    return null;
  }
}

/** A distinct suspect sequence, decoded once: its text, what it decodes to and the class. */
interface Sequence {
  from: string;
  to: string | null;
  kind: RepairClass;
}

/** The sequences of a text that decode as UTF-8 from their Windows-1252 bytes. */
function candidates(text: string): Candidates {
  // Empty until the first candidate: most texts have none, and a caller may ask of
  // millions of short ones.
  let offsets: Int32Array = NO_NUMBERS;
  let kinds: Int32Array = NO_NUMBERS;
  let count = 0;
  // A text's mojibake is a few sequences many times over (`â€™` for every apostrophe):
  // each distinct sequence is decoded once. It is looked up by a number made of its
  // characters, so no string is cut for each of millions.
  const sequences: Sequence[] = [];
  const byKey = new Map<number, number>();
  for (let at = 0; at < text.length; ) {
    const key = suspectAt(text, at);
    if (key < 0) {
      at++;
      continue;
    }
    const length = (key % 4) + 1;
    let which = byKey.get(key);
    if (which === undefined) {
      const from = text.slice(at, at + length);
      const to = decodeSequence(from);
      which = sequences.length;
      sequences.push({ from, to, kind: repairClass(to?.codePointAt(0) ?? 0) });
      byKey.set(key, which);
    }
    if ((sequences[which] as Sequence).to !== null) {
      offsets = grown(offsets, count);
      kinds = grown(kinds, count);
      offsets[count] = at;
      kinds[count] = which;
      count++;
    }
    at += length;
  }
  return { count, offsets, kinds, sequences };
}

/** A letter of a word (the ordinal indicators `ª` `º` and `µ` are symbols here). */
const isLetter = (char: string | undefined): boolean =>
  char !== undefined && /\p{L}/u.test(char) && !'ªºµ'.includes(char);
const isLower = (char: string | undefined): boolean =>
  char !== undefined && /\p{Ll}/u.test(char) && isLetter(char);

/**
 * How sure a candidate is: `certain` where correct text never has it,
 * `ambiguous` where it may (repaired only when the text shows certain
 * mojibake elsewhere), `never` for results no text is written in.
 */
type Verdict = 'certain' | 'ambiguous' | 'never';

/**
 * A Latin candidate may be correct text when a mark that closes words
 * follows the lead letter and the word ends there: a capital accented
 * letter ending a word in capitals or standing alone (`CAFÉ»`, `IRMÃ”`,
 * `È…`). After a lower-case letter a capital never ends a word.
 */
function latinVerdict(text: string, offset: number, from: string): Verdict {
  const second = from[1] ?? '';
  if (from.length !== 2 || !CLOSING_MARKS.has(second)) return 'certain';
  const before = text[offset - 1];
  const after = text[offset + 2];
  return isLetter(after) || isLower(before) ? 'certain' : 'ambiguous';
}

/**
 * A symbol's bytes (`â€™`, `â‚¬`): certain unless the first mark after the
 * lead letter is one that closes words (a lower-case accented letter at the
 * end of a word, then punctuation).
 */
function symbolVerdict(from: string): Verdict {
  return CLOSING_MARKS.has(from[1] ?? '') ? 'ambiguous' : 'certain';
}

/** Decides which candidates are repairs: plausible results in contexts correct text never has (1 in the array returned). */
function accepted(text: string, found: Candidates): Uint8Array {
  const { count, offsets, kinds, sequences } = found;
  const fromOf = (index: number): string => (sequences[kinds[index] as number] as Sequence).from;
  // Adjacent candidates of another script form a run, which one correct letter and its
  // marks never do; a lone one (a one-letter word) is ambiguous.
  const inRun = (index: number): boolean => {
    const offset = offsets[index] as number;
    return (
      (index > 0 && (offsets[index - 1] as number) + fromOf(index - 1).length === offset) ||
      (index + 1 < count && offset + fromOf(index).length === offsets[index + 1])
    );
  };
  const verdictOf = (index: number): Verdict => {
    const offset = offsets[index] as number;
    const from = fromOf(index);
    switch ((sequences[kinds[index] as number] as Sequence).kind) {
      case 'latin':
        return latinVerdict(text, offset, from);
      case 'latin-additional':
        return isLetter(text[offset - 1]) && isLetter(text[offset + from.length])
          ? 'certain'
          : 'never';
      case 'symbol':
        return symbolVerdict(from);
      case 'script':
        return inRun(index) ? 'certain' : 'ambiguous';
      default:
        return 'never';
    }
  };
  // Verdicts as small numbers in a typed array: no object or string per candidate.
  const CERTAIN = 2;
  const AMBIGUOUS = 1;
  const verdicts = new Uint8Array(count);
  // Correct text holds no certain candidate; where one stands, the text was read through
  // Windows-1252, and so were the ambiguous sequences beside it.
  let mojibake = false;
  for (let index = 0; index < count; index++) {
    const verdict = verdictOf(index);
    verdicts[index] = verdict === 'certain' ? CERTAIN : verdict === 'ambiguous' ? AMBIGUOUS : 0;
    if (verdict === 'certain') mojibake = true;
  }
  const chosen = new Uint8Array(count);
  for (let index = 0; index < count; index++)
    chosen[index] =
      verdicts[index] === CERTAIN || (mojibake && verdicts[index] === AMBIGUOUS) ? 1 : 0;
  return chosen;
}

/**
 * A repair with its fixes kept as numbers (where each stands in the repaired
 * text, which sequence it was): a fix's object is made only when asked for,
 * as decode reports the first few of millions.
 */
export interface CompactRepair {
  text: string;
  repaired: number;
  /** Fix `index` (0 to `repaired` - 1), in text order. */
  fixAt: (index: number) => MojibakeFix;
}

function repairOnce(text: string): CompactRepair {
  const found = candidates(text);
  if (found.count === 0) return { text, repaired: 0, fixAt: noFix };
  const chosen = accepted(text, found);
  const fixOffsets = new Int32Array(found.count);
  const fixKinds = new Int32Array(found.count);
  let repaired = 0;
  // How much shorter the output is so far than the input, for output offsets.
  let shrink = 0;
  // Pieces joined a chunk at a time: a string grown by `+=` per repair is a chain of
  // millions of pieces.
  const joined: string[] = [];
  let parts: string[] = [];
  let at = 0;
  for (let index = 0; index < found.count; index++) {
    if (chosen[index] === 0) continue;
    const offset = found.offsets[index] as number;
    const sequence = found.sequences[found.kinds[index] as number] as Sequence;
    const to = sequence.to as string;
    if (offset > at) parts.push(text.slice(at, offset));
    parts.push(to);
    fixOffsets[repaired] = offset - shrink;
    fixKinds[repaired] = found.kinds[index] as number;
    repaired++;
    shrink += sequence.from.length - to.length;
    at = offset + sequence.from.length;
    if (parts.length >= JOIN_CHUNK) {
      joined.push(parts.join(''));
      parts = [];
    }
  }
  if (repaired === 0) return { text, repaired: 0, fixAt: noFix };
  parts.push(text.slice(at));
  joined.push(parts.join(''));
  return {
    text: joined.length === 1 ? (joined[0] as string) : joined.join(''),
    repaired,
    fixAt: (index) => {
      const sequence = found.sequences[fixKinds[index] as number] as Sequence;
      return {
        offset: fixOffsets[index] as number,
        from: sequence.from,
        to: sequence.to as string,
      };
    },
  };
}

/** Parts of a repaired text joined at a time. */
const JOIN_CHUNK = 4096;

/** The fix of a repair that has none (never called: `repaired` is 0). */
const noFix = (index: number): MojibakeFix => {
  throw new RangeError(`no mojibake fix ${index}`);
};

/** The fixes of a repair, as objects. */
function fixesOf(repair: CompactRepair): MojibakeFix[] {
  return Array.from({ length: repair.repaired }, (_, index) => repair.fixAt(index));
}

/**
 * Repairs UTF-8 text that was once decoded as Windows-1252 (`â€™` → `’`).
 * Runs at most twice, which undoes double encoding (`Ã¢â‚¬â„¢`); a sequence
 * repaired twice is reported once, from what was written to what it became.
 */
export function repairMojibake(text: string): MojibakeRepair {
  const repair = repairMojibakeCompact(text);
  const fixes = fixesOf(repair);
  return {
    text: repair.text,
    repaired: repair.repaired,
    firstOffset: fixes[0]?.offset ?? null,
    fixes,
  };
}

/** {@link repairMojibake} with its fixes as numbers, each made an object only when asked for. */
export function repairMojibakeCompact(text: string): CompactRepair {
  const first = repairOnce(text);
  if (first.repaired === 0) return first;
  const second = repairOnce(first.text);
  if (second.repaired === 0) return first;
  // Map first-pass fixes onto the final text; merge those a second-pass fix covers.
  const fixes: MojibakeFix[] = [];
  let shrink = 0;
  let next = 0;
  const firstFixes = fixesOf(first);
  for (const fix of fixesOf(second)) {
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
    fixAt: (index) => fixes[index] as MojibakeFix,
  };
}
