import { extendLexicon, type Lexicon } from '../lexicon/index.js';
import type { CopydeskConfig } from './types.js';

/** The lexicon a configuration asks for, or undefined for the built-in one. */
export function lexiconFromConfig(config: CopydeskConfig): Lexicon | undefined {
  if (
    config.agencies.length === 0 &&
    config.noisePhrases.length === 0 &&
    config.creditPhrases.length === 0
  ) {
    return undefined;
  }
  return extendLexicon({
    agencies: config.agencies,
    noisePhrases: config.noisePhrases,
    creditPhrases: config.creditPhrases,
  });
}
