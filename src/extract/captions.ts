import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { PHOTO_CREDIT_FORMS } from '../lexicon/photo-credits.js';
import type { Credit, Media } from '../types.js';
import {
  articleOf,
  blockText,
  countWords,
  lineOf,
  recordRemoved,
  squash,
  sweepBlocks,
} from './blocks.js';
import type { ExtractOptions } from './options.js';

/** A photo credit found at the end of a paragraph. */
export interface PhotoCreditMatch {
  /** Text before the credit: the caption, possibly empty. */
  caption: string;
  /** What stood between the caption and the credit (` `, ` / `), so Markdown can print it again. */
  joiner: string;
  /** The credit as written (`Photographer: X/Bloomberg`). */
  creditText: string;
  /** The credit proper (`X/Bloomberg`, `AP Photo/X`). */
  credit: string;
  names: string[];
  organization: string | null;
  /** A repeated credit in parentheses after the first one, if any. */
  duplicate: string | null;
}

const FORMS = PHOTO_CREDIT_FORMS.map((form) => ({
  ...form,
  regex: new RegExp(
    `(?:^|\\s)${form.pattern}(?<dup>\\s*\\((?<dupText>[^()\\n]{2,120})\\))?\\.?$`,
    'u',
  ),
}));

const MAX_CAPTION_CHARS = 700;

function splitNames(names: string): string[] {
  return names
    .replace(/,\s*(?:File|Handout|Pool)\b.*$/i, '')
    .split(/\s*(?:,|&|\band\b)\s*/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/** Finds a photo credit closing a paragraph's text. */
export function matchPhotoCredit(text: string): PhotoCreditMatch | null {
  if (text.length > MAX_CAPTION_CHARS) return null;
  for (const form of FORMS) {
    const match = form.regex.exec(text);
    const groups = match?.groups;
    if (!match || !groups) continue;
    const credit = (groups.credit ?? '').trim();
    const names = splitNames(groups.names ?? '');
    if (names.length === 0) continue;
    const dupText = groups.dupText ?? null;
    const isDuplicate = dupText !== null && squash(dupText) === squash(credit);
    const whole = match[0].trim();
    const creditText = isDuplicate
      ? whole.slice(0, whole.length - (groups.dup ?? '').trim().length).trim()
      : whole;
    // A trailing parenthesis that does not repeat the credit is not part of it.
    if (!isDuplicate && dupText !== null) continue;
    const before = text.slice(0, match.index);
    const caption = before.trim().replace(/\s*\/$/, '');
    const captionStart = before.length - before.trimStart().length;
    const creditStart = match.index + (match[0].length - match[0].trimStart().length);
    const joiner = text.slice(captionStart + caption.length, creditStart);
    const org = groups.org?.trim() ?? form.organization ?? null;
    return {
      caption,
      joiner,
      creditText,
      credit,
      names,
      organization: org === 'REUTERS' ? 'Reuters' : org,
      duplicate: isDuplicate ? (groups.dup ?? '').trim() : null,
    };
  }
  return null;
}

/**
 * Takes photo captions and their credits out of the body: each paragraph
 * ending in a photo credit becomes a `media` entry and a `photo` credit; a
 * repeated credit or a repeated caption goes to `removed`.
 */
export function captions(_options?: ExtractOptions) {
  return (tree: Root, file: VFile): void => {
    const article = articleOf(file);
    const seen = new Set<string>();
    sweepBlocks(tree, (node) => {
      if (node.type !== 'paragraph') return false;
      const text = blockText(node);
      // Only captions are remembered; until one is, no paragraph needs its key.
      if (seen.size > 0 && seen.has(squash(text))) {
        recordRemoved(article, node, 'duplicate-caption');
        return true;
      }
      const match = matchPhotoCredit(text);
      if (!match || countWords(match.caption) > 90) return false;
      seen.add(squash(text));
      const line = lineOf(node);
      const credit: Credit = {
        role: 'photo',
        names: match.names,
        organization: match.organization,
        text: match.creditText,
        line,
      };
      if (match.caption !== '') {
        const media: Media = {
          caption: match.caption,
          credit: match.credit,
          creditText: match.creditText,
          joiner: match.joiner,
          line,
        };
        article.media.push(media);
      } else {
        const previous = article.media.at(-1);
        if (previous && previous.credit === null) {
          previous.credit = match.credit;
          previous.creditText = match.creditText;
        }
      }
      article.credits.push(credit);
      if (match.duplicate) {
        article.removed.push({ text: match.duplicate, reason: 'duplicate-credit', line });
      }
      return true;
    });
  };
}
