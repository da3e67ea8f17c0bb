import { TIME_ZONES } from '../../lexicon/timestamps.js';
import { squash } from '../../text/squash.js';
import type { ParsedCredit } from './parse-credits.js';

// A phone number: digit groups standing alone. Digits a time zone follows are a
// time of day, not a number to call: dpa's transmission stamp `141530 GMT May 24`
// after a date reads `24 141530` when its line is doubled.
const PHONE = new RegExp(
  `(?:^|\\s)\\+?\\d[\\d ()/-]{6,}\\d(?:\\s|$)(?!(?:${TIME_ZONES.join('|')})\\b)`,
);

/** True for a contact line: an e-mail address or a phone number (`+49 40 1234 5678, ann@example.net`). */
export function isContactLine(text: string): boolean {
  // Contact lines are short; the bound keeps the phone pattern linear.
  if (text.length > 300) return false;
  return /\S@\S+\.\S/.test(text) || PHONE.test(text);
}

/** A contact line as a credit of its own, with no names. */
export function contactCredit(text: string): ParsedCredit {
  return { role: 'contact', names: [], organization: null, text: squash(text) };
}
