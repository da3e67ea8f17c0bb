import { type Decision, NONE, topContributions } from './decision.js';
import type { Weights } from './feature.js';

/** Longest candidate text shown, in characters. */
const SHOWN_CHARS = 60;

/** A number with two decimals and a true minus sign (`−0.89`); `+` too when `plus`. */
function signed(value: number, plus = true): string {
  return `${value < 0 ? '−' : plus ? '+' : ''}${Math.abs(value).toFixed(2)}`;
}

/**
 * The top candidates of a scored decision, best first, each with its score,
 * its line, its text and the features that weighed most in its score
 * (`4.17  line 38  "Harbour authority …"  anchorNext +1.57, …`), for
 * `--explain`. The choice of none shows as `(none)`.
 */
export function describeDecision(
  decision: Decision,
  weights: Weights,
  count = 3,
  features = 3,
): string[] {
  const ranked = decision.candidates
    .map((candidate, index) => ({ candidate, index }))
    .sort((a, b) => b.candidate.score - a.candidate.score || a.index - b.index)
    .slice(0, count);
  return ranked.map(({ candidate, index }, rank) => {
    const isNone = candidate.values[decision.features.indexOf(NONE)] === 1;
    const text =
      candidate.text.length > SHOWN_CHARS
        ? `${candidate.text.slice(0, SHOWN_CHARS - 1)}…`
        : candidate.text;
    const shown = isNone ? '(none)' : `line ${candidate.line}  "${text.replace(/\n/g, ' / ')}"`;
    const why = topContributions(decision, candidate, weights, features)
      .map((entry) => `${entry.feature} ${signed(entry.contribution)}`)
      .join(', ');
    const mark = index === decision.chosen ? '*' : ' ';
    return `${mark}${rank + 1}. ${signed(candidate.score, false)}  ${shown}${why ? `  ${why}` : ''}`;
  });
}
