import { cp1252Byte } from './cp1252.js';
import { CLOSING_MARKS, type RepairClass, repairClass } from './mojibake-rules.js';

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

/**
 * The sequences of a text that decode as UTF-8, before the rules decide on
 * them: one array per field rather than an object per sequence, since a
 * hostile text holds millions of them.
 */
interface Candidates {
  offsets: number[];
  froms: string[];
  tos: string[];
  kinds: RepairClass[];
}

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
  const found: Candidates = { offsets: [], froms: [], tos: [], kinds: [] };
  // A text's mojibake is a few sequences many times over (`â€™` for every apostrophe):
  // each distinct sequence is decoded once, and the candidates share its strings, so
  // a match's own copy dies young instead of being kept for each of millions.
  const sequences = new Map<string, Sequence>();
  const suspect = new RegExp(SUSPECT.source, 'g');
  for (let match = suspect.exec(text); match !== null; match = suspect.exec(text)) {
    let sequence = sequences.get(match[0]);
    if (sequence === undefined) {
      const to = decodeSequence(match[0]);
      sequence = { from: match[0], to, kind: repairClass(to?.codePointAt(0) ?? 0) };
      sequences.set(match[0], sequence);
    }
    if (sequence.to === null) continue;
    found.offsets.push(match.index);
    found.froms.push(sequence.from);
    found.tos.push(sequence.to);
    found.kinds.push(sequence.kind);
  }
  return found;
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

/** Decides which candidates are repairs (their indexes): plausible results in contexts correct text never has. */
function accepted(text: string, found: Candidates): number[] {
  const { offsets, froms, kinds } = found;
  const count = offsets.length;
  // Adjacent candidates of another script form a run, which one correct letter and its
  // marks never do; a lone one (a one-letter word) is ambiguous.
  const inRun = (index: number): boolean => {
    const offset = offsets[index] as number;
    return (
      (index > 0 &&
        (offsets[index - 1] as number) + (froms[index - 1] as string).length === offset) ||
      (index + 1 < count && offset + (froms[index] as string).length === offsets[index + 1])
    );
  };
  const verdictOf = (index: number): Verdict => {
    const offset = offsets[index] as number;
    const from = froms[index] as string;
    switch (kinds[index]) {
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
  const chosen: number[] = [];
  for (let index = 0; index < count; index++)
    if (verdicts[index] === CERTAIN || (mojibake && verdicts[index] === AMBIGUOUS))
      chosen.push(index);
  return chosen;
}

function repairOnce(text: string): MojibakeRepair {
  const fixes: MojibakeFix[] = [];
  const found = candidates(text);
  const chosen = accepted(text, found);
  if (chosen.length === 0) return { text, repaired: 0, firstOffset: null, fixes };
  // How much shorter the output is so far than the input, for output offsets.
  let shrink = 0;
  // Pieces joined once: a string grown by `+=` per repair is a chain of millions of pieces.
  const parts: string[] = [];
  let at = 0;
  for (const index of chosen) {
    const offset = found.offsets[index] as number;
    const from = found.froms[index] as string;
    const to = found.tos[index] as string;
    if (offset > at) parts.push(text.slice(at, offset));
    parts.push(to);
    fixes.push({ offset: offset - shrink, from, to });
    shrink += from.length - to.length;
    at = offset + from.length;
  }
  parts.push(text.slice(at));
  return {
    text: parts.join(''),
    repaired: fixes.length,
    firstOffset: fixes[0]?.offset ?? null,
    fixes,
  };
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
