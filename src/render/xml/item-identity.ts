import { createHash } from 'node:crypto';
import { REPLACING_TAKE_WORDS } from '../../lexicon/takes.js';
import { ANPA_PRIORITY_URGENCY } from '../../lexicon/urgency.js';
import type { ArticleJson } from '../json.js';

/** What identifies a story as an item in a news exchange format. */
export interface ItemIdentity {
  /** Globally unique id: from the transmission (keyword + date) or a content hash. */
  guid: string;
  /** 1 for an original, n + 1 for the nth lead, write-through or correction. */
  version: number;
  /** 1 (most urgent) … 9, from the transmission priority; null when not given. */
  urgency: number | null;
  /** The story's own date (`YYYY-MM-DD`): the dateline's, else the page's; null when unknown. */
  date: string | null;
}

/** An ordinal take word: `1stLd-Writethru`, `2ndLd`, `3RD LEAD`, `7thWritethru`, `1stAdd`. */
const ORDINAL = /^(\d{1,3})(?:st|nd|rd|th)[\s-]*([A-Za-z-]*)/i;

/**
 * The item version a transmission's take word gives: its ordinal plus one for
 * a take that replaces the story (a lead, a write-through), 1 otherwise.
 */
export function versionFromTake(take: string | null): number {
  const match = take ? ORDINAL.exec(take.trim()) : null;
  if (!match) return 1;
  const word = (match[2] ?? '').toLowerCase();
  const replaces = REPLACING_TAKE_WORDS.some(
    (known) => word === known || word.startsWith(`${known}-`),
  );
  return replaces ? Number(match[1]) + 1 : 1;
}

/** True when a take word adds a part (`1stAdd`, `Insert`) rather than replacing the story. */
function addsPart(take: string | null): boolean {
  return take !== null && take.trim() !== '' && versionFromTake(take) === 1;
}

/** Urgency of a transmission priority: an ANPA letter through the lexicon, a 7901 digit as is. */
export function urgencyFromPriority(priority: string | null): number | null {
  if (!priority) return null;
  const code = priority.trim();
  if (/^[1-9]$/.test(code)) return Number(code);
  return ANPA_PRIORITY_URGENCY[code.toLowerCase()] ?? null;
}

/** Characters a guid segment keeps; the rest become `-`. */
function segment(text: string): string {
  return text
    .trim()
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
}

/** The first 32 hex digits of the SHA-256 of the story's text fields. */
function contentHash(article: ArticleJson): string {
  const hash = createHash('sha256');
  hash.update(
    JSON.stringify([
      article.headline,
      article.deck,
      article.byline?.text ?? null,
      article.dateline?.text ?? null,
      article.body,
    ]),
  );
  return hash.digest('hex').slice(0, 32);
}

/**
 * The identity of a story. A transmission with a keyword (slug) and a filing
 * date names the story across its takes: every lead and write-through of it
 * shares the guid, and the version counts them, as agencies' own NewsML-G2
 * does. The year, when known, keeps one day's keyword apart from the same
 * day a year later. Anything else is identified by a hash of its text, so the
 * same story converted twice gets the same guid.
 */
export function itemIdentity(article: ArticleJson): ItemIdentity {
  const transmission = article.transmission;
  const date = article.dateline?.isoDate ?? article.published?.isoDate ?? null;
  const slug = transmission?.slug ? segment(transmission.slug) : '';
  const filed = transmission?.date ? segment(transmission.date) : '';
  let guid: string;
  if (transmission && slug !== '' && filed !== '') {
    const service = segment(transmission.service ?? '') || 'wire';
    const year = date ? `${date.slice(0, 4)}-` : '';
    // An added part is a story of its own: its take word joins the id.
    const part = addsPart(transmission.version) ? `:${segment(transmission.version ?? '')}` : '';
    guid = `urn:copydesk:${article.source.format}:${service}:${year}${filed}:${slug}${part}`;
  } else {
    guid = `urn:copydesk:sha256:${contentHash(article)}`;
  }
  return {
    guid,
    version: versionFromTake(transmission?.version ?? null),
    urgency: urgencyFromPriority(transmission?.priority ?? null),
    date,
  };
}
