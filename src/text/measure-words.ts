import { countWords } from './count-words.js';

/** Han, kana and Hangul: scripts written without spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** The first code unit of any of those scripts (Hangul Jamo, U+1100); surrogates lie above it. */
const FIRST_UNSPACED = 0x1100;

/** True when some code unit of the text is at or above U+1100, where the unspaced scripts begin. */
function mayHoldUnspaced(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    if (text.charCodeAt(index) >= FIRST_UNSPACED) return true;
  }
  return false;
}

/**
 * Length of a text in words, where a text written without spaces (Chinese,
 * Japanese, Korean) counts one word per two characters: a headline measures
 * about the same in either kind of script, so one length rule serves both.
 * A text with nothing at or above U+1100 (most text) holds none of them and
 * is counted as it stands.
 */
export function measureWords(text: string): number {
  if (!mayHoldUnspaced(text)) return countWords(text);
  let unspaced = 0;
  const spaced = text.replace(UNSPACED, () => {
    unspaced++;
    return ' ';
  });
  return countWords(spaced) + Math.ceil(unspaced / 2);
}
