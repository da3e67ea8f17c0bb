import { describe, expect, it } from 'vitest';
import { type Decision, NONE } from '../../src/score/decision.js';
import { describeDecision } from '../../src/score/describe-decision.js';

const decision: Decision = {
  features: [NONE, 'anchorNext', 'fullStop', 'words2to3'],
  candidates: [
    { text: '', line: 0, answer: '', values: [1, 0, 0, 0], score: -1 },
    { text: 'Menu', line: 1, answer: 'Menu', values: [0, 0, 0, 1], score: -2 },
    { text: 'Harbour to close pier', line: 3, answer: 'x', values: [0, 1, 0, 0], score: 1.5 },
    { text: 'The pier closes.', line: 5, answer: 'y', values: [0, 1, 1, 0], score: -0.5 },
  ],
  chosen: 2,
};
const weights = { none: -1, anchorNext: 1.5, fullStop: -2, words2to3: -2 };

describe('describeDecision', () => {
  it('lists the top candidates best first, marks the chosen one, and names the weightiest features', () => {
    expect(describeDecision(decision, weights)).toEqual([
      '*1. 1.50  line 3  "Harbour to close pier"  anchorNext +1.50',
      ' 2. −0.50  line 5  "The pier closes."  fullStop −2.00, anchorNext +1.50',
      ' 3. −1.00  (none)  none −1.00',
    ]);
  });

  it('shows as many features as asked, largest share first', () => {
    expect(describeDecision(decision, weights, 1, 1)).toEqual([
      '*1. 1.50  line 3  "Harbour to close pier"  anchorNext +1.50',
    ]);
    expect(describeDecision(decision, weights, 4, 1)[1]).toBe(
      ' 2. −0.50  line 5  "The pier closes."  fullStop −2.00',
    );
  });
});
