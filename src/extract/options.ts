import { defaultLexicon, type Lexicon } from '../lexicon/index.js';

/** Options every extractor accepts. */
export interface ExtractOptions {
  /** The data tables to consult (default: the built-in ones). */
  lexicon?: Lexicon;
}

/** The lexicon in effect for a set of options. */
export function lexiconOf(options: ExtractOptions | undefined): Lexicon {
  return options?.lexicon ?? defaultLexicon;
}
