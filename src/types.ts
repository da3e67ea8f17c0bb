/**
 * The article model that extractors fill in and renderers read.
 *
 * These types mirror the JSON contract (schemaVersion 1) in `docs/design.md`;
 * the JSON renderer maps them one-to-one, so a change here is a contract change.
 */

import type { Decision } from './score/decision.js';

/** Where a story came from: the input path, its format and its index within the input. */
export interface SourceInfo {
  path: string | null;
  format: 'text' | 'anpa' | 'iptc7901' | 'tagged' | 'markdown';
  index: number;
}

/** Header fields of an ANPA-1312 or IPTC-7901 transmission. */
export interface Transmission {
  service: string | null;
  storyNumber: string | null;
  selector: string | null;
  priority: string | null;
  category: string | null;
  format: string | null;
  slug: string | null;
  version: string | null;
  reference: string | null;
  wordCount: number | null;
  date: string | null;
  trailer: string | null;
  /**
   * Header codes no other key takes, by tag as transmitted (field-tagged
   * feeds: AAP ZCZC `*`/`~` codes, two-letter tags such as `CO#`); empty
   * for ANPA and IPTC-7901.
   */
  codes: Record<string, string>;
}

/** A field a tagged transmission header gives: the value as sent and its input line. */
export interface HeadField {
  text: string;
  line: number;
}

/** The story fields a field-tagged header names (AAP ZCZC `$` headline, `BY#` byline …). */
export type HeadFields = Partial<
  Record<'headline' | 'deck' | 'byline' | 'dateline' | 'published', HeadField>
>;

/** One author named in a byline. */
export interface Author {
  name: string;
  affiliation: string | null;
}

/** The byline as written, and the people it names. */
export interface Byline {
  text: string;
  /** The people named; empty for a desk or agency byline. */
  authors: Author[];
  title: string | null;
  /** The organisation a byline names instead of a person (`By The Associated Press`, `Slate Staff`). */
  organization: string | null;
  line: number;
}

/** The dateline at the head of the lead paragraph. */
export interface Dateline {
  text: string;
  location: string | null;
  date: string | null;
  isoDate: string | null;
  agency: string | null;
  line: number;
}

/** The roles a credit line can give. */
export type CreditRole =
  | 'photo'
  | 'reporting'
  | 'additional-reporting'
  | 'writing'
  | 'editing'
  | 'assistance'
  | 'contributor'
  | 'contact'
  | 'signoff'
  | 'other';

/** One credit: who did what, for whom, and the text it was read from. */
export interface Credit {
  role: CreditRole;
  names: string[];
  organization: string | null;
  text: string;
  line: number;
}

/** A copyright notice. */
export interface Copyright {
  text: string;
  year: number | null;
  holder: string | null;
  line: number;
}

/** A photo caption and its credit. */
export interface Media {
  caption: string;
  credit: string | null;
  /** The credit as written next to the caption; Markdown output prints it. */
  creditText: string | null;
  /** What stood between caption and credit as written (default one space); not in JSON. */
  joiner?: string;
  line: number;
}

/** When the page says the story was published or updated, as printed and as a date. */
export interface Published {
  text: string;
  /** `YYYY-MM-DD` when the stamp prints a full date, else null. */
  isoDate: string | null;
  line: number;
}

/** An editorial note (`(Updates with …)`, `Eds: …`, corrections). */
export interface Note {
  text: string;
  line: number;
}

/** A piece of input taken out of the story, with the reason. */
export interface Removed {
  text: string;
  reason: string;
  line: number;
}

/** Everything extracted from one story, besides its body. */
export interface Article {
  source: SourceInfo;
  transmission: Transmission | null;
  headline: string | null;
  headlineLine: number | null;
  deck: string | null;
  deckLine: number | null;
  kicker: string | null;
  kickerLine: number | null;
  byline: Byline | null;
  dateline: Dateline | null;
  /** The page's time stamp (pasted web pages). */
  published: Published | null;
  credits: Credit[];
  copyright: Copyright | null;
  media: Media[];
  notes: Note[];
  removed: Removed[];
}

/** Creates an article with every field present and empty. */
export function emptyArticle(source: SourceInfo): Article {
  return {
    source,
    transmission: null,
    headline: null,
    headlineLine: null,
    deck: null,
    deckLine: null,
    kicker: null,
    kickerLine: null,
    byline: null,
    dateline: null,
    published: null,
    credits: [],
    copyright: null,
    media: [],
    notes: [],
    removed: [],
  };
}

declare module 'vfile' {
  interface DataMap {
    /** The extracted article; always set by the parser, filled by extractors. */
    article: Article;
    /** Year that resolves datelines without one: from `--date` or the transmission header. */
    referenceYear: number | null;
    /** The full reference date (`--date YYYY-MM-DD`) a year-less dateline is resolved near. */
    referenceDate?: string | null;
    /**
     * The scored choices made on a pasted page (headline, byline; kicker and
     * deck once a headline was chosen), for `--explain` and `npm run fit`.
     */
    decisions?: { headline?: Decision; byline?: Decision; kicker?: Decision; deck?: Decision };
    /** Where this story starts in the input, when it was cut from a larger capture. */
    storyStart: { line: number; column: number; offset: number };
    /** Story fields a field-tagged header names (AAP ZCZC, `TI#` feeds); read by wireHeader. */
    headFields?: HeadFields;
    /** When the XML renderers say this version of the item was made (ISO 8601); set by formatStory. */
    versionCreated?: string;
  }
}

declare module 'mdast' {
  interface ParagraphData {
    /** The lead paragraph, from which the dateline was cut. */
    lead?: boolean;
  }
}
