import type { Preset } from 'unified';
import { extractPreset } from './extract/index.js';

/**
 * copydesk's extractors as a unified preset, in the order they must run, with
 * the built-in lexicon: `unified().use(parseWire).use(copydesk).use(compileJson)`.
 * `extractPreset({lexicon})` makes one with other tables.
 */
export const copydesk: Preset = extractPreset();
