import { countWords } from './count-words.js';

/** Han, kana and Hangul: scripts written without spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/**
 * Length of a text in words, where a text written without spaces (Chinese,
 * Japanese, Korean) counts one word per two characters: a headline measures
 * about the same in either kind of script, so one length rule serves both.
 */
export function measureWords(text: string): number {
  let unspaced = 0;
  const spaced = text.replace(UNSPACED, () => {
    unspaced++;
    return ' ';
  });
  return countWords(spaced) + Math.ceil(unspaced / 2);
}
