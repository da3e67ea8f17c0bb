/**
 * The named features of a kicker candidate: a block above a pasted page's
 * headline that may be its section label. Each is a small pure function;
 * the hand-set weights are `kicker` in `src/lexicon/stack-weights.ts`, and
 * the highest-scoring candidate that clears the bar (`none`) is the kicker.
 */
import { SECTION_LABELS } from '../../lexicon/sections.js';
import type { Feature } from '../../score/feature.js';
import { countWords } from '../../text/count-words.js';
import { isAnchor } from './page-blocks.js';
import { KICKER_REACH, type StackCandidate } from './stack-candidate.js';

/** Longest section label, in characters; a longer block is never read as one. */
const LABEL_CHARS = 100;
/** Longest label of one or two words that no table lists, in characters. */
const SHORT_LABEL_CHARS = 30;

const sectionLabels = new Set(SECTION_LABELS.map((label) => label.toLowerCase()));
const yes = (condition: boolean): number => (condition ? 1 : 0);
/** The candidate's text when it is short enough to be a label, else null. */
const labelText = (c: StackCandidate): string | null =>
  c.long || c.text.length > LABEL_CHARS ? null : c.text;

/** The kicker features, in the order of the weights table. */
export const KICKER_FEATURES: readonly Feature<StackCandidate>[] = [
  {
    name: 'sectionLabel',
    doc: 'a section label the lexicon lists (`World`, `Opinion`), in any case',
    value: (c) => yes(sectionLabels.has(labelText(c)?.toLowerCase() ?? '')),
  },
  {
    name: 'shortLabel',
    doc: 'one or two words in thirty characters at most (three are as likely a short headline)',
    value: (c) => {
      const text = labelText(c);
      return yes(text !== null && countWords(text) <= 2 && text.length <= SHORT_LABEL_CHARS);
    },
  },
  {
    name: 'sentenceMark',
    doc: 'ends with sentence or clause punctuation (`.`, `!`, `?`, `:`, `;`, `,`)',
    value: (c) => yes(/[.!?:;,]$/u.test(c.text)),
  },
  {
    name: 'capitals',
    doc: 'every letter a capital (`POLITICS`), as labels are often set',
    value: (c) => yes(/\p{Lu}/u.test(c.text) && !/\p{Ll}/u.test(c.text)),
  },
  {
    name: 'blocksBetween',
    doc: 'blocks between it and the headline (one counts 1): a label stands right above it',
    value: (c) => Math.min(c.between, KICKER_REACH - 1) / (KICKER_REACH - 1),
  },
  {
    name: 'anchorLine',
    doc: 'is a byline or time stamp, which the byline reader needs',
    value: (c) => yes(isAnchor(c.text, c.lexicon)),
  },
];
