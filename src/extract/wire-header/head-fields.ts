import type { Lexicon } from '../../lexicon/index.js';
import { LANGUAGES } from '../../lexicon/languages/index.js';
import { squash } from '../../text/squash.js';
import type { Article, HeadFields } from '../../types.js';
import { isOrganization } from '../byline/organization.js';
import { parseByline } from '../byline/parse-byline.js';
import { matchDateline } from '../dateline/match-dateline.js';
import { parseTimestampLine } from '../published/timestamp.js';

const bylineWord = new RegExp(
  `^(?:${LANGUAGES.flatMap((language) => language.bylineWords).join('|')})[:\\s]`,
  'iu',
);

/** A place as a tagged header gives it: `(CANBERRA)`, `CANBERRA`, or a whole dateline. */
function headDateline(text: string, line: number, lexicon: Lexicon): Article['dateline'] {
  const matched = matchDateline(`${text} `, lexicon);
  if (matched) {
    return {
      text,
      location: matched.location,
      date: matched.date,
      isoDate: null,
      agency: matched.agency,
      line,
    };
  }
  const place = squash(text.replace(/^\((.*)\)$/u, '$1'));
  return {
    text,
    location: place === '' ? null : place,
    date: null,
    isoDate: null,
    agency: null,
    line,
  };
}

/**
 * Writes the fields a field-tagged header names (`$` headline, `&` author,
 * `:(PLACE)` dateline, `AB#` abstract, `PD#` date) into the article; the
 * readers that follow leave a field so set alone (the dateline reader still
 * prefers a dateline written at the head of the lead).
 */
export function applyHeadFields(article: Article, head: HeadFields, lexicon: Lexicon): void {
  if (head.headline) {
    article.headline = squash(head.headline.text);
    article.headlineLine = head.headline.line;
  }
  if (head.deck) {
    article.deck = squash(head.deck.text);
    article.deckLine = head.deck.line;
  }
  if (head.byline) {
    const text = squash(head.byline.text);
    // An author field may give the names without `By`, or a desk.
    const parsed = parseByline(bylineWord.test(text) ? text : `By ${text}`, lexicon);
    const desk = parsed === null || isOrganization(text, lexicon);
    article.byline = {
      text,
      authors: desk ? [] : (parsed?.authors ?? []),
      title: parsed?.title ?? null,
      organization: desk ? text : (parsed?.organization ?? null),
      line: head.byline.line,
    };
  }
  if (head.dateline)
    article.dateline = headDateline(head.dateline.text, head.dateline.line, lexicon);
  if (head.published) {
    const stamp = parseTimestampLine(head.published.text);
    article.published = {
      text: head.published.text,
      isoDate: stamp?.isoDate ?? null,
      line: head.published.line,
    };
  }
}
