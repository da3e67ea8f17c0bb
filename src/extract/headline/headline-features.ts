/**
 * The named features of a headline candidate: one line (block) of a pasted
 * page. Each is a small pure function of the page and the candidate's place
 * on it; `headlineModel` in `src/lexicon/web-weights.ts` holds their fitted
 * weights, and the highest-scoring candidate is the headline.
 */
import type { Lexicon } from '../../lexicon/index.js';
import {
  CAPTION_LEADS,
  CAPTION_OPENERS,
  COPYRIGHT_MARKS,
  IMAGE_LABEL_WORDS,
  NAVIGATION_WORDS,
  PHOTO_POSITIONS,
  PROMOTION_WORDS,
  READER_ADDRESS_WORDS,
} from '../../lexicon/page-furniture.js';
import type { Feature } from '../../score/feature.js';
import { escapeRegExp } from '../../text/escape-reg-exp.js';
import { letterKey } from '../../text/letter-key.js';
import { matchPhotoCredit } from '../captions/photo-credit.js';
import { matchDateline } from '../dateline/match-dateline.js';
import { findTimestamp } from '../published/timestamp.js';
import {
  anchorDistance,
  anchorsAt,
  byLineDistance,
  leadOverlap,
  type Page,
  type PageBlock,
  storyOverlap,
} from './page-blocks.js';

/** A block of a page that may be its headline. */
export interface HeadlineCandidate {
  page: Page;
  /** The page's blocks (`page.blocks`). */
  blocks: readonly PageBlock[];
  /** Index of the candidate's block in `blocks`. */
  index: number;
  /** How many candidates stand above this one. */
  rank: number;
  /** Its {@link storyOverlap}, worked out once. */
  overlap: number;
  /** True for the first candidate of the page that {@link isCleanTitle}. */
  firstTitle: boolean;
  /** The candidate's text, without a label the page appends (`… | Editorial`). */
  text: string;
  /** The text's {@link letterKey}, worked out once: the reprint features compare it with every block. */
  letters: string;
  lexicon: Lexicon;
}

/** Words that stay lower case in a title (`of`, `the`), not counted in its title-case share. */
const SMALL_WORDS = new Set(
  'a an and as at but by for from in into of on or the to vs via with'.split(' '),
);
const wordsOf = (text: string): string[] => text.split(' ').filter((word) => /\p{L}/u.test(word));
const wordSet = (words: readonly string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
const imageLabel = wordSet(IMAGE_LABEL_WORDS);
const captionOpener = new RegExp(
  `^\\(?(?:${CAPTION_OPENERS.map(escapeRegExp).join('|')})s?\\b(?: of| by|:)`,
  'i',
);
const photoPosition = new RegExp(`,\\s(?:${PHOTO_POSITIONS.map(escapeRegExp).join('|')})[,)]`, 'i');
const promotionWords = new Set(PROMOTION_WORDS);
const readerWords = new Set(READER_ADDRESS_WORDS);
const captionLead = new RegExp(`^(?:${CAPTION_LEADS.map(escapeRegExp).join('|')})`, 'u');
const navigationWords = new Set(NAVIGATION_WORDS);
const copyrightMark = new RegExp(
  `(?:^|[^\\p{L}])(?:${COPYRIGHT_MARKS.map(escapeRegExp).join('|')})(?![\\p{L}])`,
  'iu',
);
/** A web address or a bare domain (`www.example.org`, `example.com`). */
const webAddress =
  /(?:^|[\s(])(?:www\.)?[\p{L}\d-]{2,}(?:\.[\p{L}\d-]+)*\.\p{Ll}{2,6}(?=$|[\s,;:)])/u;

/** Fewest letters of a line whose reprint counts: shorter lines (`Home`, `Share`) repeat by chance. */
const REPRINT_LETTERS = 12;

/**
 * True when `above` prints the line `text` again in another form: the same
 * letters with other punctuation or quotation marks, cut short with an
 * ellipsis, or with more glued on with no space (a site name). A page's
 * title bar prints its headline that way; the page sets it in full below.
 */
export function isReprintOf(above: string, text: string): boolean {
  return reprints(above, letterKey(above), text, letterKey(text));
}

/**
 * {@link isReprintOf} with both texts' {@link letterKey}s given: a page's
 * blocks carry theirs (`PageBlock.letters`), so comparing a candidate with
 * every block on the page folds each block once, not once per candidate.
 */
function reprints(above: string, aboveLetters: string, text: string, letters: string): boolean {
  if (above === text || letters.length < REPRINT_LETTERS) return false;
  if (aboveLetters === letters) return true;
  if (
    /(?:\.\.\.|…)$/u.test(above) &&
    aboveLetters.length >= REPRINT_LETTERS &&
    letters.startsWith(aboveLetters)
  )
    return true;
  return above.startsWith(text) && /^\p{L}/u.test(above.slice(text.length));
}

/** Share of a text's words (split at anything not a letter) that belong to a word list. */
function shareOf(text: string, list: ReadonlySet<string>): number {
  const tokens = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token !== '');
  if (tokens.length === 0) return 0;
  return tokens.filter((token) => list.has(token)).length / tokens.length;
}

/** Share of navigation words from which a line is a menu, not a clean title. */
const NAVIGATION_SHARE = 0.3;

/** Share of the words that open with a capital, small words aside. */
export function titleCaseShare(text: string): number {
  const counted = wordsOf(text).filter((word) => !SMALL_WORDS.has(word.toLowerCase()));
  if (counted.length === 0) return 0;
  return counted.filter((word) => /^\P{L}*\p{Lu}/u.test(word)).length / counted.length;
}

/** How many words carry another word glued on (`PassedChina's`, `OpinionsColumns`). */
export function gluedWords(text: string): number {
  return text.split(' ').filter((word) => /\p{Ll}{2,}\p{Lu}\p{Ll}/u.test(word)).length;
}

/** A file name or a slug: lower-case pieces joined by hyphens or underscores, or a file extension. */
const fileName =
  /(?:^|\s)[\p{Ll}\d]+(?:[-_][\p{Ll}\d]+){2,}(?:\s|$)|\.(?:jpe?g|png|gif|webp|svg|mp4)\b/iu;

/** The texts of the text blocks within thirty blocks of the candidate, itself aside. */
function otherLines(c: HeadlineCandidate): string[] {
  return c.blocks
    .slice(Math.max(0, c.index - 30), c.index + 31)
    .filter((block) => block.isText && block.node !== c.blocks[c.index]?.node && block.text !== '')
    .map((block) => block.text);
}

/** A line of headline size with no sentence end, as links to other stories are. */
function isTeaser(block: PageBlock | undefined): boolean {
  return (
    block?.isText === true &&
    block.words >= 4 &&
    block.words <= 25 &&
    !/[.。]$/u.test(block.text) &&
    !block.anchor
  );
}

/** True when a block is inside (not at the head of) a run of five or more teaser lines. */
export function inLinkRun(page: readonly PageBlock[], index: number): boolean {
  if (!isTeaser(page[index - 1])) return false;
  let start = index;
  while (start > 0 && isTeaser(page[start - 1])) start--;
  let end = index;
  while (isTeaser(page[end + 1])) end++;
  return end - start + 1 >= 5;
}

const isProse = (block: PageBlock | undefined): boolean => block?.prose === true;

/** The next text block below the candidate. */
function nextText(candidate: HeadlineCandidate): PageBlock | undefined {
  return candidate.blocks.slice(candidate.index + 1).find((block) => block.isText);
}

const yes = (value: boolean): number => (value ? 1 : 0);
const words = (candidate: HeadlineCandidate): number =>
  candidate.blocks[candidate.index]?.words ?? 0;

/** True for a photo caption or credit: `Photo: …`, `(L-R) …`, `(Jane Roe/Agency)`, `…, left, …`, a closing e-mail. */
export function isCaptionShaped(text: string): boolean {
  return (
    captionOpener.test(text) ||
    captionLead.test(text) ||
    photoPosition.test(text) ||
    /\s\S+@\S+\.\w+$/u.test(text) ||
    /\([^()]*\/[^()]*\)$|\[[^\]]*\/[^\]]*\]$/u.test(text) ||
    matchPhotoCredit(text) !== null
  );
}

/** True when a text block below the candidate prints it again in another form ({@link isReprintOf}). */
function reprintedBelow(c: HeadlineCandidate): boolean {
  for (let index = c.index + 1; index < c.blocks.length; index++) {
    const block = c.blocks[index] as PageBlock;
    if (block.isText && reprints(c.text, c.letters, block.text, block.letters)) return true;
  }
  return false;
}

/** True when a text block above the candidate prints it again in another form ({@link isReprintOf}). */
function reprintedAbove(c: HeadlineCandidate): boolean {
  for (let index = 0; index < c.index; index++) {
    const block = c.blocks[index] as PageBlock;
    if (block.isText && reprints(block.text, block.letters, c.text, c.letters)) return true;
  }
  return false;
}

/** A text without the emoji, pictographs and marks that close it (`… age. 💙`). */
export function withoutEmoji(text: string): string {
  return text.replace(/(?:\p{Extended_Pictographic}|\p{So}|\u200d|\ufe0f|\s)+$/u, '');
}

/**
 * True when a text ends with a full stop after a word (not an initial), the
 * emoji after it or a credit in brackets after it (`… in Pittsburgh. (Jane
 * Roe/Agency)`) aside: a sentence, or a caption.
 */
export function endsAsSentence(text: string): boolean {
  const end = withoutEmoji(text).replace(/(?<=[.。])\s*[([][^()[\]]*[)\]]$/u, '');
  return /(?:\p{L}{2}|[\p{N}"”’)])[.]$|。$/u.test(end);
}

/** A short line that names an image or a file: alt text. */
const imageLabelled = (c: HeadlineCandidate): boolean => imageLabel.test(c.text) && words(c) <= 8;

/**
 * A line shaped like a headline and like nothing else: four to twenty-five
 * words, no sentence end, no mark of furniture, captions, crumb trails or
 * names. The first such line of a page is often its headline.
 */
export function isCleanTitle(c: HeadlineCandidate): boolean {
  const block = c.blocks[c.index];
  if (!block || words(c) < 4 || words(c) > 25 || block.nameLine || block.afterImage) return false;
  const list = wordsOf(c.text);
  const promotion = list.filter((word) => promotionWords.has(word.toLowerCase())).length;
  return (
    !/[.。:|]$/u.test(withoutEmoji(c.text)) &&
    !imageLabelled(c) &&
    promotion / Math.max(list.length, 1) < 0.2 &&
    gluedWords(c.text) === 0 &&
    !/\S\s[/>›»|·]\s\S|^\d{1,2}\.\s|<\/?[a-z]+>|&#?\w+;|\[|\]/u.test(c.text) &&
    !isCaptionShaped(c.text) &&
    !reprintedBelow(c) &&
    !copyrightMark.test(c.text) &&
    !webAddress.test(c.text) &&
    shareOf(c.text, navigationWords) < NAVIGATION_SHARE
  );
}

/** The headline features, in the order of the weights table. */
export const HEADLINE_FEATURES: readonly Feature<HeadlineCandidate>[] = [
  {
    name: 'words2to3',
    doc: 'two or three words: a label or a button more often than a headline',
    value: (c) => yes(words(c) <= 3),
  },
  {
    name: 'words4to5',
    doc: 'four or five words',
    value: (c) => yes(words(c) >= 4 && words(c) <= 5),
  },
  {
    name: 'words6to9',
    doc: 'six to nine words',
    value: (c) => yes(words(c) >= 6 && words(c) <= 9),
  },
  {
    name: 'words10to14',
    doc: 'ten to fourteen words',
    value: (c) => yes(words(c) >= 10 && words(c) <= 14),
  },
  {
    name: 'words15to20',
    doc: 'fifteen to twenty words',
    value: (c) => yes(words(c) >= 15 && words(c) <= 20),
  },
  {
    name: 'wordsOver20',
    doc: 'more than twenty words: a standfirst or a lead sentence more often',
    value: (c) => yes(words(c) > 20),
  },
  {
    name: 'titleCase',
    doc: 'share of words that open with a capital, small words aside',
    value: (c) => titleCaseShare(c.text),
  },
  {
    name: 'lowercaseStart',
    doc: 'opens with a lower-case letter',
    value: (c) => yes(/^\P{L}*\p{Ll}/u.test(c.text)),
  },
  {
    name: 'fullStop',
    doc: 'ends with a full stop after a word (not an initial), emoji or a credit in brackets aside: a sentence',
    value: (c) => yes(endsAsSentence(c.text)),
  },
  {
    name: 'questionOrExclamation',
    doc: 'ends with a question or an exclamation mark',
    value: (c) => yes(/[?!？！]["”’]?$/u.test(c.text)),
  },
  {
    name: 'innerSentence',
    doc: 'a sentence ends inside the line and another begins',
    value: (c) => yes(/\p{Ll}[.!?]["”’]?\s*\p{Lu}\p{Ll}|。\S/u.test(c.text)),
  },
  {
    name: 'quoted',
    doc: 'the whole line stands in quotation marks: a pull quote',
    value: (c) => yes(/^["“‘'«].*["”’'»]$/u.test(c.text)),
  },
  {
    name: 'trailingColon',
    doc: 'ends with a colon, a bar, a dash or a slash: a label that introduces something, or a credit',
    value: (c) => yes(/[:|—–/-]$/u.test(c.text)),
  },
  {
    name: 'breadcrumb',
    doc: 'pieces set off by bars, slashes or arrows (`News / Local`): navigation',
    value: (c) => yes(/\S\s[/>›»|·]\s\S/u.test(c.text) || /\p{L}\|\p{L}/u.test(c.text)),
  },
  {
    name: 'gluedWords',
    doc: 'words glued to the next with no space (`MenuClose`): a rendered button bar',
    value: (c) => Math.min(gluedWords(c.text), 2) / 2,
  },
  {
    name: 'cutShort',
    doc: 'ends with an ellipsis: a teaser cut to length',
    value: (c) => yes(/(?:\.\.\.|…)$/u.test(c.text)),
  },
  {
    name: 'numbered',
    doc: 'opens with a number and a full stop (`3. …`): an item of a numbered list',
    value: (c) => yes(/^\d{1,2}\.\s/u.test(c.text)),
  },
  {
    name: 'menuLine',
    doc: 'ten or more capitalised words and no small words: a navigation bar',
    value: (c) => {
      const list = c.text.split(' ');
      return yes(list.length >= 10 && list.every((word) => /^[\p{Lu}\d&]/u.test(word)));
    },
  },
  {
    name: 'fileName',
    doc: 'holds a file name or a slug (`photo-1234_1920`, `hero.jpg`)',
    value: (c) => yes(fileName.test(c.text)),
  },
  {
    name: 'endsAnotherLine',
    doc: 'another line near it ends with this text (`Site > Section > Headline`): the crumb trail repeats the headline',
    value: (c) =>
      yes(otherLines(c).some((text) => text.length > c.text.length && text.endsWith(c.text))),
  },
  {
    name: 'holdsAnotherLine',
    doc: 'this line ends with, or opens with, a whole other line near it: a trail or a headline with the site glued on',
    value: (c) =>
      yes(
        otherLines(c).some(
          (text) =>
            text.length >= 12 &&
            text.length < c.text.length &&
            (c.text.endsWith(text) || c.text.startsWith(text)),
        ),
      ),
  },
  {
    name: 'navigationShare',
    doc: 'share of words that name sections and links of a navigation bar (`Home News Tech Deals`)',
    value: (c) => shareOf(c.text, navigationWords),
  },
  {
    name: 'copyrightNotice',
    doc: 'holds a copyright mark or notice (`©`, `All rights reserved`): a footer line',
    value: (c) => yes(copyrightMark.test(c.text)),
  },
  {
    name: 'webAddress',
    doc: 'holds a web address or a domain (`example.com`): a site name or a footer line',
    value: (c) => yes(webAddress.test(c.text)),
  },
  {
    name: 'reprintsAbove',
    doc: 'a line above prints it again in another form (other quotation marks, cut short, a site name glued on): the title bar, and this is the headline set on the page',
    value: (c) => yes(reprintedAbove(c)),
  },
  {
    name: 'reprintedBelow',
    doc: 'a line below prints it again in another form: this is the title bar over the headline set on the page',
    value: (c) => yes(reprintedBelow(c)),
  },
  {
    name: 'dateline',
    doc: 'opens with a dateline (`PARIS (AP) —`): the lead of a story',
    value: (c) => yes(matchDateline(c.text, c.lexicon) !== null),
  },
  {
    name: 'timestamp',
    doc: 'holds a date or time',
    value: (c) => yes(findTimestamp(c.text) !== null),
  },
  {
    name: 'captionShape',
    doc: 'reads as a photo caption or credit: `Photo: …`, `(L-R) …`, `(Jane Roe/Agency)`, `…, left, …`, a closing e-mail',
    value: (c) => yes(isCaptionShaped(c.text)),
  },
  {
    name: 'imageLabel',
    doc: 'names an image or a file (`headshot`, `logo`, `.jpg`): alt text',
    value: (c) => yes(imageLabelled(c)),
  },
  {
    name: 'promotionShare',
    doc: 'share of words from subscription, app, widget and disclaimer furniture',
    value: (c) => {
      const list = wordsOf(c.text);
      if (list.length === 0) return 0;
      const hits = list.filter((word) =>
        promotionWords.has(word.toLowerCase().replace(/^\P{L}+|\P{L}+$/gu, '')),
      );
      return hits.length / list.length;
    },
  },
  {
    name: 'addressesReader',
    doc: 'speaks to the reader (`you`, `our`, `vos`): a promotion or a prompt more often than a headline',
    value: (c) =>
      yes(
        wordsOf(c.text).some((word) => readerWords.has(word.toLowerCase().replace(/\P{L}+$/u, ''))),
      ),
  },
  {
    name: 'markup',
    doc: 'a link, a placeholder or markup (`https://…`, `[ ]`, `&amp;`)',
    value: (c) => yes(/^https?:\/\/|\[\s*\]|^\[[^\]]*\]$|<\/?[a-z]+>|&#?\w+;/u.test(c.text)),
  },
  {
    name: 'afterImage',
    doc: 'an image stands right above it: a caption or alt text',
    value: (c) => yes(c.blocks[c.index]?.afterImage === true),
  },
  {
    name: 'anchorNext',
    doc: 'a byline or time stamp right under it',
    value: (c) => yes(anchorDistance(c.blocks, c.index, 1) === 1),
  },
  {
    name: 'anchorNear',
    doc: 'a byline or time stamp two or three blocks under it',
    value: (c) => {
      const distance = anchorDistance(c.blocks, c.index, 3);
      return yes(distance >= 2);
    },
  },
  {
    name: 'anchorFar',
    doc: 'a byline or time stamp four to seven blocks under it',
    value: (c) => yes(anchorDistance(c.blocks, c.index, 7) >= 4),
  },
  {
    name: 'byLineNear',
    doc: 'a `By` line within three blocks under it: the byline of the story',
    value: (c) => yes(byLineDistance(c.blocks, c.index, 3) > 0),
  },
  {
    name: 'anchorAbove',
    doc: 'a byline or time stamp within three blocks above it',
    value: (c) => yes([1, 2, 3].some((back) => c.blocks[c.index - back]?.anchor === true)),
  },
  {
    name: 'anchorsAbove',
    doc: 'how many bylines and time stamps stand anywhere above it (three or more count 1)',
    value: (c) =>
      Math.min(c.blocks.slice(0, c.index).filter((block) => block.anchor).length, 3) / 3,
  },
  {
    name: 'repeatedBelow',
    doc: 'printed again within fourteen blocks below (alt text, a share box)',
    value: (c) =>
      yes(c.blocks.slice(c.index + 1, c.index + 15).some((block) => block.text === c.text)),
  },
  {
    name: 'linkRun',
    doc: 'inside a run of five or more headline-sized lines: a list of links to other stories',
    value: (c) => yes(inLinkRun(c.blocks, c.index)),
  },
  {
    name: 'personName',
    doc: 'a line of person names: a byline without `By`',
    value: (c) => yes(c.blocks[c.index]?.nameLine === true),
  },
  {
    name: 'authorLine',
    doc: 'a line of names with a role, a time stamp or its repeat under it',
    value: (c) => yes(c.blocks[c.index]?.nameLine === true && anchorsAt(c.blocks, c.index)),
  },
  {
    name: 'proseAbove',
    doc: 'how many paragraphs of prose stand above it (three count 1)',
    value: (c) => Math.min(c.blocks.slice(0, c.index).filter(isProse).length, 3) / 3,
  },
  {
    name: 'storyOverlap',
    doc: 'share of its content words that the paragraphs of the story use: it is about this story',
    value: (c) => c.overlap,
  },
  {
    name: 'leadOverlap',
    doc: 'share of its content words that the first two paragraphs of prose under it use',
    value: (c) => leadOverlap(c.page, c.index, c.text),
  },
  {
    name: 'firstTitle',
    doc: 'the first line of the page shaped like a headline and like nothing else',
    value: (c) => yes(c.firstTitle),
  },
  {
    name: 'firstCandidate',
    doc: 'the first line of the page that may be a headline',
    value: (c) => yes(c.rank === 0),
  },
  {
    name: 'position',
    doc: 'how far down the page it stands (fifty blocks or more count 1)',
    value: (c) => Math.min(c.index, 50) / 50,
  },
  {
    name: 'proseNext',
    doc: 'the next text block is a paragraph of prose',
    value: (c) => yes(isProse(nextText(c))),
  },
  {
    name: 'standfirstNext',
    doc: 'the next text block is a sentence of eight to sixty words: a standfirst',
    value: (c) => {
      const next = nextText(c);
      return yes(
        next !== undefined &&
          next.words >= 8 &&
          next.words <= 60 &&
          /[.!?。]["”’]?$/u.test(next.text) &&
          !next.anchor,
      );
    },
  },
];
