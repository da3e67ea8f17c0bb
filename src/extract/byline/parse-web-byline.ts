import type { Lexicon } from '../../lexicon/index.js';
import { countWords } from '../../text/count-words.js';
import { memoByText } from '../../text/memo-by-text.js';
import { squash } from '../../text/squash.js';
import type { Author } from '../../types.js';
import { isPastFieldLength } from '../field-line.js';
import { findTimestamp, type TimestampSpan } from '../published/timestamp.js';
import {
  ARTICLE_NAME,
  BYLINE_WORD,
  CREDIT_BEFORE_BY,
  cleanLine,
  cutWidgetLabel,
  isSite,
  JOINER,
  PUBLICATION,
  roleWords,
  SECTION,
  STAMP_MARK,
  splitPieces,
  stripRole,
  trailers,
} from './byline-words.js';
import { isNameSized, isTitled } from './organization.js';
import { isPersonName } from './person-name.js';
import { recaseName } from './recase-name.js';

/** A byline read from a line of a pasted page. */
export interface WebByline {
  authors: Author[];
  /** The line as written; a time stamp glued into it stays, and is also returned apart. */
  text: string;
  /** A time stamp printed on the same line. */
  stamp: TimestampSpan | null;
  /** True when a byline word (`By`, `Written by`, `Von`, `Par`) opened it. */
  explicit: boolean;
  /** The desk or site a byline names instead of a person (`Slate Staff`). */
  organization: string | null;
  /** An author widget's label that stood before the name (`Social Links for`). */
  widget: string | null;
  /**
   * True when words that are neither a name, a role, a site nor a time stamp
   * followed the names (`Jane Roe and John Doe in the film`): the line runs on
   * as a sentence or a caption, and the reading stopped there.
   */
  runsOn: boolean;
}

/** Longest line read as a byline. */
const MAX_CHARS = 200;
const SEPARATORS = /^[\s|/•·,–—-]+|[\s|/•·,–—-]+$/gu;

/**
 * Takes the time stamps out of a line and returns the first; the place of
 * the first is marked ({@link STAMP_MARK}), for what stands after a stamp is
 * page furniture once names stood before it (`… 3:46 PM Good Morning America`).
 */
function takeStamps(line: string): { rest: string; stamp: TimestampSpan | null } {
  const stamp = findTimestamp(line);
  if (!stamp) return { rest: line, stamp: null };
  let rest = `${line.slice(0, stamp.start)} ${STAMP_MARK} ${line.slice(stamp.end)}`;
  // `Published …Updated …`: a second stamp goes too, it is never a name.
  for (let guard = 0; guard < 3; guard++) {
    const more = findTimestamp(rest);
    if (!more || more.isoDate === null) break;
    rest = `${rest.slice(0, more.start)}  ${rest.slice(more.end)}`;
  }
  return { rest, stamp };
}

/**
 * Finds the byline word: at the start, or after the author's name printed
 * once already (`Matt Asay By Matt Asay`, a headshot's alt text). Null for a
 * credit for something else (`Illustration by …`).
 */
function openByline(line: string): { rest: string; explicit: boolean } | null {
  const match = BYLINE_WORD.exec(line);
  if (!match) return { rest: line, explicit: false };
  const before = line.slice(0, match.index).replaceAll(STAMP_MARK, ' ').replace(SEPARATORS, '');
  const after = line.slice(match.index + match[0].length);
  if (CREDIT_BEFORE_BY.test(before)) return null;
  const firstName = /^\S+/.exec(after)?.[0] ?? '';
  if (before === '' || (firstName.length > 1 && before.includes(firstName)))
    return { rest: after, explicit: true };
  return { rest: line, explicit: false };
}

/** Splits the publication off the names (`Jane Roe for Coastal Daily`), and drops trailing furniture. */
function cutTail(text: string): { names: string; publication: string | null; whole: string } {
  const whole = text.replace(trailers, '').replace(SEPARATORS, '');
  const plain = squash(whole.replaceAll(STAMP_MARK, ' '));
  const connector = PUBLICATION.exec(whole);
  const after = connector ? whole.slice(connector.index + connector[0].length) : '';
  // `Stated Weight per Ski: 2030 grams` names no publication: a label and a value.
  if (!connector || connector.index === 0 || /[\d:]/u.test(after))
    return { names: whole, publication: null, whole: plain };
  const publication = whole
    .slice(connector.index + connector[0].length)
    .replace(SEPARATORS, '')
    .trim();
  return {
    names: whole.slice(0, connector.index),
    publication: squash(publication.replaceAll(STAMP_MARK, ' ')) || null,
    whole: plain,
  };
}

/** The names before a section or a place (`Jane Roe in Harbour News`); the rest names no author. */
function cutSection(names: string): string {
  const section = SECTION.exec(names);
  return section && section.index > 0 ? names.slice(0, section.index) : names;
}

/** What the pieces of a byline have said so far. */
interface Reading {
  persons: string[];
  organization: string | null;
  explicit: boolean;
  lexicon: Lexicon;
  /** Past a time stamp that followed names: only a site may come now. */
  afterStamp: boolean;
  /** Words no name, role, site or stamp accounts for stood after the names. */
  runsOn: boolean;
}

/** What one piece of a byline is. */
type Verdict = 'person' | 'skip' | 'organization' | 'stop' | 'fail';

/** A piece without its edge punctuation; a closing full stop stays after an initial or `Jr.`. */
function trimPiece(raw: string): string {
  return raw
    .replace(/^[\s.:;]+|[\s:;]+$/g, '')
    .replace(/(\p{Ll}{2})\.$/u, '$1')
    .replace(/(?<!\b(?:Jr|Sr))(\p{Ll})\.$/u, '$1');
}

/**
 * Records the piece as a person when it reads as one (a role or a site cut
 * off its end first), and says whether it did.
 */
function readPerson(piece: string, reading: Reading): boolean {
  const { persons, lexicon } = reading;
  const name = stripRole(piece);
  // The first name may carry its role or site (`Adam Sennott Globe Staff`); later
  // ones their role only: `U.S. National Institute` is no name with a site.
  const cutRole = name !== piece && roleWords.test(piece.slice(name.length));
  const minWords = reading.explicit && persons.length === 0 ? 1 : 2;
  // After a byline word a surname may be written in lower case (`By Jane roe`).
  const anyCase = reading.explicit && /^\p{Lu}/u.test(name) && countWords(name) <= 3;
  // A name in capitals only needs a byline word before it (`By JOSH BOAK`): else
  // it is a place or a label (`NEW YORK`).
  const cased =
    reading.explicit ||
    !/^[^\p{Ll}]*$/u.test(name) ||
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(name);
  const isPerson =
    (name === piece || cutRole || persons.length === 0) &&
    cased &&
    isPersonName(name, { minWords, anyCase }) &&
    !isSite(name, lexicon) &&
    !roleWords.test(name);
  if (isPerson) persons.push(name);
  return isPerson;
}

/** Classifies a piece that names no person: a role, a desk or a site, a label, or the end of the names. */
function readOther(piece: string, reading: Reading, moreToCome: boolean): Verdict {
  const { persons, lexicon } = reading;
  if (roleWords.test(piece) && countWords(piece) <= 4 && persons.length > 0) return 'skip';
  // A desk or a site alone: named in capitals (`Coastal Daily Staff`) unless a byline word opened
  // it, and then still a name: titled, or a few words (`Chicago Tribune staff`). A longer run in
  // lower case that merely mentions a site is a sentence (`By A view of the harbour at dawn.
  // Photographer: …/Bloomberg`, a bare `By` over a caption).
  if (
    isSite(piece, lexicon) &&
    (persons.length > 0 || (reading.explicit ? isNameSized(piece) : isTitled(piece)))
  ) {
    reading.organization ??= piece;
    return persons.length > 0 ? 'stop' : 'organization';
  }
  // After a byline word, a name opening with an article is a publication's (`By The Harbour Citizen`).
  if (
    reading.explicit &&
    persons.length === 0 &&
    ARTICLE_NAME.test(piece) &&
    isTitled(piece) &&
    countWords(piece) <= 5
  ) {
    reading.organization ??= piece;
    return 'organization';
  }
  // `By Friday, the company said …` is a sentence, not a byline.
  if (/^\p{Ll}/u.test(piece) && countWords(piece) > 2) return 'fail';
  // A section label before the names (`Politics · Jane Roe`).
  if (persons.length === 0 && moreToCome && countWords(piece) <= 2 && /^\p{Lu}/u.test(piece))
    return 'skip';
  if (persons.length > 0) reading.runsOn = true;
  return persons.length > 0 || reading.organization !== null ? 'stop' : 'fail';
}

/** Classifies one piece (between separators, commas and `and`) and records it. */
function readPiece(raw: string, reading: Reading, moreToCome: boolean, newPart: boolean): Verdict {
  const { persons, lexicon } = reading;
  if (reading.afterStamp) {
    if (isSite(raw, lexicon)) reading.organization ??= raw.trim();
    return 'stop';
  }
  const piece = trimPiece(raw);
  if (piece === '') return 'skip';
  // Credentials after a name (`MS`, `RDN`).
  if (/^\p{Lu}{2,4}$/u.test(piece) && persons.length > 0) return 'skip';
  // A site after the names (`Jane Roe, The Portwell Times`, `…, Coastal Daily India Staff`) is
  // the affiliation; `Jane Roe and Adam Sennott Globe Staff` names a person with a role.
  if (persons.length > 0 && isSite(piece, lexicon) && (newPart || !roleWords.test(piece))) {
    reading.organization ??= piece;
    return 'stop';
  }
  if (readPerson(piece, reading)) return 'person';
  return readOther(piece, reading, moreToCome);
}

/** Reads the names out of the part of a line that holds them. */
function readNames(text: string, reading: Reading): boolean {
  const groups = splitPieces(text);
  for (const [at, group] of groups.entries()) {
    if (group === STAMP_MARK) {
      reading.afterStamp = reading.persons.length > 0;
      continue;
    }
    const parts = group.split(/\s*,\s*/);
    for (const [index, part] of parts.entries()) {
      // `Worcester Telegram & Gazette` is one site; `Jane Roe and The Associated Press` two pieces.
      const oneSite = isSite(part, reading.lexicon) && !/\s\p{Ll}{1,3}\s/u.test(part);
      const pieces = oneSite ? [part] : part.split(JOINER);
      for (const [inner, piece] of pieces.entries()) {
        const moreToCome =
          at < groups.length - 1 || index < parts.length - 1 || inner < pieces.length - 1;
        const verdict = readPiece(piece, reading, moreToCome, inner === 0);
        if (verdict === 'fail') return false;
        if (verdict === 'stop') return true;
      }
    }
  }
  return true;
}

/**
 * {@link readWebByline}, remembered per line and lexicon: a page's short
 * lines are read as bylines by the headline's anchors, its name lines, the
 * byline candidates and their features, each asking again. The answer is
 * shared by every caller that asks of the same line: it is never changed,
 * and a reader that hands its authors to an article copies them.
 */
export const parseWebByline: (text: string, lexicon: Lexicon) => WebByline | null =
  memoByText(readWebByline);

/**
 * Reads the authors out of one line of a pasted page: `By A and B`,
 * `By: A, B - @handle`, `A, Site - Dec 21, 2023`, `A | December 22, 2023`,
 * `ByThe Associated Press`, `Par A et B`, `By A for Site`. A time stamp on
 * the line is returned apart, never as part of a name. Without a byline
 * word, only a line of names (optionally with a role or a site) is read;
 * the caller weighs whether it is the byline.
 */
function readWebByline(text: string, lexicon: Lexicon): WebByline | null {
  if (isPastFieldLength(text)) return null;
  const cleaned = cleanLine(text);
  if (cleaned === '' || cleaned.length > MAX_CHARS) return null;
  const { rest, stamp } = takeStamps(cleaned);
  const opened = openByline(rest);
  if (!opened) return null;
  const { rest: named, widget } = cutWidgetLabel(opened.rest);
  const { names: held, publication, whole } = cutTail(named);
  const names = opened.explicit ? cutSection(held) : held;
  const reading: Reading = {
    persons: [],
    organization: null,
    explicit: opened.explicit,
    lexicon,
    afterStamp: false,
    runsOn: false,
  };
  if (!readNames(names, reading)) return null;
  const organization =
    reading.persons.length > 0
      ? (publication ?? reading.organization)
      : // No person: the connector was part of the organisation's name (`University of Tokyo`).
        publication === null
        ? reading.organization
        : isNameSized(whole)
          ? whole
          : null;
  if (reading.persons.length > 0) {
    const unique = [...new Set(reading.persons.map(recaseName))];
    return {
      authors: unique.map((name) => ({ name, affiliation: organization })),
      text: squash(text),
      stamp,
      explicit: opened.explicit,
      organization: null,
      widget,
      runsOn: reading.runsOn,
    };
  }
  // A desk byline (`Slate Staff`, `By Chicago Tribune staff`) names an
  // organisation and no person, as the wire reader's `By The Associated Press`.
  // `Chicago Tribune staff` is the newsroom itself; `Slate Staff` is the desk's own name.
  const desk = organization?.replace(/\s+staff$/, '') ?? null;
  if (desk === null) return null;
  return {
    authors: [],
    text: squash(text),
    stamp,
    explicit: opened.explicit,
    organization: desk,
    widget,
    runsOn: reading.runsOn,
  };
}
