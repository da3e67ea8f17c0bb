/**
 * Whole lines that are page or wire furniture, not story: each with the
 * reason copydesk reports when it removes one. Matching is on the whole
 * line, case-insensitive, ignoring surrounding punctuation and spaces.
 */
export interface NoisePhrase {
  phrase: string;
  reason: string;
}

/** The built-in noise table; `--config` can add more. */
export const NOISE_PHRASES: NoisePhrase[] = [
  { phrase: 'ADVERTISEMENT', reason: 'advertisement' },
  { phrase: 'Advertisement', reason: 'advertisement' },
  { phrase: 'Story continues below advertisement', reason: 'advertisement' },
  { phrase: 'Story continues below', reason: 'advertisement' },
  { phrase: 'Story continues', reason: 'advertisement' },
  { phrase: 'Article continues below', reason: 'advertisement' },
  { phrase: 'Continue reading', reason: 'page-furniture' },
  { phrase: 'Share this article', reason: 'share-prompt' },
  { phrase: 'Copy link', reason: 'share-prompt' },
  { phrase: 'Listen to this article', reason: 'page-furniture' },
];

/**
 * End marks and sign-offs: a last line made of just one of these closes the
 * story (`Reuter` is the 1987 Reuters sign-off).
 */
export const END_MARKS: NoisePhrase[] = [
  { phrase: 'Reuter', reason: 'sign-off' },
  { phrase: 'REUTER', reason: 'sign-off' },
  { phrase: 'Reuters', reason: 'sign-off' },
  { phrase: 'Enditem', reason: 'end-mark' },
  { phrase: '(END)', reason: 'end-mark' },
  { phrase: 'END', reason: 'end-mark' },
  { phrase: 'ENDS', reason: 'end-mark' },
  { phrase: 'ENDIT', reason: 'end-mark' },
  { phrase: '-0-', reason: 'end-mark' },
  { phrase: '-30-', reason: 'end-mark' },
  { phrase: '###', reason: 'end-mark' },
  { phrase: 'MORE', reason: 'end-mark' },
  { phrase: '(MORE)', reason: 'end-mark' },
];
