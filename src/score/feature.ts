/**
 * A named feature of a candidate (a line that may be the headline, a line
 * that may be the byline): a small pure function, a one-line doc, and a name
 * that keys its weight in the fitted table (`src/lexicon/web-weights.ts`).
 */
export interface Feature<Candidate> {
  /** Stable name: the key of the feature's weight. */
  readonly name: string;
  /** What the value measures, in one line (printed by `--explain` and the docs). */
  readonly doc: string;
  /** The value: 0 or 1 for a yes/no feature, a share or a capped count scaled to about 0..1. */
  readonly value: (candidate: Candidate) => number;
}

/** Weights of a linear model, by feature name; a feature without a weight counts 0. */
export type Weights = Readonly<Record<string, number>>;

/** The weights of every scored decision, by decision (fitted, or hand-set where no gold exists). */
export interface ModelWeights {
  /** Which line of a pasted page is the headline. */
  readonly headline: Weights;
  /** Which line of a pasted page is the byline, or none. */
  readonly byline: Weights;
  /** Which block above a pasted page's headline is its section label, or none (hand-set). */
  readonly kicker: Weights;
  /** Which block under a pasted page's headline is its standfirst, or none (hand-set). */
  readonly deck: Weights;
}

/** The feature values of one candidate, in table order. */
export function featureValues<Candidate>(
  features: readonly Feature<Candidate>[],
  candidate: Candidate,
): number[] {
  return features.map((feature) => feature.value(candidate));
}

/** A candidate's score: the sum of its feature values times their weights. */
export function linearScore(
  values: readonly number[],
  names: readonly string[],
  weights: Weights,
): number {
  let score = 0;
  for (let index = 0; index < values.length; index++) {
    const value = values[index] ?? 0;
    if (value !== 0) score += value * (weights[names[index] ?? ''] ?? 0);
  }
  return score;
}
