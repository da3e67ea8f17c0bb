/**
 * The extractors, in the order they run, and what each reads and writes on
 * the file. One plugin per field; each lives in its own folder beside the
 * pure recognisers it adapts (`headline/`, `byline/`, `dateline/` …).
 *
 * The order matters, and this table says why a plugin stands where it does:
 * the story kind is decided first, once, for every reader after it; wire
 * framing lines go next (header lines, tabular copy kept whole,
 * rules); furniture next so that it is never taken for a headline; tail
 * items (captions, copyright, credits) before the headline so that a short
 * story's credit line is not one, and once more after the byline for a
 * credit line the byline reader split off the block above it; a pasted
 * page's time stamp once the byline
 * that may hold one is read; the dateline after the byline, once the byline
 * above it is gone; the field check last, over everything the others found.
 */
import type { Root } from 'mdast';
import type { Preset } from 'unified';
import type { VFile } from 'vfile';
import { byline } from './byline/byline.js';
import { captions, leadCaptions } from './captions/captions.js';
import { copyright } from './copyright/copyright.js';
import { credits, tailCredits } from './credits/credits.js';
import { dateline } from './dateline/dateline.js';
import { fieldHygiene } from './field-hygiene/field-hygiene.js';
import { boilerplate } from './furniture/boilerplate.js';
import { pageHeader } from './furniture/page-header.js';
import { rules } from './furniture/rules.js';
import { testPattern } from './furniture/test-pattern.js';
import { unpublished } from './furniture/unpublished.js';
import { headline } from './headline/headline.js';
import { leadNotes, notes } from './notes/notes.js';
import type { ExtractOptions } from './options.js';
import { published } from './published/published.js';
import { storyKind } from './story-kind/story-kind.js';
import { wireHeader } from './wire-header/wire-header.js';

/** An extractor: a unified transformer over the body tree and the file. */
export type Extractor = (options?: ExtractOptions) => (tree: Root, file: VFile) => void;

/** One row of the extractor table: the plugin and what it reads and writes. */
export interface ExtractorEntry {
  name: string;
  plugin: Extractor;
  /** What it reads besides the tree (`article.x` is `file.data.article.x`). */
  reads: readonly string[];
  /** What it writes besides taking blocks out of the tree. */
  writes: readonly string[];
}

/**
 * The extractors in order, with what each reads and writes. docs/design.md
 * prints the same table (a test compares them).
 */
export const EXTRACTOR_TABLE: readonly ExtractorEntry[] = [
  {
    name: 'storyKind',
    plugin: storyKind,
    reads: ['article.source.format'],
    writes: ['storyKind'],
  },
  {
    name: 'wireHeader',
    plugin: wireHeader,
    reads: [
      'article.source.format',
      'article.transmission',
      'file.value',
      'storyStart',
      'headFields',
    ],
    writes: [
      'article.removed',
      'article.notes',
      'article.transmission.version',
      'article.headline',
      'article.deck',
      'article.byline',
      'article.dateline',
      'article.published',
    ],
  },
  { name: 'rules', plugin: rules, reads: [], writes: ['article.removed'] },
  { name: 'testPattern', plugin: testPattern, reads: [], writes: ['article.removed'] },
  {
    name: 'boilerplate',
    plugin: boilerplate,
    reads: [],
    writes: ['article.removed'],
  },
  {
    name: 'unpublished',
    plugin: unpublished,
    reads: [],
    writes: ['article.credits', 'article.removed'],
  },
  { name: 'notes', plugin: notes, reads: [], writes: ['article.notes', 'article.removed'] },
  {
    name: 'captions',
    plugin: captions,
    reads: [],
    writes: ['article.media', 'article.credits', 'article.removed'],
  },
  {
    name: 'copyright',
    plugin: copyright,
    reads: [],
    writes: ['article.copyright', 'article.removed'],
  },
  { name: 'credits', plugin: credits, reads: [], writes: ['article.credits'] },
  {
    name: 'headline',
    plugin: headline,
    reads: [
      'storyKind',
      'article.source.format',
      'article.headline',
      'article.deck',
      'article.removed',
    ],
    writes: ['article.headline', 'article.kicker', 'article.deck', 'article.removed', 'decisions'],
  },
  {
    name: 'byline',
    plugin: byline,
    reads: [
      'storyKind',
      'article.source.format',
      'article.byline',
      'article.headlineLine',
      'article.removed',
    ],
    writes: ['article.byline', 'article.published', 'article.removed', 'decisions'],
  },
  {
    name: 'leadNotes',
    plugin: leadNotes,
    reads: [],
    writes: ['article.notes', 'article.removed'],
  },
  {
    name: 'leadCaptions',
    plugin: leadCaptions,
    reads: ['article.media'],
    writes: ['article.media', 'article.credits', 'article.removed'],
  },
  {
    name: 'tailCredits',
    plugin: tailCredits,
    reads: [],
    writes: ['article.credits', 'article.removed'],
  },
  {
    name: 'pageHeader',
    plugin: pageHeader,
    reads: ['article.headlineLine', 'decisions'],
    writes: ['article.removed'],
  },
  {
    name: 'published',
    plugin: published,
    reads: ['article.published'],
    writes: ['article.published', 'article.removed'],
  },
  {
    name: 'dateline',
    plugin: dateline,
    reads: ['referenceYear', 'article.copyright', 'article.dateline', 'storyKind'],
    writes: ['article.dateline', 'article.removed', 'node.data.lead'],
  },
  { name: 'fieldHygiene', plugin: fieldHygiene, reads: ['article'], writes: ['file.messages'] },
];

/** The extractors in the order they run. */
export const EXTRACTORS: readonly Extractor[] = EXTRACTOR_TABLE.map((entry) => entry.plugin);

/** The extractors as a unified preset, in order, each given the same options. */
export function extractPreset(options: ExtractOptions = {}): Preset {
  return { plugins: EXTRACTORS.map((plugin) => [plugin, options]) };
}
