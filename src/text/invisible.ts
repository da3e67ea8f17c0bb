/**
 * Characters that change what a reader sees without being seen themselves.
 * Data, not code: the terminal sanitiser and the field check share it.
 */

/**
 * Bidirectional controls (UAX #9): embeddings, overrides and isolates, plus the
 * marks. They reorder the displayed text ("Trojan Source", CVE-2021-42574).
 */
export const BIDI_CONTROLS: ReadonlySet<number> = new Set([
  0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
]);

/**
 * Zero-width characters that hide inside words: zero-width space, non-joiner,
 * joiner, word joiner, and U+FEFF past the start of the text.
 */
export const ZERO_WIDTH: ReadonlySet<number> = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);

/** Zero-width joiner: legitimate between the parts of an emoji sequence. */
const ZWJ = 0x200d;

const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

/** One invisible character found in a string. */
export interface InvisibleHit {
  kind: 'bidi-control' | 'zero-width';
  code: number;
  /** UTF-16 index in the string. */
  index: number;
}

function pictographicAround(text: string, index: number): boolean {
  const before = text.codePointAt(index - 1) ?? 0;
  const beforePair = index >= 2 ? (text.codePointAt(index - 2) ?? 0) : 0;
  const after = text.codePointAt(index + 1) ?? 0;
  const isPicture = (code: number): boolean => PICTOGRAPHIC.test(String.fromCodePoint(code));
  return (isPicture(before) || (beforePair > 0xffff && isPicture(beforePair))) && isPicture(after);
}

/**
 * Any character of the two sets: a native scan that clears almost every
 * string at once (the field check asks of every text node of every story).
 */
const ANY_INVISIBLE = new RegExp(
  `[${[...BIDI_CONTROLS, ...ZERO_WIDTH].map((code) => `\\u${code.toString(16).padStart(4, '0')}`).join('')}]`,
);

/** Finds bidirectional controls and zero-width characters in a string, in one pass. */
export function findInvisible(text: string): InvisibleHit[] {
  const hits: InvisibleHit[] = [];
  const first = text.search(ANY_INVISIBLE);
  if (first < 0) return hits;
  for (let index = first; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (BIDI_CONTROLS.has(code)) hits.push({ kind: 'bidi-control', code, index });
    else if (ZERO_WIDTH.has(code) && !(code === ZWJ && pictographicAround(text, index))) {
      hits.push({ kind: 'zero-width', code, index });
    }
  }
  return hits;
}

/** `U+202E` notation for a code point. */
export function codePointLabel(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
