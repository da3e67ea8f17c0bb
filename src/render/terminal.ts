import type { ChalkInstance } from 'chalk';
import type { Root, RootContent } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import stringWidth from 'string-width';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import wrapAnsi from 'wrap-ansi';
import type { Article, Credit } from '../types.js';
import { bodyStats } from './json.js';
import { sanitizeForTerminal } from './sanitize.js';

/** Options for the terminal view. */
export interface TerminalRenderOptions {
  /** The chalk instance to style with; its level decides colour (inject `new Chalk({level: 0})` for none). */
  chalk: ChalkInstance;
  /** Wrap width in columns; 0 or undefined means no wrapping. */
  width?: number;
  /** List every removed item instead of a one-line summary. */
  verbose?: boolean;
}

const ROLE_LABELS: Record<Credit['role'], string> = {
  photo: 'Photo',
  reporting: 'Reporting',
  'additional-reporting': 'Additional reporting',
  writing: 'Writing',
  editing: 'Editing',
  assistance: 'Assistance',
  contributor: 'Contributor',
  contact: 'Contact',
  signoff: 'Sign-off',
  other: 'Credit',
};

/** Pieces of the view, each a list of lines already styled. */
type Section = string[];

/**
 * The longest space-free run handed to wrap-ansi. Measuring a string runs
 * `Intl.Segmenter`, which is quadratic in the length of one long non-ASCII
 * segment on Node 20 (80,000 curly quotes took 15 s). No real word comes near
 * this length, and a run wider than the line gets a row of its own anyway.
 */
const MAX_MEASURED_RUN = 1000;

function hasLongRun(line: string): boolean {
  let run = 0;
  for (let index = 0; index < line.length; index++) {
    run = line.charCodeAt(index) === 0x20 ? 0 : run + 1;
    if (run > MAX_MEASURED_RUN) return true;
  }
  return false;
}

/** Wraps one line; overlong runs are put on rows of their own without being measured. */
function wrapLine(line: string, columns: number): string[] {
  const wrapped = (part: string): string[] =>
    wrapAnsi(part, columns, { hard: false, trim: true }).split('\n');
  if (!hasLongRun(line)) return wrapped(line);
  const rows: string[] = [];
  let pending: string[] = [];
  const flush = (): void => {
    if (pending.length > 0) for (const row of wrapped(pending.join(' '))) rows.push(row);
    pending = [];
  };
  for (const piece of line.split(' ')) {
    if (piece.length > MAX_MEASURED_RUN) {
      flush();
      rows.push(piece);
    } else {
      pending.push(piece);
    }
  }
  flush();
  return rows.filter((row, index) => row !== '' || index === 0);
}

function wrap(text: string, width: number | undefined, indent = ''): string[] {
  const safe = sanitizeForTerminal(text);
  if (!width || width <= indent.length + 10) return safe.split('\n').map((line) => indent + line);
  const lines: string[] = [];
  for (const line of safe.split('\n'))
    for (const row of wrapLine(line, width - indent.length)) lines.push(indent + row);
  return lines;
}

/** Wraps text that is already sanitised and styled (wrap-ansi carries styles across lines). */
function wrapStyled(styled: string, width: number | undefined): string[] {
  if (!width || width <= 10) return styled.split('\n');
  return wrapAnsi(styled, width, { hard: false, trim: true }).split('\n');
}

function blockLines(node: RootContent, options: TerminalRenderOptions): string[] {
  const { chalk, width } = options;
  switch (node.type) {
    case 'code':
      // Tables keep their columns: never re-flowed.
      return sanitizeForTerminal(node.value)
        .split('\n')
        .map((line) => chalk.dim('  ') + line);
    case 'list':
      return node.children.flatMap((item) => {
        const lines = wrap(mdastToString(item), width, '  ');
        const first = lines[0] ?? '';
        return [`${chalk.dim('•')} ${first.slice(2)}`, ...lines.slice(1)];
      });
    case 'heading':
      return wrap(mdastToString(node), width).map((line) => chalk.bold(line));
    case 'thematicBreak':
      return [chalk.dim('—'.repeat(Math.min(width ?? 40, 40)))];
    default:
      return wrap(mdastToString(node), width);
  }
}

/** Slug, version, story number, priority, category, length and date from a transmission header. */
function transmissionLine(article: Article): string | null {
  const header = article.transmission;
  if (!header) return null;
  // ANPA writes a one-letter service before the number (`a0101`); longer ones stand apart.
  const number = [header.service, header.storyNumber]
    .filter(Boolean)
    .join(header.service && header.service.length === 1 ? '' : ' ');
  const facts = [
    header.slug,
    header.version,
    number,
    header.priority && `priority ${header.priority}`,
    header.category && `category ${header.category}`,
    header.wordCount !== null && `${header.wordCount} words`,
    header.date,
  ].filter((fact): fact is string => typeof fact === 'string' && fact !== '');
  return facts.length > 0 ? facts.join(' · ') : null;
}

/** Words for comparing what a credit says with its fields: letters and digits, lower case. */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** Words that join names in a credit and say nothing of their own. */
const JOINERS = new Set(['and', 'und', 'et', 'y', 'e']);

/**
 * Whether a credit says more than its names and organisation (a place, a
 * desk, a telephone number): some word from its first name on is none of
 * theirs. A credit whose names are not written as found (re-cased capitals)
 * is taken to say no more.
 */
function saysMore(credit: Credit): boolean {
  const first = credit.names[0];
  const start = first ? credit.text.indexOf(first) : -1;
  if (start === -1) return false;
  const known = new Set(wordsOf([...credit.names, credit.organization ?? ''].join(' ')));
  return wordsOf(credit.text.slice(start)).some((word) => !known.has(word) && !JOINERS.has(word));
}

/**
 * One credit line: `Role: names (organisation)` when that is all the credit
 * says, else the credit as written (`Reporting by Jane Okafor in London`,
 * without its brackets, dashes and full stop), so the view never drops a
 * place or a contact the credit gives.
 */
function creditLine(credit: Credit): string {
  if (saysMore(credit)) return credit.text.replace(/^[\s(\-–—]+/u, '').replace(/[\s).]+$/u, '');
  const names = credit.names.join(', ');
  const org = credit.organization ? ` (${credit.organization})` : '';
  return `${ROLE_LABELS[credit.role]}: ${names}${org}`;
}

/**
 * Renders a story for reading at a terminal: kicker, a prominent headline,
 * deck, byline and dateline set apart, the body wrapped with paragraph
 * spacing, then captions, credits and copyright, and one dim line about what
 * was removed. Every input string is sanitised before styling, so the only
 * escape sequences in the output are chalk's own.
 */
export function renderTerminal(
  tree: Root,
  article: Article,
  options: TerminalRenderOptions,
): string {
  const { chalk, width } = options;
  const sections: Section[] = [];

  const head: string[] = [];
  // The wire slug line: what a desk editor files and finds a story by.
  const wire = transmissionLine(article);
  if (wire) head.push(...wrap(wire, width).map((line) => chalk.dim(line)));
  if (article.kicker)
    head.push(...wrap(article.kicker.toUpperCase(), width).map((line) => chalk.cyan.bold(line)));
  if (article.headline) {
    const lines = wrap(article.headline, width);
    head.push(...lines.map((line) => chalk.bold(line)));
    // A rule under the headline sets it apart even without colour or bold.
    const longest = Math.max(...lines.map((line) => stringWidth(line)));
    head.push(chalk.dim('━'.repeat(Math.max(3, Math.min(longest, width || longest)))));
  } else head.push(chalk.dim('(no headline)'));
  if (article.deck) head.push(...wrap(article.deck, width).map((line) => chalk.italic(line)));
  sections.push(head);

  const meta: string[] = [];
  if (article.byline) {
    for (const line of article.byline.text.split('\n'))
      meta.push(...wrap(line, width).map((part) => chalk.yellow.bold(part)));
  }
  // The page's time stamp under the byline, unless the byline line prints it.
  const stamp = article.published?.text;
  if (stamp && !article.byline?.text.includes(stamp))
    meta.push(...wrap(stamp, width).map((line) => chalk.yellow(line)));
  for (const note of article.notes)
    meta.push(...wrap(note.text, width).map((line) => chalk.magenta(line)));
  if (meta.length > 0) sections.push(meta);

  const body = tree.children;
  const dateline = article.dateline
    ? chalk.blue.bold(sanitizeForTerminal(article.dateline.text))
    : '';
  let datelinePlaced = dateline === '';
  for (const node of body) {
    if (!datelinePlaced && node.type === 'paragraph' && node.data?.lead === true) {
      const text = `${sanitizeForTerminal(article.dateline?.text ?? '')} ${mdastToString(node)}`;
      const lines = wrap(text, width);
      const first = lines[0] ?? '';
      const plainDateline = sanitizeForTerminal(article.dateline?.text ?? '');
      lines[0] = first.startsWith(plainDateline)
        ? dateline + first.slice(plainDateline.length)
        : first;
      sections.push(lines);
      datelinePlaced = true;
      continue;
    }
    sections.push(blockLines(node, options));
  }
  if (!datelinePlaced) sections.splice(meta.length > 0 ? 2 : 1, 0, [dateline]);

  const foot: string[] = [];
  for (const media of article.media) {
    // Sanitise first, then style, then wrap: the credit wraps with the caption
    // instead of running past the edge, and keeps its own (dim) style.
    const caption = chalk.italic(sanitizeForTerminal(media.caption));
    const credit = media.credit ? ` ${chalk.dim(`(${sanitizeForTerminal(media.credit)})`)}` : '';
    // A hanging indent keeps the caption's lines under its text, clear of the mark.
    const lines = wrapStyled(caption + credit, width ? width - 2 : width);
    foot.push(...lines.map((line, index) => `${index === 0 ? '▣' : ' '} ${line}`));
  }
  for (const credit of article.credits)
    foot.push(...wrap(creditLine(credit), width).map((line) => chalk.green(line)));
  if (article.copyright)
    foot.push(...wrap(article.copyright.text, width).map((line) => chalk.dim(line)));
  if (foot.length > 0) {
    sections.push([chalk.dim('─'.repeat(Math.max(10, Math.min(width || 40, 40))))]);
    sections.push(foot);
  }

  // The desk lines, dim: length and reading time, then what was cut and why.
  const tail: string[] = [];
  if (article.removed.length > 0 && options.verbose) {
    for (const item of article.removed)
      tail.push(
        ...wrap(`removed (${item.reason}, line ${item.line}): ${item.text}`, width).map((line) =>
          chalk.dim(line),
        ),
      );
  }
  const desk: string[] = [];
  const stats = bodyStats(tree);
  if (stats.words > 0)
    desk.push(
      `${stats.words} word${stats.words === 1 ? '' : 's'} · ${stats.readingMinutes} min read`,
    );
  if (article.removed.length > 0 && !options.verbose) {
    const reasons = new Map<string, number>();
    for (const item of article.removed)
      reasons.set(item.reason, (reasons.get(item.reason) ?? 0) + 1);
    const summary = [...reasons]
      .map(([reason, count]) => (count > 1 ? `${reason} ×${count}` : reason))
      .join(', ');
    desk.push(`${article.removed.length} removed: ${summary} (--verbose lists them)`);
  }
  for (const line of desk) tail.push(...wrap(line, width).map((part) => chalk.dim(part)));
  sections.push(tail);

  return `${sections
    .filter((section) => section.length > 0)
    .map((section) => section.join('\n'))
    .join('\n\n')}\n`;
}

/**
 * The rule that opens each story when several are printed one after another:
 * the input name (and story number) so a reader scrolling back knows where
 * one story ends and the next begins.
 */
export function renderStoryRule(
  label: string,
  chalk: ChalkInstance,
  width: number | undefined,
): string {
  const text = ` ${sanitizeForTerminal(label).replace(/\n/g, ' ')} `;
  const total = Math.max(stringWidth(text) + 6, Math.min(width || 60, 100));
  return `${chalk.dim(`━━${text}${'━'.repeat(Math.max(4, total - stringWidth(text) - 2))}`)}\n\n`;
}

/** Compiler plugin: the terminal view. */
export function compileTerminal(this: Processor, options: TerminalRenderOptions): void {
  this.compiler = (tree, file: VFile) => {
    const article = file.data.article;
    if (!article) throw new Error('Missing `file.data.article`: run the copydesk parser first');
    return renderTerminal(tree as Root, article, options);
  };
}
