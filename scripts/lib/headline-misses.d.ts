/** A kind of headline miss. */
export type HeadlineMissKind =
  | 'no headline'
  | 'right line read wrong'
  | 'a reprint of the headline chosen'
  | 'a standfirst chosen'
  | 'a lead sentence chosen'
  | 'page furniture above the headline chosen'
  | 'a line below the headline chosen'
  | 'headline not printed as one line';
/** Kinds of headline misses, in the order the breakdown lists them. */
export const HEADLINE_MISS_KINDS: HeadlineMissKind[];
/** A text's letters and digits alone, lower case, NFKC. */
export function letters(text: string | null | undefined): string;
/** True for a sentence of the story: long enough and closed by a full stop. */
export function isSentence(text: string | null | undefined): boolean;
/** The 1-based input lines where the gold headline is printed (wrapped or not), top first. */
export function goldLinesOf(lines: readonly string[], gold: string): number[];
/** The 1-based input line where the gold headline is printed (wrapped or not), or 0. */
export function goldLineOf(lines: readonly string[], gold: string): number;
/** The kind of a headline miss. */
export function headlineMissKind(miss: {
  text: string;
  gold: string;
  got: string | null | undefined;
  gotLine: number;
}): HeadlineMissKind;
