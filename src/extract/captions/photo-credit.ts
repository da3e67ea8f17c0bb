import { defaultLexicon, type Lexicon } from '../../lexicon/index.js';
import { PHOTO_CREDIT_FORMS } from '../../lexicon/photo-credits.js';
import { squash } from '../../text/squash.js';
import { agencyOfTag } from '../dateline/match-dateline.js';

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

/**
 * Finds a photo credit closing a paragraph's text; an agency named in it is
 * reported by its name in the agency table (`REUTERS` → `Reuters`).
 */
export function matchPhotoCredit(
  text: string,
  lexicon: Lexicon = defaultLexicon,
): PhotoCreditMatch | null {
  if (text.length > MAX_CAPTION_CHARS) return null;
  for (const form of FORMS) {
    if (!form.needs.some((needed) => text.includes(needed))) continue;
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
      organization: org === null ? null : (agencyOfTag(org, lexicon) ?? org),
      duplicate: isDuplicate ? (groups.dup ?? '').trim() : null,
    };
  }
  return null;
}
