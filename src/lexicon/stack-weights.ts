/**
 * Hand-set weights of the kicker and deck decisions on pasted pages: which
 * block above the headline is its section label, which block under it is
 * its standfirst, or none. Set by hand, not fitted: the corpora's answers
 * name no kicker or deck, so a fit could only learn to copy the rules these
 * weights replaced. `npm run fit` leaves this table alone (it writes
 * `web-weights.ts`). The features are documented where they are defined
 * (`src/extract/headline/kicker-features.ts`, `deck-features.ts`).
 *
 * How they are set: each shape a kicker or deck must have counts +1 or
 * more, each shape it must not have counts −10 (a veto), and the bar
 * (`none`) lies between what every required shape together scores and what
 * one short of them scores. The small weights (0.25) order candidates and
 * show in `--explain`; alone or together they never clear the bar.
 */
import type { ModelWeights } from '../score/feature.js';

/** The hand-set weights, by decision and feature name. */
export const STACK_WEIGHTS: Pick<ModelWeights, 'kicker' | 'deck'> = {
  kicker: {
    // A known label (2) clears the bar even with a final mark (2 − 1);
    // one or two words (1) only without one.
    none: 0.5,
    sectionLabel: 2,
    shortLabel: 1,
    sentenceMark: -1,
    capitals: 0.25,
    blocksBetween: -3,
    anchorLine: -10,
  },
  deck: {
    // A standfirst has a sentence's length and a byline or time stamp soon under it (1 + 1).
    none: 1.5,
    deckLength: 1,
    anchorSoon: 1,
    endsSentence: 0.25,
    blocksBetween: -6,
    bylineShape: -10,
    datelineShape: -10,
    anchorLine: -10,
    repeatsHeadline: -10,
  },
};
