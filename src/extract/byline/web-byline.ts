import type { Root, RootContent } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import type { Lexicon } from '../../lexicon/index.js';
import { type CandidatePlace, decide } from '../../score/decision.js';
import { countWords } from '../../text/count-words.js';
import { squash } from '../../text/squash.js';
import { blockText, isTextBlock, lineOf } from '../../tree/block-text.js';
import type { Article } from '../../types.js';
import { ensureArticle } from '../article.js';
import { matchDateline } from '../dateline/match-dateline.js';
import { imageLinesOf } from '../headline/page-blocks.js';
import { stampBlocks } from '../published/stamp-blocks.js';
import { findTimestamp, parseTimestampLine, type TimestampSpan } from '../published/timestamp.js';
import { type BylineCandidate, bylineCandidates } from './byline-candidates.js';
import { BYLINE_FEATURES } from './byline-features.js';
import { lineOfSlot, type Slot, slotsOf, takeSlot } from './byline-slots.js';
import { isBarePrefix, isRoleLine, isSite } from './byline-words.js';
import { parseWebByline, type WebByline } from './parse-web-byline.js';
import { isPlausibleNameLine } from './person-name.js';

/**
 * Finds the byline of a pasted page near the top: every line that reads as
 * names (a `By` line, a bare `By` over names, a line of names) is scored
 * with the fitted byline features against the choice of none. Sets
 * `article.byline` (and `article.published` from a time stamp on the line),
 * removes the lines it read and repeats of them, and returns true when a
 * line won.
 */
export function findWebByline(tree: Root, file: VFile, lexicon: Lexicon): boolean {
  const article = ensureArticle(file);
  if (article.source.format === 'markdown') return findMarkdownByline(tree, file, lexicon);
  const slots = slotsOf(tree, lexicon, !file.data.webPaste, article.headlineLine);
  const story = String(file.value ?? '');
  const candidates = bylineCandidates(
    slots,
    lexicon,
    article.headlineLine,
    story,
    imageLinesOf(article),
  );
  const { decision, chosen } = decide(BYLINE_FEATURES, candidates, placeOf, lexicon.weights.byline);
  file.data.decisions = { ...file.data.decisions, byline: decision };
  if (!chosen) return false;
  applyByline(tree, file, slots, chosen, chosen.parsed);
  return true;
}

/** How a byline candidate reads in the decision record. */
function placeOf(candidate: BylineCandidate): CandidatePlace {
  const used = candidate.facts.slice(candidate.index, candidate.index + candidate.span);
  const first = used[0];
  const parsed = candidate.parsed;
  const people = parsed.authors.map((author) => author.name);
  return {
    text: used.map((fact) => fact.flat).join('\n'),
    line: first ? lineOfSlot(first.slot) : 0,
    answer: people.length > 0 ? people.join('; ') : (parsed.organization ?? ''),
  };
}

/** Sets the byline the candidate reads as, with the role line under it, and takes its lines out. */
function applyByline(
  tree: Root,
  file: VFile,
  slots: Slot[],
  chosen: BylineCandidate,
  parsed: WebByline,
): void {
  const article = ensureArticle(file);
  const lexicon = chosen.lexicon;
  const used = slots.slice(chosen.index, chosen.index + chosen.span);
  const line = lineOfSlot(used.at(-1) ?? (used[0] as Slot));
  // A role line under the names (`Senior Transport Reporter`) is the byline's title.
  const after = slots[chosen.index + used.length];
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
  const next = chosen.index + used.length;
  dropRepeats(tree, slots, next, parsed, file);
  dropBio(tree, slots, next, parsed, file);
}

/**
 * True when the web byline reader should go before the wire one: the story
 * is a pasted page, a page's time stamp stands near the top, or its `By` line
 * carries a dated time stamp, which wire copy never does. In copydesk's own
 * Markdown the time stamp is printed in the byline paragraph, so a story
 * goes to the same reader when its Markdown is read back.
 */
export function prefersWebByline(tree: Root, file: VFile): boolean {
  if (file.data.webPaste) return true;
  const first = tree.children[0];
  if (ensureArticle(file).source.format === 'markdown') {
    // copydesk's own byline paragraph: the time stamp on its own last line,
    // or glued into the `By` line.
    const { lines, stamp } = markdownByline(first);
    return stamp !== null || findTimestamp(lines[0] ?? '')?.isoDate != null;
  }
  // A page's time stamp near the top marks a pasted page: wire copy prints
  // none. (copydesk's Markdown prints it under the byline, read back above.)
  if (stampBlocks(tree).length > 0) return true;
  // `By Jane Doe | February 28, 2023`: a dated `By` line near the top.
  return tree.children.slice(0, WIRE_BYLINE_BLOCKS).some((node) => {
    if (!isTextBlock(node)) return false;
    const text = squash(blockText(node));
    return /^by\b/i.test(text) && text.length <= 200 && findTimestamp(text)?.isoDate != null;
  });
}

/** How many blocks from the top the wire byline reader looks at. */
const WIRE_BYLINE_BLOCKS = 7;

/** The lines of a paragraph as copydesk's Markdown writes them (hard breaks between). */
function paragraphLines(node: RootContent): string[] {
  if (node.type !== 'paragraph') return [];
  const lines = [''];
  for (const child of node.children) {
    if (child.type === 'break') lines.push('');
    else lines[lines.length - 1] += mdastToString(child);
  }
  return lines.map((line) => line.trim()).filter((line) => line !== '');
}

/** copydesk's byline paragraph split into the byline lines and the time stamp printed under them. */
interface MarkdownBylineParts {
  lines: string[];
  stamp: TimestampSpan | null;
}

/**
 * Splits the paragraph under the headline of copydesk's own Markdown into
 * the byline lines and the page's time stamp, which the renderer prints on
 * the last line of the same paragraph.
 */
function markdownByline(node: RootContent | undefined): MarkdownBylineParts {
  const lines = node ? paragraphLines(node) : [];
  const last = lines.at(-1);
  const stamp = last === undefined ? null : parseTimestampLine(last);
  return stamp ? { lines: lines.slice(0, -1), stamp } : { lines, stamp: null };
}

/**
 * Reads back the byline copydesk's own Markdown prints right under the
 * headline, with the time stamp under it. A `By` line needs nothing else; a
 * line of names needs a time stamp or a role line under it, or the context
 * that made it a byline on the page (a site, a handle, a repeat beside it):
 * else it is the story's first paragraph.
 */
function findMarkdownByline(tree: Root, file: VFile, lexicon: Lexicon): boolean {
  const article = ensureArticle(file);
  const first = tree.children[0];
  if (!first) return false;
  const { lines, stamp } = markdownByline(first);
  const [head = '', ...rest] = lines;
  const parsed =
    isBarePrefix(head) && rest.length > 0
      ? parseWebByline(`By ${rest[0]}`, lexicon)
      : parseWebByline(head, lexicon);
  // A time stamp alone (no byline) is left to the `published` extractor.
  if (!parsed) return false;
  // A line of names only: never the lead paragraph with its dateline. Right
  // under the headline, where copydesk prints the byline, names are the byline.
  if (
    !parsed.explicit &&
    (!isPlausibleNameLine(head) ||
      countWords(head) - countWords(parsed.stamp?.text ?? '') > 12 ||
      matchDateline(head, lexicon))
  )
    return false;
  // A role line under the names (`Senior Transport Reporter`) is the title, as on the page.
  const under = isBarePrefix(head) ? rest.slice(1) : rest;
  const title = under.find((line) => isRoleLine(line, lexicon) && !isSite(line, lexicon));
  article.byline = {
    text: lines.join('\n'),
    authors: parsed.authors,
    title: title ?? null,
    organization: parsed.organization,
    line: lineOf(first),
  };
  const glued = parsed.stamp;
  if (stamp) setPublished(article, stamp, lineOf(first));
  else if (glued) setPublished(article, glued, lineOf(first));
  tree.children.splice(0, 1);
  return true;
}

/** Sets `published` from a time stamp, unless an earlier one set it. */
function setPublished(article: Article, stamp: TimestampSpan, line: number): void {
  if (article.published === null)
    article.published = { text: stamp.text, isoDate: stamp.isoDate, line };
}

/** Words after an author's name that open a biography (`Jessica is a writer on …`). */
const BIO_VERB = /^(?:is|was|has|covers|writes|reports|joined|leads|edits)\b/;
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
