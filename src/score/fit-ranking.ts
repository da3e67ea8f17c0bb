/**
 * Fits the weights of a linear ranking model: for each decision (one page),
 * the candidates' scores go through a softmax, and the fit makes the right
 * candidates likely (a conditional logit, the "pick one line of this page"
 * model). Newton steps with a backtracking line search on the penalised
 * log-likelihood; plain loops in a fixed order, so the same examples always
 * give the same weights to the last bit.
 */

/** One decision to learn from: every candidate's feature values and which candidates are right. */
export interface RankingExample {
  candidates: readonly (readonly number[])[];
  /** Indices of the right candidates (a headline printed twice is right twice). */
  positives: readonly number[];
}

/** Settings of {@link fitRanking}. */
export interface FitOptions {
  /** L2 penalty: keeps a feature seen on a few pages from taking an extreme weight. */
  l2: number;
  /** Most Newton steps. */
  maxSteps: number;
}

const DEFAULT_OPTIONS: FitOptions = { l2: 1, maxSteps: 100 };

/** Scores of every candidate of one example under weights `w`. */
function scoresOf(example: RankingExample, w: readonly number[]): number[] {
  return example.candidates.map((values) => {
    let score = 0;
    for (let index = 0; index < w.length; index++) score += (values[index] ?? 0) * (w[index] ?? 0);
    return score;
  });
}

/** log Σ exp(scores[i]) over the given indices, computed without overflow. */
function logSumExp(scores: readonly number[], indices: readonly number[]): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const index of indices) max = Math.max(max, scores[index] ?? 0);
  let sum = 0;
  for (const index of indices) sum += Math.exp((scores[index] ?? 0) - max);
  return max + Math.log(sum);
}

/** The penalised negative log-likelihood the fit minimises. */
function objective(examples: readonly RankingExample[], w: readonly number[], l2: number): number {
  let loss = 0;
  for (const example of examples) {
    const scores = scoresOf(example, w);
    const all = scores.map((_, index) => index);
    loss += logSumExp(scores, all) - logSumExp(scores, example.positives);
  }
  for (const weight of w) loss += (l2 / 2) * weight * weight;
  return loss;
}

/** Adds `factor` times the softmax-weighted mean of the candidates' values over `indices` to `into`. */
function addMean(
  example: RankingExample,
  scores: readonly number[],
  indices: readonly number[],
  factor: number,
  into: number[],
): number[] {
  const norm = logSumExp(scores, indices);
  const mean = new Array<number>(into.length).fill(0);
  for (const index of indices) {
    const share = Math.exp((scores[index] ?? 0) - norm);
    const values = example.candidates[index] ?? [];
    for (let k = 0; k < into.length; k++) mean[k] = (mean[k] ?? 0) + share * (values[k] ?? 0);
  }
  for (let k = 0; k < into.length; k++) into[k] = (into[k] ?? 0) + factor * (mean[k] ?? 0);
  return mean;
}

/** Gradient and (Fisher) curvature of the objective at `w`. */
function derivatives(
  examples: readonly RankingExample[],
  w: readonly number[],
  l2: number,
): { gradient: number[]; curvature: number[][] } {
  const size = w.length;
  const gradient = w.map((weight) => l2 * weight);
  const curvature = w.map((_, row) => w.map((__, col) => (row === col ? l2 : 0)));
  for (const example of examples) {
    const scores = scoresOf(example, w);
    const all = scores.map((_, index) => index);
    const mean = addMean(example, scores, all, 1, gradient);
    addMean(example, scores, example.positives, -1, gradient);
    const norm = logSumExp(scores, all);
    for (const [index, values] of example.candidates.entries()) {
      const share = Math.exp((scores[index] ?? 0) - norm);
      if (share === 0) continue;
      for (let row = 0; row < size; row++) {
        const a = (values[row] ?? 0) - (mean[row] ?? 0);
        if (a === 0) continue;
        const line = curvature[row] as number[];
        for (let col = 0; col < size; col++)
          line[col] = (line[col] ?? 0) + share * a * ((values[col] ?? 0) - (mean[col] ?? 0));
      }
    }
  }
  return { gradient, curvature };
}

/** Solves `matrix · x = vector` for a symmetric positive definite matrix (Cholesky). */
export function solveSymmetric(
  matrix: readonly (readonly number[])[],
  vector: readonly number[],
): number[] {
  const size = vector.length;
  const lower = matrix.map(() => new Array<number>(size).fill(0));
  for (let row = 0; row < size; row++) {
    for (let col = 0; col <= row; col++) {
      let sum = matrix[row]?.[col] ?? 0;
      for (let k = 0; k < col; k++) sum -= (lower[row]?.[k] ?? 0) * (lower[col]?.[k] ?? 0);
      (lower[row] as number[])[col] =
        row === col ? Math.sqrt(Math.max(sum, 1e-12)) : sum / (lower[col]?.[col] ?? 1);
    }
  }
  const forward = new Array<number>(size).fill(0);
  for (let row = 0; row < size; row++) {
    let sum = vector[row] ?? 0;
    for (let k = 0; k < row; k++) sum -= (lower[row]?.[k] ?? 0) * (forward[k] ?? 0);
    forward[row] = sum / (lower[row]?.[row] ?? 1);
  }
  const solution = new Array<number>(size).fill(0);
  for (let row = size - 1; row >= 0; row--) {
    let sum = forward[row] ?? 0;
    for (let k = row + 1; k < size; k++) sum -= (lower[k]?.[row] ?? 0) * (solution[k] ?? 0);
    solution[row] = sum / (lower[row]?.[row] ?? 1);
  }
  return solution;
}

/**
 * Fits one weight per feature so that, page by page, the right candidates
 * score highest. Examples without a right candidate teach nothing and are
 * skipped. Returns the weights in feature order.
 */
export function fitRanking(
  examples: readonly RankingExample[],
  dimension: number,
  options: Partial<FitOptions> = {},
): number[] {
  const { l2, maxSteps } = { ...DEFAULT_OPTIONS, ...options };
  const usable = examples.filter(
    (example) => example.positives.length > 0 && example.candidates.length > 0,
  );
  let w = new Array<number>(dimension).fill(0);
  let loss = objective(usable, w, l2);
  for (let step = 0; step < maxSteps; step++) {
    const { gradient, curvature } = derivatives(usable, w, l2);
    const direction = solveSymmetric(curvature, gradient);
    const slope = gradient.reduce((sum, value, index) => sum + value * (direction[index] ?? 0), 0);
    let size = 1;
    let next = w;
    let nextLoss = loss;
    for (let halving = 0; halving < 40; halving++) {
      next = w.map((weight, index) => weight - size * (direction[index] ?? 0));
      nextLoss = objective(usable, next, l2);
      if (nextLoss <= loss - 1e-4 * size * slope) break;
      size /= 2;
    }
    if (!(nextLoss < loss)) break;
    const gain = loss - nextLoss;
    w = next;
    loss = nextLoss;
    if (gain < 1e-10 * (1 + Math.abs(loss))) break;
  }
  return w;
}
