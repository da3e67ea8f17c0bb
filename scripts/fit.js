#!/usr/bin/env node
// Fits the weights of copydesk's scored decisions on pasted pages (which
// line is the headline, which the byline) on the visible web corpora, and
// writes them to src/lexicon/web-weights.ts. Deterministic: the same corpus
// and code give the same table, byte for byte (fixed item order, Newton
// steps in a fixed order, rounded weights). A development script.
//
//   npm run fit [-- DIR ...]    default: the four visible web sets in ../shared/corpus
//   npm run fit -- --check      exit 1 when the shipped table differs from a fresh fit
import { readFileSync, writeFileSync } from 'node:fs';
import { fitWeights, loadItems } from './lib/web-model.js';

const DEFAULT_SETS = ['naeb', 'readability-pages', 'postlight-pages', 'newspaper-goose-pages'];
const TABLE = new URL('../src/lexicon/web-weights.ts', import.meta.url);

const HEADER = `/**
 * Fitted weights of the scored decisions on pasted pages: which line is the
 * headline, which is the byline. Written by \`npm run fit\` from the visible
 * corpora; do not edit by hand — change a feature or the corpus, re-fit, and
 * review the diff of this table like code. The features are documented where
 * they are defined (\`src/extract/headline/headline-features.ts\`,
 * \`src/extract/byline/byline-features.ts\`).
 * The kicker and deck weights are set by hand, apart: \`stack-weights.ts\`.
 */
import type { ModelWeights } from '../score/feature.js';

/** The shipped weights, by decision and feature name. */
export const WEB_WEIGHTS: Pick<ModelWeights, 'headline' | 'byline'> = {
`;

function formatTable(weights) {
  const section = (name, table) => {
    const entries = Object.entries(table);
    if (entries.length === 0) return `  ${name}: {},\n`;
    return `  ${name}: {\n${entries.map(([key, value]) => `    ${key}: ${value},\n`).join('')}  },\n`;
  };
  return `${HEADER}${section('headline', weights.headline)}${section('byline', weights.byline)}};\n`;
}

const args = process.argv.slice(2);
const check = args.includes('--check');
const dirs = args.filter((arg) => !arg.startsWith('--'));
const sets = dirs.length > 0 ? dirs : DEFAULT_SETS.map((set) => `../shared/corpus/${set}`);
const items = loadItems(sets);
const weights = await fitWeights(items);
const text = formatTable(weights);
if (check) {
  const same = readFileSync(TABLE, 'utf8') === text;
  process.stdout.write(
    same ? 'web-weights.ts matches a fresh fit\n' : 'web-weights.ts differs from a fresh fit\n',
  );
  process.exitCode = same ? 0 : 1;
} else {
  writeFileSync(TABLE, text);
  process.stdout.write(
    `fitted on ${items.length} items; wrote src/lexicon/web-weights.ts (run npm run build to use it)\n`,
  );
  for (const [decision, table] of Object.entries(weights)) {
    const heaviest = Object.entries(table)
      .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
      .slice(0, 10)
      .map(([name, value]) => `${name} ${value}`);
    process.stdout.write(`${decision}: ${heaviest.join(', ')}\n`);
  }
}
