import type { ChalkInstance } from 'chalk';
import type { Root, RootContent } from 'mdast';
import stringWidth from 'string-width';
import type { Lexicon } from '../lexicon/index.js';
import { sanitizeForTerminal } from '../render/sanitize.js';
import type { Decision } from '../score/decision.js';
import { describeDecision } from '../score/describe-decision.js';
import type { Article } from '../types.js';

/** The classes `--explain` gives input lines. */
export type LineClass =
  | 'headline'
  | 'deck'
  | 'kicker'
  | 'byline'
  | 'dateline'
  | 'body'
  | 'caption'
  | 'credit'
  | 'copyright'
  | 'note'
  | 'removed'
  | 'blank'
  | 'unclaimed';

/** One input line and what copydesk made of it. */
export interface ExplainedLine {
  /** 1-based line in the input. */
  line: number;
  text: string;
  class: LineClass;
  /** The rule that decided, in words. */
  rule: string;
  /** For a field chosen by score: the top candidates, their scores and weightiest features. */
  details?: string[];
}

/** What `explainStory` reads: the story, where it starts, and what extraction produced. */
export interface ExplainInput {
  text: string;
  /** Input line the story text starts on. */
  startLine: number;
  article: Article;
  tree: Root;
  lexicon: Lexicon;
  /** Diagnostics, to attach to the lines they point at. */
  messages: { line: number | null; ruleId: string | null; reason: string }[];
  /** The scored choices of a pasted page (`file.data.decisions`). */
  decisions?:
    | {
        headline?: Decision | undefined;
        byline?: Decision | undefined;
        kicker?: Decision | undefined;
        deck?: Decision | undefined;
      }
    | undefined;
}

/**
 * A field a scored decision chose: its rule in words (`highest score of 3
 * candidate lines`, or of the blocks `one` and `many` name) and the top candidates, else null.
 */
function scored(
  decision: Decision | undefined,
  weights: Lexicon['weights'][keyof Lexicon['weights']],
  [one, many]: readonly [string, string] = ['candidate line', 'candidate lines'],
): { rule: string; details: string[] } | null {
  if (!decision || decision.chosen === 0) return null;
  const count = decision.candidates.length - 1;
  return {
    rule: `highest score of ${count} ${count === 1 ? one : many}`,
    details: describeDecision(decision, weights),
  };
}

const BODY_RULES: Partial<Record<RootContent['type'], string>> = {
  // Plain paragraphs are the default and go unexplained; the table stays readable.
  paragraph: '',
  list: 'list item (bullet or number)',
  code: 'table (aligned columns kept as typed)',
  heading: 'subheading',
  thematicBreak: 'rule line',
  blockquote: 'quotation block',
};

// Transmission framing and other controls; the parser drops them.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

function lineCount(text: string): number {
  return text.split('\n').length;
}

function startsWithPhrase(text: string, phrase: string): boolean {
  return text
    .replace(/^[\s\-—–]+/, '')
    .toLowerCase()
    .startsWith(phrase.toLowerCase());
}

/**
 * Classifies every line of one story: the article's fields know their lines,
 * removed items carry their reason, and body nodes their positions. Fields
 * win over body ranges, so a dateline line inside the lead paragraph reads
 * `dateline`.
 */
export function explainStory(input: ExplainInput): ExplainedLine[] {
  const { article, lexicon } = input;
  const lines = input.text.split('\n');
  const first = input.startLine;
  const decided = new Map<number, { class: LineClass; rule: string; text: string }>();
  const claim = (
    line: number | null | undefined,
    span: number,
    cls: LineClass,
    rule: string,
    text = '',
  ) => {
    if (!line) return;
    const parts = text.split('\n');
    for (let at = line; at < line + span; at++)
      if (!decided.has(at)) decided.set(at, { class: cls, rule, text: parts[at - line] ?? '' });
  };

  const kickerScore = article.kicker
    ? scored(input.decisions?.kicker, lexicon.weights.kicker, [
        'block above the headline',
        'blocks above the headline',
      ])
    : null;
  claim(
    article.kickerLine,
    1,
    'kicker',
    kickerScore?.rule ?? 'short label directly above the headline',
  );
  const headlineScore = scored(input.decisions?.headline, lexicon.weights.headline);
  if (article.headline)
    claim(
      article.headlineLine,
      lineCount(article.headline),
      'headline',
      headlineScore?.rule ?? 'first short title-like line near the top',
    );
  const deckScore = article.deck
    ? scored(input.decisions?.deck, lexicon.weights.deck, [
        'block under the headline',
        'blocks under the headline',
      ])
    : null;
  if (article.deck)
    claim(
      article.deckLine,
      lineCount(article.deck),
      'deck',
      deckScore?.rule ?? 'a sentence or two under the headline, before the lead',
    );
  const bylineScore = article.byline
    ? scored(input.decisions?.byline, lexicon.weights.byline)
    : null;
  if (article.byline)
    claim(
      article.byline.line,
      lineCount(article.byline.text),
      'byline',
      `${bylineScore?.rule ?? '"By" and names'}${article.byline.authors.length > 0 ? ` → ${article.byline.authors.map((author) => author.name).join(', ')}` : ''}`,
    );
  if (article.dateline) {
    const parts = [
      article.dateline.location && `place ${article.dateline.location}`,
      article.dateline.date && `date ${article.dateline.date}`,
      article.dateline.agency && `agency ${article.dateline.agency}`,
    ].filter(Boolean);
    claim(
      article.dateline.line,
      1,
      'dateline',
      `head of the lead paragraph${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`,
    );
  }
  for (const media of article.media)
    claim(
      media.line,
      lineCount(media.caption),
      'caption',
      media.credit ? `photo caption, credit ${media.credit}` : 'photo caption',
    );
  for (const credit of article.credits) {
    const phrase = lexicon.creditPhrases.find((entry) =>
      startsWithPhrase(credit.text, entry.phrase),
    );
    claim(
      credit.line,
      lineCount(credit.text),
      'credit',
      phrase ? `phrase "${phrase.phrase}" → ${credit.role}` : `credit line → ${credit.role}`,
    );
  }
  if (article.copyright)
    claim(
      article.copyright.line,
      lineCount(article.copyright.text),
      'copyright',
      '© or "Copyright" notice',
    );
  for (const note of article.notes)
    claim(note.line, lineCount(note.text), 'note', 'editorial note (Updates, Eds:, correction)');
  for (const item of article.removed)
    claim(item.line, lineCount(item.text), 'removed', `removed: ${item.reason}`, item.text);
  for (const node of input.tree.children) {
    const start = node.position?.start.line;
    const end = node.position?.end.line;
    if (start === undefined || end === undefined) continue;
    claim(start, end - start + 1, 'body', BODY_RULES[node.type] ?? node.type);
  }

  // Items taken from outside the story text (a transmission header before it)
  // are listed too, with the text the article kept.
  const outside: ExplainedLine[] = [...decided]
    .filter(([line]) => line < first || line >= first + lines.length)
    .sort(([a], [b]) => a - b)
    .map(([line, found]) => ({ line, text: found.text, class: found.class, rule: found.rule }));
  const inside = lines.map((text, index) => {
    const line = first + index;
    const found = decided.get(line);
    let result: ExplainedLine;
    if (text.trim() === '') result = { line, text, class: 'blank', rule: '' };
    else if (text.replace(CONTROLS, '').trim() === '')
      result = {
        line,
        text,
        class: 'removed',
        rule: 'removed: control characters only (wire framing)',
      };
    else if (found) result = { line, text, class: found.class, rule: found.rule };
    else
      result = { line, text, class: 'unclaimed', rule: 'consumed by the wire framing or parser' };
    const notes = input.messages.filter((message) => message.line === line && message.ruleId);
    if (notes.length > 0)
      result.rule += `${result.rule ? '; ' : ''}${notes.map((message) => `${message.ruleId}: ${message.reason}`).join('; ')}`;
    if (headlineScore && line === article.headlineLine) result.details = headlineScore.details;
    if (kickerScore && line === article.kickerLine) result.details = kickerScore.details;
    if (deckScore && line === article.deckLine) result.details = deckScore.details;
    if (bylineScore && line === article.byline?.line) result.details = bylineScore.details;
    return result;
  });
  return [
    ...outside.filter((row) => row.line < first),
    ...inside,
    ...outside.filter((row) => row.line >= first),
  ];
}

/** Colour of each class in the explain table (the class is also printed as a word). */
function styleClass(chalk: ChalkInstance, cls: LineClass): (text: string) => string {
  switch (cls) {
    case 'headline':
    case 'kicker':
    case 'deck':
      return chalk.bold;
    case 'byline':
      return chalk.yellow;
    case 'dateline':
      return chalk.blue;
    case 'caption':
    case 'credit':
    case 'copyright':
      return chalk.green;
    case 'note':
      return chalk.magenta;
    case 'removed':
    case 'unclaimed':
      return chalk.red;
    default:
      return chalk.dim;
  }
}

function truncate(text: string, width: number): string {
  if (width <= 0 || stringWidth(text) <= width) return text;
  let out = '';
  for (const char of text) {
    if (stringWidth(`${out}${char}…`) > width) break;
    out += char;
  }
  return `${out}…`;
}

/**
 * Formats explained lines as a table: line number, class, the line itself,
 * and the rule. With a width the line text is cut to fit, so each input line
 * stays one row; without one nothing is cut.
 */
export function formatExplain(
  title: string,
  rows: ExplainedLine[],
  chalk: ChalkInstance,
  width: number | undefined,
): string {
  const numberWidth = String(rows.at(-1)?.line ?? 1).length;
  const out = [chalk.bold(sanitizeForTerminal(title).replace(/\n/g, ' '))];
  let previous = '';
  for (const row of rows) {
    if (row.class === 'blank') {
      previous = '';
      continue;
    }
    // A paragraph's rule is said once, on its first line.
    const repeat = `${row.class}\u0000${row.rule}` === previous;
    previous = `${row.class}\u0000${row.rule}`;
    const number = String(row.line).padStart(numberWidth);
    const label = row.class.padEnd(9);
    const text = sanitizeForTerminal(row.text).replace(/\n/g, ' ').trim();
    const head = `${number}  ${label} `;
    const room = width ? Math.max(12, width - head.length) : 0;
    out.push(
      `${chalk.dim(number)}  ${styleClass(chalk, row.class)(label)} ${truncate(text, room)}`,
    );
    if (row.rule !== '' && !repeat)
      out.push(
        `${' '.repeat(head.length)}${chalk.dim(truncate(`↳ ${sanitizeForTerminal(row.rule).replace(/\n/g, ' ')}`, room))}`,
      );
    for (const detail of row.details ?? [])
      out.push(
        `${' '.repeat(head.length + 2)}${chalk.dim(truncate(sanitizeForTerminal(detail), room - 2))}`,
      );
  }
  return `${out.join('\n')}\n`;
}
