import type { RootContent } from 'mdast';
import type { Lexicon } from '../../lexicon/index.js';
import { AUTHOR_ROLE_WORDS, SITE_WORDS } from '../../lexicon/web-bylines.js';
import { contentWordSet, contentWords } from '../../text/content-words.js';
import { countWords } from '../../text/count-words.js';
import { letterKey } from '../../text/letter-key.js';
import { measureWords } from '../../text/measure-words.js';
import { memoByText } from '../../text/memo-by-text.js';
import { squash, squashWithin } from '../../text/squash.js';
import { blockText, isTextBlock, lineOf } from '../../tree/block-text.js';
import type { Article } from '../../types.js';
import { deglue, isBarePrefix } from '../byline/byline-words.js';
import { parseWebByline } from '../byline/parse-web-byline.js';
import { matchDateline } from '../dateline/match-dateline.js';
import { isPastFieldLength } from '../field-line.js';
import { findTimestamp, parseTimestampLine } from '../published/timestamp.js';

/** Longest block text the page readers look at; longer blocks are the story. */
const MAX_CHARS = 1000;

/** A top-level block of a pasted page with what the line features ask of it, worked out once. */
export interface PageBlock {
  readonly node: RootContent;
  /** The text with white space squashed ('' for a block that is not text, or a long one). */
  readonly text: string;
  /** Its text's letters and figures in lower case ({@link letterKey}), compared for reprints. */
  letters: string;
  /** A paragraph or heading: lists, tables and rules are never a headline. */
  isText: boolean;
  /** Length in words, two characters of an unspaced script counting one. */
  words: number;
  /** A byline or a time stamp: what follows a headline. */
  anchor: boolean;
  /** A `By` line (or a bare `By`), which names the story's own author more surely than a time stamp. */
  byLine: boolean;
  /** A line of person names without `By` (`Emma Whitford`). */
  nameLine: boolean;
  /** The story's text: a paragraph of thirty words, a shorter one of sentences, or the lead with its dateline. */
  prose: boolean;
  /** An image stood right above it (its placeholder went to `removed`): a caption, or alt text. */
  afterImage: boolean;
}

/** A pasted page as the line features see it: its first blocks, and the words its story uses. */
export interface Page {
  blocks: PageBlock[];
  /** Content words of the first paragraphs of prose, by the index of their block (which may lie past `blocks`). */
  story: Array<{ index: number; words: Set<string> }>;
  /** Index of the first paragraph of the story's body. */
  bodyStart: number;
}

/** Fewest words of a paragraph that is the story itself. */
const PROSE_WORDS = 30;
/** Fewest words of a paragraph of sentences that is the story itself. */
const SENTENCES_WORDS = 12;
/** How many paragraphs of the story tell what it is about. */
const STORY_PARAGRAPHS = 8;

/**
 * The input lines of the images a page showed: the placeholders
 * (`[hero-1920]`) the furniture reader removed. A line right under one is a
 * caption or the image's alt text.
 */
export function imageLinesOf(article: Article): Set<number> {
  return new Set(
    article.removed.filter((item) => item.reason === 'image-placeholder').map((item) => item.line),
  );
}

/**
 * True for a line that tells who wrote the story or when: what follows a
 * headline. Remembered per line and lexicon: the scorer asks again for each
 * neighbour of each candidate.
 */
export const isAnchor: (text: string, lexicon: Lexicon) => boolean = memoByText(anchorLine);

function anchorLine(text: string, lexicon: Lexicon): boolean {
  if (isPastFieldLength(text)) return false;
  const flat = deglue(squash(text));
  const words = countWords(flat);
  if (flat === '') return false;
  // A `By` line may carry names, roles and a stamp; other anchors are short.
  if (/^(?:[•·]\s*)?by\b/i.test(flat) && words <= 30 && parseWebByline(flat, lexicon)?.explicit)
    return true;
  if (words > 16) return false;
  if (isBarePrefix(flat) || parseTimestampLine(flat)) return true;
  return findTimestamp(flat)?.isoDate != null;
}

/** True for a line of person names (`Emma Whitford`), which may be a byline without `By`; remembered. */
export const isNameLine: (text: string, lexicon: Lexicon) => boolean = memoByText(nameLine);

function nameLine(text: string, lexicon: Lexicon): boolean {
  const flat = squash(text);
  if (countWords(flat) > 8) return false;
  const parsed = parseWebByline(flat, lexicon);
  return parsed !== null && !parsed.explicit && parsed.authors.length > 0;
}

/** Most words of one person's name. */
const NAME_WORDS = 4;

/**
 * True for a line of person names as a page prints its byline: a name line
 * ({@link isNameLine}) whose names hold at most four words each, and whose
 * other words (a role, a publication, a time stamp) hold no figure outside
 * the time stamp and no lower-case word longer than a connector (`and`,
 * `von`). A title that the name reader would split into a name and
 * leftovers (`2021-2022 Line Outline`, `Silver Society – The young old
 * people`) is not one.
 */
export const isPersonNameLine: (text: string, lexicon: Lexicon) => boolean = memoByText(
  (text: string, lexicon: Lexicon): boolean => {
    if (!isNameLine(text, lexicon)) return false;
    const flat = squash(text);
    const parsed = parseWebByline(flat, lexicon);
    if (!parsed) return false;
    let rest = parsed.stamp ? flat.replace(parsed.stamp.text, ' ') : flat;
    for (const author of parsed.authors) rest = rest.replace(author.name, ' ');
    return (
      parsed.authors.every((author) => countWords(author.name) <= NAME_WORDS) &&
      !/\p{N}/u.test(rest) &&
      !rest.split(/\s+/u).some((word) => /^\p{Ll}{4,}/u.test(word))
    );
  },
);

/**
 * The facts of one block of a page. Its text and words are read at once;
 * the rest on first use and then kept: the candidates stop at the story's
 * third paragraph of prose, and the features ask only of a candidate's
 * neighbours.
 */
class LazyPageBlock implements PageBlock {
  readonly #lexicon: Lexicon;
  readonly #imageLines: ReadonlySet<number>;
  #isText: boolean | undefined;
  #text: string | undefined;
  #words: number | undefined;
  #afterImage: boolean | undefined;
  #letters: string | undefined;
  #anchor: boolean | undefined;
  #byLine: boolean | undefined;
  #nameLine: boolean | undefined;
  #prose: boolean | undefined;

  constructor(
    readonly node: RootContent,
    lexicon: Lexicon,
    imageLines: ReadonlySet<number>,
  ) {
    this.#lexicon = lexicon;
    this.#imageLines = imageLines;
  }

  get isText(): boolean {
    this.#isText ??= isTextBlock(this.node);
    return this.#isText;
  }

  get text(): string {
    this.#text ??= squashWithin(blockText(this.node), MAX_CHARS) ?? '';
    return this.#text;
  }

  /**
   * Counted apart from the text: the reprint features read the text of every
   * block below a candidate, most of them paragraphs of the story whose words
   * nothing asks for.
   */
  get words(): number {
    this.#words ??= this.text === '' ? countWords(blockText(this.node)) : measureWords(this.text);
    return this.#words;
  }

  get afterImage(): boolean {
    if (this.#afterImage === undefined) {
      const line = lineOf(this.node);
      this.#afterImage = this.#imageLines.has(line - 1) || this.#imageLines.has(line - 2);
    }
    return this.#afterImage;
  }

  /** A short text block: only those may be a byline, a time stamp or a name line. */
  get #short(): boolean {
    return this.isText && this.text !== '' && this.words <= 30;
  }

  get letters(): string {
    this.#letters ??= this.isText ? letterKey(this.text) : '';
    return this.#letters;
  }

  get anchor(): boolean {
    this.#anchor ??= this.#short && isAnchor(this.text, this.#lexicon);
    return this.#anchor;
  }

  get byLine(): boolean {
    this.#byLine ??= this.#short && /^(?:[•·]\s*)?by\b/i.test(this.text) && this.anchor;
    return this.#byLine;
  }

  get nameLine(): boolean {
    this.#nameLine ??= this.#short && isPersonNameLine(this.text, this.#lexicon);
    return this.#nameLine;
  }

  get prose(): boolean {
    this.#prose ??= this.isText && isProse(this.text, this.words, this.#lexicon);
    return this.#prose;
  }
}

/** The first `limit` blocks of a page with their facts; later blocks are never looked at. */
export function pageBlocks(
  blocks: readonly RootContent[],
  lexicon: Lexicon,
  limit: number,
  imageLines: ReadonlySet<number> = new Set(),
): PageBlock[] {
  return blocks.slice(0, limit).map((node) => new LazyPageBlock(node, lexicon, imageLines));
}

/** True for a paragraph of the story: long, or sentences, or the lead with its dateline. */
function isProse(text: string, words: number, lexicon: Lexicon): boolean {
  if (words >= PROSE_WORDS || text === '') return true;
  if (words >= SENTENCES_WORDS && /[.!?。]["”’]?$/u.test(text)) return true;
  return matchDateline(text, lexicon) !== null;
}

/** Words of a block when it is a paragraph of prose, else 0. */
function proseWords(node: RootContent): number {
  if (!isTextBlock(node)) return 0;
  const text = blockText(node);
  const words = countWords(text);
  if (words >= PROSE_WORDS) return words;
  return words >= SENTENCES_WORDS && /[.!?。]["”’]?$/u.test(squash(text)) ? words : 0;
}

/** Most blocks that are not prose (a caption, a subheading, an advertisement) inside the body. */
const BODY_GAP = 2;

/**
 * The paragraphs of the story's body: the run of prose paragraphs with the
 * most words, allowing a caption or a subheading between them. A teaser's
 * summary, an author's biography or a sidebar is a shorter run.
 */
function findBody(blocks: readonly RootContent[]): number[] {
  let best: number[] = [];
  let bestWords = 0;
  let run: number[] = [];
  let runWords = 0;
  let gap = 0;
  for (const [index, node] of blocks.entries()) {
    const words = proseWords(node);
    if (words > 0) {
      run.push(index);
      runWords += words;
      gap = 0;
    } else if (++gap > BODY_GAP) {
      run = [];
      runWords = 0;
    }
    if (runWords > bestWords) {
      best = run;
      bestWords = runWords;
    }
  }
  return best;
}

/** A page's blocks with their facts (the first `limit`), its body, and the words of its story. */
export function readPage(
  blocks: readonly RootContent[],
  lexicon: Lexicon,
  limit: number,
  imageLines: ReadonlySet<number> = new Set(),
): Page {
  const body = findBody(blocks);
  const story = body.slice(0, STORY_PARAGRAPHS).map((index) => ({
    index,
    words: contentWordSet(blockText(blocks[index] as RootContent)),
  }));
  return {
    blocks: pageBlocks(blocks, lexicon, limit, imageLines),
    story,
    bodyStart: body[0] ?? blocks.length,
  };
}

/**
 * Share of a text's content words that the story uses elsewhere (in a
 * paragraph other than block `index`): a headline is about its story; a
 * teaser for another story, a button or a site name is not.
 */
export function storyOverlap(page: Page, index: number, text: string): number {
  const words = contentWords(text);
  if (words.length === 0) return 0;
  const found = words.filter((word) =>
    page.story.some((paragraph) => paragraph.index !== index && paragraph.words.has(word)),
  );
  return found.length / words.length;
}

/**
 * Share of a text's content words that the first two paragraphs of prose
 * below block `index` use: a headline is about the lead under it, a site
 * name or a button above the story is not, even when the story's tail
 * names the site.
 */
export function leadOverlap(page: Page, index: number, text: string): number {
  const words = contentWords(text);
  if (words.length === 0) return 0;
  const lead = page.story.filter((paragraph) => paragraph.index > index).slice(0, 2);
  const found = words.filter((word) => lead.some((paragraph) => paragraph.words.has(word)));
  return found.length / words.length;
}

const ROLE_LINE = new RegExp(`\\b(?:${[...AUTHOR_ROLE_WORDS, ...SITE_WORDS].join('|')})s?\\b`, 'i');

/** A block that follows a headline closely: a byline, a time stamp, or a name with a role, stamp or repeat under it. */
export function anchorsAt(page: readonly PageBlock[], index: number): boolean {
  const block = page[index];
  if (!block) return false;
  if (block.anchor) return true;
  if (!block.isText || !block.nameLine) return false;
  const next = page[index + 1];
  if (!next) return false;
  return next.anchor || next.text === block.text || (next.words <= 5 && ROLE_LINE.test(next.text));
}

/** Distance to the nearest `By` line at most `reach` blocks below, or 0 when none. */
export function byLineDistance(page: readonly PageBlock[], index: number, reach: number): number {
  for (let ahead = 1; ahead <= reach; ahead++) if (page[index + ahead]?.byLine) return ahead;
  return 0;
}

/** Distance to the nearest block at most `reach` blocks below that {@link anchorsAt}, or 0 when none. */
export function anchorDistance(page: readonly PageBlock[], index: number, reach: number): number {
  for (let ahead = 1; ahead <= reach; ahead++) {
    if (!page[index + ahead]) return 0;
    if (anchorsAt(page, index + ahead)) return ahead;
  }
  return 0;
}
