import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Lexicon } from '../../lexicon/index.js';
import { BIOGRAPHY_VERBS } from '../../lexicon/web-bylines.js';
import { wrapOf } from '../../parse/line-breaks.js';
import { type CandidatePlace, decide } from '../../score/decision.js';
import { countWords } from '../../text/count-words.js';
import { escapeRegExp } from '../../text/escape-reg-exp.js';
import { squash } from '../../text/squash.js';
import { lineOf } from '../../tree/block-text.js';
import { ensureArticle } from '../article.js';
import { imageLinesOf } from '../headline/page-blocks.js';
import {
  type BylineCandidate,
  bylineCandidates,
  neighbours,
  overlaps,
} from './byline-candidates.js';
import { BYLINE_FEATURES } from './byline-features.js';
import { canTakeSlot, lineOfSlot, type Slot, slotsOf, takeSlot } from './byline-slots.js';
import { isPhotoLabelOf, isRoleLine, isSite } from './byline-words.js';
import type { WebByline } from './parse-web-byline.js';

/**
 * Finds the byline of a pasted page near the top: every line that reads as
 * names (a `By` line, a bare `By` over names, a line of names) is scored
 * with the fitted byline features against the choice of none; when none
 * wins there, the page's foot is searched too (`Written on … by`). Sets
 * `article.byline` (and `article.published` from a time stamp on the line),
 * removes the lines it read and repeats of them, and returns true when a
 * line won.
 */
export function findWebByline(
  tree: Root,
  file: VFile,
  lexicon: Lexicon,
  stopAtDateline: boolean,
): boolean {
  const article = ensureArticle(file);
  const story = String(file.value ?? '');
  const slots = slotsOf(tree, lexicon, stopAtDateline, article.headlineLine, wrapOf(story));
  const all = bylineCandidates(slots, lexicon, article.headlineLine, story, imageLinesOf(article));
  // Wire copy's bylines say `By`: after the wire reader, only `By` lines are left to read.
  const candidates = stopAtDateline ? all.filter((candidate) => candidate.parsed.explicit) : all;
  const { decision, chosen } = decideTopFirst(candidates, lexicon);
  file.data.decisions = { ...file.data.decisions, byline: decision };
  if (!chosen) return false;
  applyByline(tree, file, slots, chosen, chosen.parsed);
  return true;
}

/**
 * The byline decision: among the candidates near the top first; when the
 * choice of none wins there, among all, the foot's included (a story that
 * credits its author only at its end). The record holds the candidates of
 * the decision that was made last.
 */
function decideTopFirst(
  candidates: readonly BylineCandidate[],
  lexicon: Lexicon,
): ReturnType<typeof decide<BylineCandidate>> {
  const weights = lexicon.weights.byline;
  const top = candidates.filter((candidate) => !candidate.facts[candidate.index]?.slot.foot);
  const first = decide(BYLINE_FEATURES, top, placeOf, weights);
  if (first.chosen || top.length === candidates.length) return first;
  return decide(BYLINE_FEATURES, candidates, placeOf, weights);
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
  // A run of blocks (names printed as links) holds each block once, not its lines again.
  const used = slots
    .slice(chosen.index, chosen.index + chosen.span)
    .filter((slot, at, all) => !all.slice(0, at).some((earlier) => overlaps(earlier, slot)));
  const line = lineOfSlot(used.at(-1) ?? (used[0] as Slot));
  // A role line under the names (`Senior Transport Reporter`) is the byline's title.
  const after = neighbours(chosen.facts, chosen.index, chosen.span, 1).below[0]?.slot;
  const role =
    after &&
    after.item === null &&
    canTakeSlot(after) &&
    isRoleLine(after.text, lexicon) &&
    !isSite(squash(after.text), lexicon)
      ? after
      : undefined;
  // In a run of linked names, an author's photo label before a name
  // (`Headshot of Jane Roe`) is no part of the byline: it goes to `removed`.
  const labels =
    used.length > 2
      ? used.filter((piece, at) =>
          isPhotoLabelOf(squash(piece.text), squash(used[at + 1]?.text ?? '')),
        )
      : [];
  for (const label of labels)
    article.removed.push({
      text: squash(label.text),
      reason: 'author-photo',
      line: lineOfSlot(label),
    });
  article.byline = {
    text: bylineText(used.filter((piece) => !labels.includes(piece))),
    authors: parsed.authors.map((author) => ({ ...author })),
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
 * The byline as printed: a bare `By` over its names on two lines; names
 * printed as links one per block, with lone commas between, as one line.
 */
function bylineText(used: readonly Slot[]): string {
  const pieces = used.map((piece) => piece.text.replace(/\s*\n\s*/g, ' ').trim());
  return pieces.length > 2 ? pieces.join(' ').replace(/ ,(?= |$)/g, ',') : pieces.join('\n');
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
    if (slot.item !== null || !tree.children.includes(slot.node) || !canTakeSlot(slot)) continue;
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
    if (!tree.children.includes(slot.node) || !canTakeSlot(slot)) continue;
    article.removed.push({ text: flat, reason: 'duplicate-byline', line: lineOf(slot.node) });
    takeSlot(tree, slot);
  }
}
