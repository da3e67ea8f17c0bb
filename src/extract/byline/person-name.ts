/**
 * The one test of what a person's name looks like, for every reader that
 * needs it: web and wire bylines, credit lines, and the page features that
 * ask whether a line is a byline.
 */
import { NAME_PARTICLES, NAME_SUFFIXES, NON_NAME_WORDS } from '../../lexicon/names.js';

/** Settings of {@link isPersonName}. */
export interface NameShapeOptions {
  /** Fewest words; a name after an explicit `By` may be one word. Default 1. */
  minWords?: number;
  /** Most words. Default 5. */
  maxWords?: number;
  /**
   * Take words of any case (wire copy's `By jane doe`). By default each word
   * opens with a capital, or is a particle (`van`, `de`) or a suffix.
   */
  anyCase?: boolean;
}

const particles = new Set(NAME_PARTICLES);
const nonNames = new Set(NON_NAME_WORDS);
/** Longest name read, in characters. */
const MAX_CHARS = 50;
/** A name written in an unspaced script: three to six Han or kana characters. */
const UNSPACED_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{3,6}$/u;
/** One character of an unspaced script. */
const UNSPACED_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** A nickname in quotation marks inside a name (`Amanda "Tania Mae" Tan`). */
const NICKNAME = /\s["“][^"“”]{1,30}["”](?=\s)/gu;

function isSuffix(word: string): boolean {
  return NAME_SUFFIXES[word.toUpperCase()] !== undefined || /^(?:Jr|Sr)\.?$/.test(word);
}

/** A word that may stand in a name at a given place. */
function isNameWord(word: string, index: number, anyCase: boolean): boolean {
  if (index > 0 && (particles.has(word.toLowerCase()) || isSuffix(word))) return true;
  if (/\d|[@:;!?|•·]/u.test(word) || nonNames.has(word.toLowerCase())) return false;
  // A word that mixes scripts (`ChromeのNever-Slow`) is no name.
  if (/\p{Script=Latin}/u.test(word) && UNSPACED_CHAR.test(word)) return false;
  if (anyCase) return /^\p{L}/u.test(word);
  return /^(?:\p{Lu}\.)+$|^\p{Lu}[\p{L}'’-]*\.?$/u.test(word);
}

/**
 * True when a text has the shape of a person's name: one to five words, each
 * a capitalised word, an initial (`B.`), a particle or a suffix, no digits
 * or separators (`Jordeene B. Lagare`, `JOSH BOAK`, `Ludwig van Beethoven`);
 * or three to six characters of an unspaced script (`田中宏昌`).
 */
export function isPersonName(text: string, options: NameShapeOptions = {}): boolean {
  const { minWords = 1, maxWords = 5, anyCase = false } = options;
  if (text.length > MAX_CHARS) return false;
  if (UNSPACED_NAME.test(text)) return true;
  const words = text
    .replace(NICKNAME, ' ')
    .split(/\s+/)
    .filter((word) => word !== '');
  if (words.length < minWords || words.length > maxWords) return false;
  return words.every((word, index) => isNameWord(word, index, anyCase));
}

/**
 * A line of names without a byline word must read as one besides its
 * words' shapes: not in capitals only (`EVENT ENDED`), no possessive
 * (`Today's Headlines`), no bar glued between words.
 */
export function isPlausibleNameLine(line: string): boolean {
  return (
    /\p{Ll}|\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}/u.test(line) &&
    !/['’]s\b/u.test(line) &&
    !/\p{L}\|\p{L}/u.test(line)
  );
}
