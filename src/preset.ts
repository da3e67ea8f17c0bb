import type { Preset } from 'unified';
import { EXTRACTORS } from './processor.js';

/**
 * copydesk's extractors as a unified preset, in the order they must run:
 * `unified().use(parseWire).use(copydesk).use(compileJson)`. Each plugin uses
 * the built-in lexicon; {@link createProcessor} takes a custom one.
 */
export const copydesk: Preset = { plugins: [...EXTRACTORS] };
