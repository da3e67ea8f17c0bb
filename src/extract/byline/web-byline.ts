import type { List, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { Lexicon } from '../../lexicon/index.js';
import { BIOGRAPHY_VERBS } from '../../lexicon/web-bylines.js';
import { countWords } from '../../text/count-words.js';
import { escapeRegExp } from '../../text/escape-reg-exp.js';
import { squash } from '../../text/squash.js';
import { blockText, isTextBlock, lineOf } from '../../tree/block-text.js';
import { ensureArticle } from '../article.js';
import { matchDateline } from '../dateline/match-dateline.js';
import { findTimestamp, parseTimestampLine } from '../published/timestamp.js';
import {
  isBarePrefix,
  isRoleLine,
  isSite,
  opensWithBylinePrefix,
  parseWebByline,
  plausibleNameLine,
  roleWords,
  trailers,
  type WebByline,
} from './parse-web-byline.js';

/** Most words of a byline line, its roles, sites and time stamp included. */
export const MAX_BYLINE_WORDS = 30;
/** Fewest words of a paragraph that is the story itself. */
const PROSE_WORDS = 25;
/** How many blocks from the top a web byline may stand. */
const SEARCH_BLOCKS = 60;
/** Paragraphs of prose above which a line of names is no longer read as the byline. */
const NAME_LINE_PROSE = 3;
/** Paragraphs of prose (captions count) above which even a `By` line is not. */
const BY_LINE_PROSE = 12;

/** One top-level block or one item of a short list, as a line of text. */
interface Slot {
  node: RootContent;
  item: number | null;
  text: string;
  /** Paragraphs of prose above it. */
  prose: number;
}

function slotsOf(tree: Root, lexicon: Lexicon, stopAtDateline: boolean): Slot[] {
  const slots: Slot[] = [];
  let prose = 0;
  for (const node of tree.children.slice(0, SEARCH_BLOCKS)) {
    if (isTextBlock(node)) {
      const text = blockText(node);
      // The story has begun: a byline never stands below the dateline.
      if (stopAtDateline && matchDateline(text, lexicon)) break;
      slots.push({ node, item: null, text, prose });
      if (countWords(text) >= PROSE_WORDS && !opensWithBylinePrefix(text)) prose++;
      if (prose >= BY_LINE_PROSE) break;
    } else if (node.type === 'list' && node.children.length <= 6) {
      node.children.forEach((item, index) => {
        slots.push({ node, item: index, text: blockText({ ...node, children: [item] }), prose });
      });
    }
  }
  return slots;
}

function takeSlot(tree: Root, slot: Slot): void {
  if (slot.item === null) {
    const index = tree.children.indexOf(slot.node);
    if (index >= 0) tree.children.splice(index, 1);
    return;
  }
  const list = slot.node as List;
  const item = list.children[slot.item];
  if (item) list.children = list.children.filter((child) => child !== item);
  if (list.children.length === 0) {
    const index = tree.children.indexOf(list);
    if (index >= 0) tree.children.splice(index, 1);
  }
}

function lineOfSlot(slot: Slot): number {
  if (slot.item === null) return lineOf(slot.node);
  const list = slot.node as List;
  return lineOf(list.children[slot.item] ?? list);
}

/**
 * Finds the byline of a pasted page near the top: a `By` line (after a bare
 * `By` line too), or a line of names standing next to a time stamp, a role
 * line or a repeat of itself. Sets `article.byline` (and `article.published`
 * from a glued time stamp), removes the lines it read and repeats of them,
 * and returns true when it found one.
 */
export function findWebByline(
  tree: Root,
  file: VFile,
  lexicon: Lexicon,
  stopAtDateline: boolean,
): boolean {
  const article = ensureArticle(file);
  const slots = slotsOf(tree, lexicon, stopAtDateline);
  // A `By` line near the top first, then a line of names, then a `By` line
  // further down (below a gallery of captions).
  const passes: Array<{ explicit: boolean; maxProse: number }> = [
    { explicit: true, maxProse: NAME_LINE_PROSE },
    { explicit: false, maxProse: NAME_LINE_PROSE },
    { explicit: true, maxProse: BY_LINE_PROSE },
  ];
  for (const pass of passes) {
    for (const [index, slot] of slots.entries()) {
      if (slot.prose >= pass.maxProse) break;
      const found = readSlot(slots, index, pass.explicit, lexicon);
      if (!found) continue;
      const { parsed, used } = found;
      const line = lineOfSlot(used.at(-1) ?? slot);
      // A role line under the names (`Senior Transport Reporter`) is the byline's title.
      const after = slots[index + used.length];
      const role =
        after &&
        after.item === null &&
        isRoleLine(after.text, lexicon) &&
        !isSite(squash(after.text), lexicon)
          ? after
          : undefined;
      article.byline = {
        text: used.map((piece) => piece.text.replace(/\s*\n\s*/g, ' ').trim()).join('\n'),
        authors: parsed.authors,
        title: role ? squash(role.text) : null,
        organization: parsed.organization,
        line,
      };
      if (role) {
        article.byline.text += `\n${squash(role.text)}`;
        used.push(role);
      }
      if (parsed.stamp && article.published === null) {
        article.published = { text: parsed.stamp.text, isoDate: parsed.stamp.isoDate, line };
      }
      for (const piece of used) takeSlot(tree, piece);
      dropRepeats(tree, slots, index + used.length, parsed, file);
      dropBio(tree, slots, index + used.length, parsed, file);
      return true;
    }
  }
  return false;
}

/** Reads a byline at one slot: a `By` line (or a bare `By` over names) when `explicit`, else a line of names in context. */
function readSlot(
  slots: Slot[],
  index: number,
  explicit: boolean,
  lexicon: Lexicon,
): { parsed: WebByline; used: Slot[] } | null {
  const slot = slots[index] as Slot;
  const flat = squash(slot.text);
  // A byline is a line, not a paragraph: a `By` glued to the lead is not one,
  // nor is the lead's dateline with its date (`PLACE, Aug 29, 2024 (AFP) -`).
  if (countWords(flat) > MAX_BYLINE_WORDS || matchDateline(flat, lexicon)) return null;
  if (isBarePrefix(flat)) {
    const next = slots[index + 1];
    if (!explicit || !next) return null;
    const parsed = parseWebByline(`By ${next.text.trim()}`, lexicon);
    return parsed ? { parsed, used: [slot, next] } : null;
  }
  const parsed = parseWebByline(slot.text.trim(), lexicon);
  if (!parsed || parsed.explicit !== explicit) return null;
  if (!explicit && (!plausibleNameLine(flat) || !hasBylineContext(slots, index, parsed, lexicon)))
    return null;
  return { parsed, used: [slot] };
}

function hasBylineContext(
  slots: Slot[],
  index: number,
  parsed: WebByline,
  lexicon: Lexicon,
): boolean {
  if (parsed.stamp && (parsed.stamp.isoDate !== null || /\d:\d/.test(parsed.stamp.text)))
    return true;
  const slot = slots[index] as Slot;
  const flat = squash(slot.text);
  // A name with a site beside it (`Sarah Barnacle   Worcester Telegram & Gazette`).
  if (parsed.authors.some((author) => author.affiliation !== null)) return true;
  // A name with a social handle glued on (`Karen Gilchrist@_karengilchrist`).
  if (/\p{L}@\w/u.test(flat)) return true;
  if (flat !== parsed.authors.map((author) => author.name).join(', ') && roleWords.test(flat))
    return true;
  for (const offset of [-1, 1, 2]) {
    const other = slots[index + offset];
    if (!other) continue;
    const text = squash(other.text);
    if (parseTimestampLine(text)) return true;
    if (offset === 1 && (text === flat || isRoleLine(text, lexicon) || trailers.test(` ${text}`)))
      return true;
    if (offset === 2 && text === flat) return true;
    if (offset === 1 && text.startsWith(flat) && findTimestamp(text)) return true;
    if (offset === -1 && isBarePrefix(text)) return true;
  }
  return false;
}

/** Words after an author's name that open a biography (`Jessica is a writer on …`). */
const BIO_VERB = new RegExp(`^(?:${BIOGRAPHY_VERBS.map(escapeRegExp).join('|')})\\b`);
/** Longest paragraph read as an author's biography. */
const MAX_BIO_WORDS = 80;

/**
 * Removes an author's biography standing right under the byline
 * (`Jessica Rendall is a writer on the Wellness team …`), which pages print
 * in an author box: it is about the writer, not the story.
 */
function dropBio(tree: Root, slots: Slot[], from: number, parsed: WebByline, file: VFile): void {
  const article = ensureArticle(file);
  const openers = parsed.authors.flatMap((author) => {
    const first = author.name.split(/\s+/)[0] ?? '';
    return first.length > 1 ? [author.name, first] : [author.name];
  });
  for (const slot of slots.slice(from, from + 4)) {
    if (slot.item !== null || !tree.children.includes(slot.node)) continue;
    const flat = squash(slot.text);
    if (countWords(flat) > MAX_BIO_WORDS) continue;
    const opener = openers.find((name) => flat.startsWith(`${name} `));
    if (!opener || !BIO_VERB.test(flat.slice(opener.length + 1))) continue;
    article.removed.push({ text: flat, reason: 'author-bio', line: lineOf(slot.node) });
    takeSlot(tree, slot);
    return;
  }
}

/** Removes the author's name printed again right after the byline (photo alt text, author box). */
function dropRepeats(
  tree: Root,
  slots: Slot[],
  from: number,
  parsed: WebByline,
  file: VFile,
): void {
  const article = ensureArticle(file);
  const names = new Set(parsed.authors.map((author) => author.name.toLowerCase()));
  for (const slot of slots.slice(from, from + 4)) {
    if (slot.item !== null) continue;
    const flat = squash(slot.text);
    if (!names.has(flat.toLowerCase())) continue;
    if (!tree.children.includes(slot.node)) continue;
    article.removed.push({ text: flat, reason: 'duplicate-byline', line: lineOf(slot.node) });
    takeSlot(tree, slot);
  }
}
