import { type Feature, featureValues, linearScore, type Weights } from './feature.js';

/** One candidate of a scored decision: where it stands, its feature values and its score. */
export interface ScoredCandidate {
  /** The candidate's text as the page prints it (empty for "none"). */
  text: string;
  /** 1-based input line (0 for "none"). */
  line: number;
  /** What choosing it answers: the headline; the author names joined by `; ` (or the organisation). */
  answer: string;
  /** Feature values, in the order of {@link Decision.features}. */
  values: number[];
  score: number;
}

/**
 * A choice among candidates by a linear model, kept on `file.data.decisions`
 * so that `--explain` can show it and `npm run fit` can learn from it.
 */
export interface Decision {
  /** Feature names, in the order of every candidate's values. */
  features: readonly string[];
  candidates: ScoredCandidate[];
  /** Index of the chosen candidate (the highest score; the first of equals); 0 is the choice of none. */
  chosen: number;
}

/** What a candidate reads as, for the record. */
export interface CandidatePlace {
  text: string;
  line: number;
  answer: string;
}

/**
 * The feature of the choice of none: 1 for it, 0 for every candidate. Its
 * fitted weight is the bar a candidate's score must clear (a page whose
 * every line scores lower has no headline, or no byline).
 */
export const NONE = 'none';

/**
 * Scores every candidate with the features and weights, beside the choice
 * of none (the first candidate of the record), and picks the highest score;
 * the earlier candidate wins a tie, so the choice is stable. Returns the
 * decision and the chosen candidate (null for none).
 */
export function decide<Candidate>(
  features: readonly Feature<Candidate>[],
  candidates: readonly Candidate[],
  placeOf: (candidate: Candidate) => CandidatePlace,
  weights: Weights,
): { decision: Decision; chosen: Candidate | null } {
  const names = [NONE, ...features.map((feature) => feature.name)];
  const noneValues = names.map((name) => (name === NONE ? 1 : 0));
  const scored: ScoredCandidate[] = [
    {
      text: '',
      line: 0,
      answer: '',
      values: noneValues,
      score: linearScore(noneValues, names, weights),
    },
    ...candidates.map((candidate) => {
      const values = [0, ...featureValues(features, candidate)];
      return { ...placeOf(candidate), values, score: linearScore(values, names, weights) };
    }),
  ];
  let chosen = 0;
  scored.forEach((candidate, index) => {
    if (candidate.score > (scored[chosen]?.score ?? 0)) chosen = index;
  });
  return {
    decision: { features: names, candidates: scored, chosen },
    chosen: chosen === 0 ? null : (candidates[chosen - 1] ?? null),
  };
}

/** A feature's share in a candidate's score. */
export interface Contribution {
  feature: string;
  value: number;
  /** Value times weight. */
  contribution: number;
}

/** The features that weighed most (largest absolute value times weight) in one candidate's score. */
export function topContributions(
  decision: Decision,
  candidate: ScoredCandidate,
  weights: Weights,
  count: number,
): Contribution[] {
  return decision.features
    .map((feature, index) => {
      const value = candidate.values[index] ?? 0;
      return { feature, value, contribution: value * (weights[feature] ?? 0) };
    })
    .filter((entry) => entry.contribution !== 0)
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))
    .slice(0, count);
}
