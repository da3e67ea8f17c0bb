import { HEAD_ADVISORIES } from '../../lexicon/head-stack.js';
import { KEYWORD_CYCLES } from '../../lexicon/wire-header.js';
import { parseSelectorLine } from '../../split/headers.js';
import { escapeRegExp } from '../../text/escape-reg-exp.js';
import { squashWithin } from '../../text/squash.js';
import type { Transmission } from '../../types.js';
import { classifyHeaderLine } from './header-line.js';

/** What a line of a head stack printed as text is, when it is not story text. */
export type HeadLine =
  | { kind: 'selector'; transmission: Transmission }
  | { kind: 'keyword' }
  | { kind: 'media' }
  | { kind: 'take' }
  | { kind: 'advisory'; use: 'note' | 'removed'; reason: string };

const cycles = KEYWORD_CYCLES.map(escapeRegExp).join('|');
/**
 * An ANPA keyword line printed as text (`AM-Cuba-Foreign, 2nd Ld-Writethru,
 * a0794,0831`, `BC-EXP--Electric Heart, Adv 05,0700`, `BC-SPECIAL
 * EDITION`): a cycle designator and the slug, closed by the word count, or
 * a desk's double dash, or in capitals throughout. A headline that opens
 * with such letters (`AP-NORC poll finds …`) is none of these.
 */
const KEYWORD_LINE = new RegExp(
  `^(?:${cycles})-(?:\\S.*,\\s?\\d{2,5}|\\S*--\\S.*|[\\p{Lu}\\d][\\p{Lu}\\d\\s-]{0,40})$`,
  'u',
);
/** `With AM-Crash, Bjt`: the story goes with another one of the cycle. */
const WITH_KEYWORD = new RegExp(`^With\\s+(?:${cycles})-\\S`, 'u');

const advisories = HEAD_ADVISORIES.map((advisory) => ({
  ...advisory,
  pattern: new RegExp(`^${escapeRegExp(advisory.phrase)}(?=[\\s:,\\d]|$)`, 'u'),
}));

/** True for an ANPA selector or keyword line printed as text above a story. */
export function isAnpaHeaderLine(text: string): boolean {
  const flat = squashWithin(text, 200);
  return flat !== null && (parseSelectorLine(flat) !== null || KEYWORD_LINE.test(flat));
}

/** True for a line that opens with an advisory phrase (`For Release …`, `Embargoed …`, `An AP Extra`). */
export function opensWithAdvisory(text: string): boolean {
  const flat = squashWithin(text, 200);
  return flat !== null && advisories.some((advisory) => advisory.pattern.test(flat));
}

/**
 * Classifies a line of a head stack printed as text (docs/wire-formats.md
 * §1.1): ANPA selector and keyword lines, picture references, take words
 * (`URGENT`, `BULLETIN`), advisories (`For Release …`, `An AP Extra`,
 * `With AM-Xyz, Bjt`); null for story text (headline, byline, role line).
 */
export function classifyHeadLine(text: string, slug: string | null): HeadLine | null {
  const flat = squashWithin(text, 200);
  if (flat === null) return null;
  const transmission = parseSelectorLine(flat);
  if (transmission) return { kind: 'selector', transmission };
  if (KEYWORD_LINE.test(flat)) return { kind: 'keyword' };
  if (WITH_KEYWORD.test(flat)) return { kind: 'advisory', use: 'removed', reason: 'advisory' };
  for (const advisory of advisories) {
    if (advisory.pattern.test(flat))
      return { kind: 'advisory', use: advisory.use, reason: advisory.reason };
  }
  const header = classifyHeaderLine(flat, slug);
  if (header === 'media' || header === 'take') return { kind: header };
  return null;
}
