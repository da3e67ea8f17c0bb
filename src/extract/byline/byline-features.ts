/**
 * The named features of a byline candidate: a line of a pasted page that
 * reads as names, or the choice of no byline. Each is a small pure function
 * of the candidate and the lines around it; `byline` in
 * `src/lexicon/web-weights.ts` holds their fitted weights, and the
 * highest-scoring candidate is the byline.
 */
import { NAME_PARTICLES } from '../../lexicon/names.js';
import { PROMOTION_WORDS } from '../../lexicon/page-furniture.js';
import type { Feature } from '../../score/feature.js';
import { countWords } from '../../text/count-words.js';
import { printsInLowerCase } from '../../text/lower-case-words.js';
import { type BylineCandidate, neighbours, type SlotFacts } from './byline-candidates.js';
import { roleWords, showsAuthorPhoto, undouble } from './byline-words.js';

/** A social handle, an e-mail address, or a login in brackets after a name (`(jroe)`). */
const HANDLE = /\p{L}@\w|(?:^|\s)@\w|[(（][\p{Ll}\d_.]{2,20}[)）]\s*$/u;

/** What a photo credit says: `via`, `Photo`, `Image`, or an agency after a slash (`Jane Roe/Agency`). */
const PHOTO_CREDIT = /\bvia\b|\b(?:Photo|Image|Picture)s?\b|\/\p{Lu}/u;

/** The name line without its time stamp: a slash before a date (`Jane Roe/May 2, 2024`) credits no agency. */
function withoutStamp(c: BylineCandidate): string {
  const flat = nameLine(c)?.flat ?? '';
  const stamp = c.parsed.stamp?.text;
  return stamp ? flat.replace(stamp, '') : flat;
}

const yes = (value: boolean): number => (value ? 1 : 0);
const promotionWords = new Set(PROMOTION_WORDS);

/** The candidate's own slots (none for "no byline"). */
function own(c: BylineCandidate): readonly SlotFacts[] {
  return c.facts.slice(c.index, c.index + c.span);
}

/** The line that holds the names: the last of its slots. */
function nameLine(c: BylineCandidate): SlotFacts | undefined {
  return own(c).at(-1);
}

/** The slots within `reach` above and below the candidate, its own (and what overlaps them) aside. */
function around(c: BylineCandidate, reach: number): SlotFacts[] {
  const { above, below } = neighbours(c.facts, c.index, c.span, reach);
  return [...above, ...below];
}

/** Ordinal of the candidate's first block: positions count blocks, not the lines of a paragraph. */
function blockOf(c: BylineCandidate): number {
  return c.facts[c.index]?.block ?? 0;
}

/** The slot right under the candidate. */
function next(c: BylineCandidate): SlotFacts | undefined {
  return neighbours(c.facts, c.index, c.span, 1).below[0];
}

/**
 * Paragraphs of prose above the candidate that belong to the story: under
 * the headline, for a candidate under it (a long caption or a teaser over
 * the headline is no part of the story the byline heads).
 */
export function storyProseAbove(c: BylineCandidate): number {
  if (atFoot(c)) return 0;
  const prose = c.facts[c.index]?.slot.prose ?? 0;
  return blockOf(c) >= c.headlineAt ? prose - c.proseAtHeadline : prose;
}

/** A candidate at the page's foot: where it stands is weighed by `atFoot`, not by the distances from the top. */
function atFoot(c: BylineCandidate): boolean {
  return c.facts[c.index]?.slot.foot === true;
}

const names = (c: BylineCandidate): string[] => c.parsed.authors.map((author) => author.name);

/** Words of the line (a name printed twice counted once) that are neither the names, nor a stamp, nor the byline word. */
function extraShare(c: BylineCandidate): number {
  const line = nameLine(c);
  if (!line || !c.parsed) return 0;
  const total = countWords(undouble(line.flat));
  if (total === 0) return 0;
  const kept = names(c).join(' ').split(' ').length + (c.parsed.stamp?.text.split(' ').length ?? 0);
  return Math.max(0, total - kept - (c.parsed.explicit && c.span === 1 ? 1 : 0)) / total;
}

const particles = new Set(NAME_PARTICLES);

/**
 * Share of the names whose last word the page prints in lower case: a
 * label's noun (`Exclusive Details`, `Two Cents`), where a surname is a
 * proper noun. The first word is left aside, for given names are words
 * too (`Will`, `Grace`, `Mark`), and so is a surname of two letters, for
 * those are often function words too (`So`, `Le`, `Do`).
 */
export function commonSurnameShare(c: BylineCandidate): number {
  const lasts = names(c).map((name) =>
    (name.split(/\s+/).at(-1) ?? '').toLowerCase().replace(/[.,]+$/u, ''),
  );
  const words = lasts.filter((word) => word.length > 2 && !particles.has(word));
  if (words.length === 0) return 0;
  return words.filter((word) => printsInLowerCase(c.story, word)).length / words.length;
}

/** The byline features, in the order of the weights table. */
export const BYLINE_FEATURES: readonly Feature<BylineCandidate>[] = [
  {
    name: 'explicit',
    doc: 'a byline word opens it (`By`, `Written by`, `Von`, `Por`)',
    value: (c) => yes(c.parsed.explicit && c.span === 1),
  },
  {
    name: 'bareBy',
    doc: 'a bare `By` or `Author` line stands over the names',
    value: (c) => yes(c.span >= 2),
  },
  {
    name: 'organizationOnly',
    doc: 'names a desk or an organisation and no person (`Coastal Daily Staff`)',
    value: (c) => yes(c.parsed.authors.length === 0),
  },
  {
    name: 'severalAuthors',
    doc: 'names two people or more',
    value: (c) => yes(names(c).length >= 2),
  },
  {
    name: 'oneWordName',
    doc: 'a name of one word (`Marino`): a handle or a label as often as a name',
    value: (c) => yes(names(c).some((name) => !name.includes(' '))),
  },
  {
    name: 'commonWords',
    doc: 'share of the names whose last word the page prints in lower case (`Exclusive Details`): a label, not a surname',
    value: commonSurnameShare,
  },
  {
    name: 'longName',
    doc: 'a name of four words or more',
    value: (c) => yes(names(c).some((name) => name.split(' ').length >= 4)),
  },
  {
    name: 'stampOnLine',
    doc: 'a date or a time printed on the same line',
    value: (c) => yes(c.parsed.stamp !== null),
  },
  {
    name: 'stampNear',
    doc: 'a line of time stamps within two lines above or below',
    value: (c) => yes(around(c, 2).some((fact) => fact.stamp)),
  },
  {
    name: 'roleNext',
    doc: 'a role line right under it (`Senior Reporter`)',
    value: (c) => yes(next(c)?.role === true),
  },
  {
    name: 'roleOnLine',
    doc: 'a role printed beside the names (`Jane Roe, Staff Writer`)',
    value: (c) => yes(nameLine(c) !== undefined && roleWords.test(nameLine(c)?.flat ?? '')),
  },
  {
    name: 'repeatedNear',
    doc: 'the first name printed again within three lines (an author box, a photo of the author)',
    value: (c) => {
      const first = names(c)[0];
      return yes(
        first !== undefined &&
          first.length > 3 &&
          around(c, 3).some((fact) => fact.words <= 12 && fact.flat.includes(first)),
      );
    },
  },
  {
    name: 'nameElsewhere',
    doc: 'the first name recurs elsewhere in the story (an author box, a bio, a contact line)',
    value: (c) => {
      const first = names(c)[0];
      if (first === undefined || first.length <= 3) return 0;
      const at = c.story.indexOf(first);
      return yes(at >= 0 && c.story.indexOf(first, at + first.length) >= 0);
    },
  },
  {
    name: 'affiliation',
    doc: 'a site or an organisation printed beside the names',
    value: (c) => yes(c.parsed.authors.some((author) => author.affiliation !== null)),
  },
  {
    name: 'handle',
    doc: 'a social handle, an e-mail address or a login in brackets (`(jroe)`) on the line',
    value: (c) => yes(HANDLE.test(nameLine(c)?.flat ?? '')),
  },
  {
    name: 'authorPhoto',
    doc: "the author's photo stands before the names (`Headshot of`, a file name, the name printed twice)",
    value: (c) => yes(showsAuthorPhoto(nameLine(c)?.flat ?? '')),
  },
  {
    name: 'extraWords',
    doc: 'share of the words of the line that are neither names, a time stamp nor the byline word',
    value: extraShare,
  },
  {
    name: 'runsOn',
    doc: 'words that are no name, role, site or time stamp follow the names (`Jane Roe and John Doe in the film`)',
    value: (c) => yes(c.parsed.runsOn),
  },
  {
    name: 'widgetWords',
    doc: 'words of buttons and widgets on the line (`Follow`, `Share`, `Subscribe`)',
    value: (c) =>
      yes(
        (nameLine(c)?.flat ?? '')
          .toLowerCase()
          .split(/[^\p{L}]+/u)
          .some((word) => promotionWords.has(word)),
      ),
  },
  {
    name: 'photoCredit',
    doc: 'reads as a photo credit (`via Agency Images`, `Photo:`, `Jane Roe/Agency`)',
    value: (c) => yes(PHOTO_CREDIT.test(withoutStamp(c))),
  },
  {
    name: 'afterImage',
    doc: "an image stands right above it: a caption, or the author's photo",
    value: (c) => yes(nameLine(c)?.afterImage === true),
  },

  {
    name: 'lineOfParagraph',
    doc: 'one line of a paragraph of several (under a caption, over its date)',
    value: (c) => yes(nameLine(c)?.slot.line != null),
  },
  {
    name: 'listItem',
    doc: 'an item of a list',
    value: (c) => yes(nameLine(c)?.slot.item != null),
  },
  {
    name: 'sentence',
    doc: 'ends with a full stop after more than six words: a sentence',
    value: (c) => yes((nameLine(c)?.words ?? 0) > 6 && /\p{Ll}[.]$/u.test(nameLine(c)?.flat ?? '')),
  },
  {
    name: 'proseAbove',
    doc: 'how many paragraphs of prose stand between the headline and it (three count 1; 0 at the foot)',
    value: (c) => Math.min(storyProseAbove(c), 3) / 3,
  },
  {
    name: 'underHeadline',
    doc: 'within four lines under the headline',
    value: (c) => yes(!atFoot(c) && blockOf(c) >= c.headlineAt && blockOf(c) < c.headlineAt + 4),
  },
  {
    name: 'aboveHeadline',
    doc: 'above the headline',
    value: (c) => yes(blockOf(c) < c.headlineAt),
  },
  {
    name: 'position',
    doc: 'how many lines below the headline it stands (sixty count 1; 0 at the foot)',
    value: (c) => (atFoot(c) ? 0 : Math.min(Math.abs(blockOf(c) - c.headlineAt), 60) / 60),
  },
  {
    name: 'atFoot',
    doc: "at the page's foot (its last blocks, or a line a byline word opens below the top): an author box, `Reporting by`",
    value: (c) => yes(atFoot(c)),
  },
];
