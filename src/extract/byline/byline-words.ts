/**
 * The byline lexicon compiled for reading lines of a pasted page, and the
 * line-level steps the web byline reader takes before it reads names:
 * spaces put back where a page glued pieces, a name printed twice made one,
 * roles and sites told from names.
 */
import type { Lexicon } from '../../lexicon/index.js';
import { LANGUAGES } from '../../lexicon/languages/index.js';
import { NAME_SUFFIXES } from '../../lexicon/names.js';
import { IMAGE_LABEL_WORDS } from '../../lexicon/page-furniture.js';
import {
  AUTHOR_ROLE_WORDS,
  AUTHOR_WIDGET_LABELS,
  BARE_BYLINE_LABELS,
  DOMAIN_ENDINGS,
  NON_AUTHOR_CREDITS,
  ORGANIZATION_ARTICLES,
  PAGE_BYLINE_OPENERS,
  PAGE_BYLINE_TRAILERS,
  PUBLICATION_CONNECTORS,
  SECTION_CONNECTORS,
  SITE_WORDS,
} from '../../lexicon/web-bylines.js';
import { escapeRegExp } from '../../text/escape-reg-exp.js';
import { squash } from '../../text/squash.js';
import { findTimestamp } from '../published/timestamp.js';
import { isOrganization } from './organization.js';

/**
 * A phrase as a pattern of either case: spaces match any run of white space,
 * a closing colon is optional. Case is spelt out letter by letter because a
 * case-insensitive flag would also make the `\p{Lu}` after it match lower case.
 */
const phrase = (text: string): string =>
  escapeRegExp(text.replace(/\s*:$/, ''))
    .replace(/\p{L}/gu, (letter) => `[${letter.toLowerCase()}${letter.toUpperCase()}]`)
    .replace(/ /g, '\\s+')
    .concat(text.endsWith(':') ? '\\s*:?' : '');
const longestFirst = (list: readonly string[]): string[] =>
  [...new Set(list)].sort((a, b) => b.length - a.length);
const bylineWords = longestFirst([
  ...LANGUAGES.flatMap((language) => language.bylineWords),
  ...PAGE_BYLINE_OPENERS,
]);

/** A byline word (`By`, `Written by`, `Von`, `Par`), with the colon some pages put after it. */
export const BYLINE_WORD: RegExp = new RegExp(
  `(?:^|\\s)(?<word>${bylineWords.map(phrase).join('|')})(?::)?(?=\\s|$)\\s*`,
  'u',
);
/** A byline word at the very start of a line, after a bullet if any. */
const LEADING_BYLINE_WORD = new RegExp(
  `^(?:[·•|]\\s*)?(?:${bylineWords.map(phrase).join('|')})(?::)?(?=\\s|$)`,
  'u',
);
/** The byline words and labels that open a byline naming nobody (`By`, `Author:`). */
const BARE_WORDS = [...bylineWords, ...BARE_BYLINE_LABELS];
/** One of them, and an optional colon, closing the text. */
const BARE_CLOSE = `(?:${longestFirst(BARE_WORDS).map(phrase).join('|')})\\s*:?$`;
const BARE = new RegExp(`^${BARE_CLOSE}`, 'iu');
/**
 * {@link BARE} as a line's end, and how many characters of a squashed line
 * it can span (its longest phrase, a space and a colon): a line whose end
 * holds no byline word opens no byline after a time stamp, and is told so
 * without looking for a stamp in it.
 */
const BARE_AT_END = new RegExp(BARE_CLOSE, 'iu');
const BARE_SPAN = Math.max(...BARE_WORDS.map((word) => word.length)) + 4;
/** A credit for something else than the story before a mid-line `by` (`Illustration by`). */
export const CREDIT_BEFORE_BY: RegExp = new RegExp(`\\b(?:${NON_AUTHOR_CREDITS.join('|')})$`, 'i');
const GLUE_WORDS = ['By', 'Published', 'Updated', 'Posted', ...AUTHOR_ROLE_WORDS];
// `ByThe Associated Press`, `Emma BatyPublished:`, `Miguel CortinaWriter`, `Jane RoeData and …`.
const GLUED = new RegExp(`(?<=\\p{Ll})(?=(?:${GLUE_WORDS.join('|')})(?:\\b|\\p{Lu}))`, 'gu');
// A stamp label glued to a time zone (`ESTUpdated`).
const GLUED_STAMP = /(?<=\p{Lu})(?=(?:Published|Updated|Posted)\b)/gu;
const GLUED_BY = /\bBy(?=\p{Lu}\p{Ll})/gu;
// A name glued to the year of a time stamp before it (`Dec 6, 2023Chris Price`).
const GLUED_AFTER_YEAR = /(?<=\b(?:19|20)\d\d)(?=\p{Lu}\p{Ll})/gu;
const DOMAIN = new RegExp(`\\p{L}\\.(?:${DOMAIN_ENDINGS.map(escapeRegExp).join('|')})\\b`, 'iu');
const siteWords = new RegExp(`\\b(?:${SITE_WORDS.join('|')})\\b`, 'i');
/** Job-title words beside a name (`Wellness Writer`). */
export const roleWords: RegExp = new RegExp(`\\b(?:${AUTHOR_ROLE_WORDS.join('|')})s?\\b`, 'i');
/** Page furniture trailing a byline's names (`Follow`, `See full bio`). */
export const trailers: RegExp = new RegExp(
  `(?:\\s|^)(?:${PAGE_BYLINE_TRAILERS.map(phrase).join('|')})(?:\\s*\\(\\d+\\))?\\s*$`,
  'i',
);
/** `for`, `of`, `Published in` before a publication's capitalised name. */
export const PUBLICATION: RegExp = new RegExp(
  `\\s(?:${longestFirst(PUBLICATION_CONNECTORS).map(phrase).join('|')})\\s+(?=(?:the\\s+)?\\p{Lu})`,
  'u',
);
/** `in`, `dans` before a section's or a place's capitalised name, after a byline's names. */
export const SECTION: RegExp = new RegExp(
  `\\s(?:${SECTION_CONNECTORS.map(phrase).join('|')})\\s+(?=\\p{Lu})`,
  'u',
);
/** The words that join names (`and`, `und`, `et`), and `&`. */
export const JOINER: RegExp = new RegExp(
  `\\s*(?:&|\\s(?:${longestFirst(LANGUAGES.flatMap((language) => language.nameJoiners)).join('|')})\\s)\\s*`,
  'u',
);
/** An image's label or a file name before the names (`Headshot of`, `jdoe-headshot`). */
const IMAGE_LEAD = new RegExp(
  `^(?:(?:${IMAGE_LABEL_WORDS.map(phrase).join('|')})\\s+of\\s+|[\\p{Ll}\\d]+(?:[-_][\\p{Ll}\\d]+)+\\s+)`,
  'u',
);

/** An author widget's label before a name (`Social Links for`, `More from`). */
export const WIDGET_LABEL: RegExp = new RegExp(
  `^(?:${longestFirst(AUTHOR_WIDGET_LABELS).map(phrase).join('|')})\\s+(?=\\p{Lu})`,
  'u',
);

/** Puts back the spaces a page lost between inline pieces (`ByThe`, `BatyPublished`, `2023Chris`). */
export function deglue(text: string): string {
  return text
    .replace(GLUED_BY, 'By ')
    .replace(GLUED, ' ')
    .replace(GLUED_STAMP, ' ')
    .replace(GLUED_AFTER_YEAR, ' ');
}

/**
 * A name printed twice in a row, glued or not (`Jane RoeJane Roe`, `Jane
 * Roe Jane Roe`: alt text and caption of the author's photo), as one.
 */
export function undouble(text: string): string {
  const flat = squash(text);
  for (const gap of ['', ' ']) {
    const half = (flat.length - gap.length) / 2;
    if (!Number.isInteger(half) || half < 3) continue;
    const first = flat.slice(0, half);
    if (flat === `${first}${gap}${first}`) return first;
  }
  return text;
}

/**
 * True when a line shows the author's photo before the names: an image's
 * label or file name (`Headshot of Jane Roe`, `jroe-headshot Jane Roe`), or
 * the name printed twice in a row (the photo's alt text, then the caption).
 */
export function showsAuthorPhoto(text: string): boolean {
  const line = squash(text).replace(/^[\s•·|]+/u, '');
  return IMAGE_LEAD.test(line) || undouble(deglue(line)) !== line;
}

/**
 * True when `label` is an author's photo label standing before the name
 * `name`, as pages print linked names: `Headshot of Jane Roe`, or the photo's
 * alt text, which opens with the name.
 */
export function isPhotoLabelOf(label: string, name: string): boolean {
  return showsAuthorPhoto(label) || (name !== '' && label !== name && label.startsWith(name));
}

/** A line that is one bracket holding a list (`[Name，Site]`): a byline as Japanese pages print it. */
const BRACKETED_LIST = /^[[［]([^\]］]+[,，、][^\]］]+)[\]］]$/u;
/** The comma of CJK text, full width or ideographic, between the names of a bracketed list. */
const WIDE_COMMA = /\s*[，、]\s*/gu;

/**
 * Cleans a line before its names are read: list bullets and bars before it,
 * image placeholders (`[6eef5bc5]`) and image labels (`Headshot of`) before
 * the names, the brackets round a whole line that lists names (`[Name，Site]`,
 * its full-width commas made plain), glued pieces split, a name printed twice made one.
 */
export function cleanLine(text: string): string {
  const line = text
    .replace(/^[\s•·|]+/u, '')
    .replace(/^(?:\[[^\],，、]{0,40}\]\s*)+/u, '')
    .replace(BRACKETED_LIST, (_, list: string) => list.replace(WIDE_COMMA, ', '))
    .replace(IMAGE_LEAD, '');
  return undouble(deglue(line)).trim();
}

/** Cuts an author widget's label off the names (`Social Links for Jane Roe`); returns it apart. */
export function cutWidgetLabel(text: string): { rest: string; widget: string | null } {
  const widget = WIDGET_LABEL.exec(text)?.[0] ?? null;
  if (widget === null) return { rest: text, widget: null };
  return { rest: text.slice(widget.length), widget: widget.trim() };
}

/** An article and a capitalised word: the name of a publication (`The Harbour Citizen`). */
export const ARTICLE_NAME: RegExp = new RegExp(
  `^(?:${ORGANIZATION_ARTICLES.join('|')})\\s+\\p{Lu}`,
  'u',
);

/** True for a piece naming a site, desk or organisation rather than a person. */
export function isSite(text: string, lexicon: Lexicon): boolean {
  return isOrganization(text, lexicon) || siteWords.test(text) || DOMAIN.test(text);
}

/** True for a line that opens a byline and names nobody (`By`, `Author:`, `Par`). */
export function isBarePrefix(text: string): boolean {
  const flat = squash(text).replace(/^[•·]\s*/u, '');
  return BARE.test(flat) || isStampedBarePrefix(flat);
}

/** A page's own byline opener at the start of a line (`Written by`, `Reporting by`, `Author:`), not a bare `By`. */
const PAGE_OPENER = new RegExp(
  `^(?:[·•|]\\s*)?(?:${longestFirst([...PAGE_BYLINE_OPENERS, ...BARE_BYLINE_LABELS])
    .map(phrase)
    .join('|')})(?::)?(?=\\s|$)`,
  'u',
);

/**
 * True for a line a page's own byline opener starts (`Written by Jane Roe`,
 * `Reporting by …`, `Written on Mar 27 by`): how a story's foot credits its
 * author. A plain byline word (`By Jane Roe`) low on a page heads a teaser
 * for another story as often.
 */
export function startsWithPageOpener(text: string): boolean {
  const flat = squash(text);
  return PAGE_OPENER.test(flat) || isStampedBarePrefix(flat.replace(/^[•·]\s*/u, ''));
}

/** Most words before a time stamp in a line that opens a byline (`Written on`, `Posted`). */
const STAMPED_OPENER_WORDS = 3;

/**
 * A line that opens a byline after its time stamp and names nobody
 * (`Written on Mar 27 by`, `Posted 3 May 2021 by`): the names stand on the
 * next line.
 */
function isStampedBarePrefix(flat: string): boolean {
  if (!BARE_AT_END.test(flat.slice(-BARE_SPAN))) return false;
  const stamp = findTimestamp(flat);
  if (!stamp) return false;
  const before = flat.slice(0, stamp.start).trim();
  return (
    before.split(' ').filter(Boolean).length <= STAMPED_OPENER_WORDS &&
    !/\d/u.test(before) &&
    BARE.test(flat.slice(stamp.end).trim())
  );
}

/** A line made of a role only (`League Analyst`, `Senior Contributor`, `Coastal Daily Staff`). */
export function isRoleLine(text: string, lexicon: Lexicon): boolean {
  const flat = squash(text).replace(/^[·•|]\s*/u, '');
  return flat.split(' ').length <= 6 && (roleWords.test(flat) || isSite(flat, lexicon));
}

/**
 * True when a line starts with a byline word (`By Jane Roe`, `Written by`).
 * copydesk's Markdown writes a one-line byline plain only then (else in
 * emphasis), and reads a plain line under the headline as the byline only
 * then: `Associated Press By` is a paragraph, not a byline.
 */
export function startsWithBylineWord(text: string): boolean {
  return LEADING_BYLINE_WORD.test(text.trim());
}

/** True when a byline word (`By`, `Written by`) stands in the first 40 characters of a text. */
export function opensWithBylinePrefix(text: string): boolean {
  return BYLINE_WORD.test(text.slice(0, 40));
}

/**
 * Cuts a role (`Wellness Writer`, `Globe Staff`), a site (`Coastal Daily`)
 * or credentials (`MS`, `RDN`) off a name: from the first such word after
 * the second word on.
 */
export function stripRole(piece: string): string {
  const words = piece.split(/\s+/).filter((word) => word !== '');
  let cut = words.findIndex(
    (word, index) => index >= 2 && (roleWords.test(word) || siteWords.test(word)),
  );
  if (cut < 0) cut = words.length;
  let kept = words.slice(0, cut);
  // A role qualified by a word (`Globe Staff`): names rarely run past two words
  // unless an initial, a particle or a suffix is among them.
  if (cut < words.length && kept.length > 2) {
    const plain = kept.every((word, index) => index === 0 || !/^\p{Lu}\.$/u.test(word));
    // The words cut before the role qualify it (`Globe`, `Senior`); lower-case
    // words there make a sentence (`Jane Roe is regional director`), not a role.
    if (plain && kept.slice(2).some((word) => /^\p{Ll}/u.test(word))) return piece;
    if (plain) kept = kept.slice(0, 2);
  }
  while (
    kept.length > 2 &&
    /^\p{Lu}{2,4}$/u.test(kept.at(-1) ?? '') &&
    !NAME_SUFFIXES[kept.at(-1) ?? '']
  )
    kept = kept.slice(0, -1);
  return kept.join(' ');
}

/** Where a time stamp stood in a byline: a group of its own after {@link splitPieces}. */
export const STAMP_MARK = '\u0000';

/** Splits a byline into the groups its separators set apart; handles, e-mails and links separate too. */
export function splitPieces(text: string): string[] {
  return text
    .replace(/\S+@\S+\.\S+|@\w+|https?:\/\/\S+|[（(]\w+[)）]/gu, ' | ')
    .replace(STAMP_MARK, ` | ${STAMP_MARK} | `)
    .split(/\s*(?:\||\s[-–—/·•]\s|\/(?=\s|$)|\s\/|\s{2,}|\bOn\b|\bon\b(?=\s*\|))\s*/u)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '');
}

/**
 * Written where the byline paragraph would stand when the story has none
 * and its first paragraph starts with a byline word (`By Jane Roe, …` that
 * was no byline where it stood): an empty comment, the CommonMark way of
 * keeping two constructs apart, so that reading the document back does not
 * take that paragraph for the byline (markdown-byline.ts drops it). render/markdown.ts writes it..
 */
export const NO_BYLINE = '<!-- -->';
