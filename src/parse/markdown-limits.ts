/**
 * Bounds on Markdown input (`--from markdown`) checked in one linear pass
 * before micromark sees it. micromark is not linear on deep nesting: 4 KB
 * of nested emphasis took a minute, 32k `>` most of one, and 2k `>` overflow
 * the stack further on. copydesk's own Markdown nests a few levels at most
 * and escapes the `*` and `_` of body text, so these bounds refuse only
 * hostile or foreign input, with a clear error instead of a hang.
 */

/** Deepest nesting of block quotes and lists, and of open `[` in a paragraph. */
export const MAX_MARKDOWN_DEPTH = 32;

/** Most runs of unescaped `*` or `_` (emphasis delimiters), and most `[`, in one paragraph. */
export const MAX_DELIMITER_RUNS = 400;

/** Markdown nested past the bounds above; the CLI makes it a one-line error. */
export class MarkdownTooDeepError extends Error {
  /** 1-based line where the bound was passed. */
  readonly line: number;

  constructor(what: string, line: number) {
    super(
      `Markdown input ${what} at line ${line}: more than copydesk reads safely (read it as text with --from text)`,
    );
    this.name = 'MarkdownTooDeepError';
    this.line = line;
  }
}

const SPACE = 0x20;
const TAB = 0x09;

function isListMarkerAt(text: string, index: number, end: number): number {
  // Returns the marker's length (without the space after it), or 0.
  const char = text.charCodeAt(index);
  if (char === 0x2d || char === 0x2a || char === 0x2b) {
    const next = text.charCodeAt(index + 1);
    return index + 1 < end && (next === SPACE || next === TAB) ? 1 : 0;
  }
  let digits = 0;
  while (digits < 9 && index + digits < end) {
    const code = text.charCodeAt(index + digits);
    if (code < 0x30 || code > 0x39) break;
    digits++;
  }
  if (digits === 0) return 0;
  const close = text.charCodeAt(index + digits);
  const after = text.charCodeAt(index + digits + 1);
  return (close === 0x2e || close === 0x29) && (after === SPACE || after === TAB) ? digits + 1 : 0;
}

/** True for a thematic break (`- - -`, `***`): its markers open no list. */
function isThematicBreak(text: string, start: number, end: number): boolean {
  let marker = 0;
  let count = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === SPACE || code === TAB) continue;
    if (code !== 0x2d && code !== 0x2a && code !== 0x5f) return false;
    if (marker !== 0 && code !== marker) return false;
    marker = code;
    count++;
  }
  return count >= 3;
}

/**
 * How deep a line's containers nest: each `>` and list marker in its prefix
 * opens one level, and indentation before a list marker stands for the
 * levels of the lists around it (two columns a level).
 */
function containerDepth(text: string, start: number, end: number): number {
  if (isThematicBreak(text, start, end)) return 0;
  let depth = 0;
  let index = start;
  let indent = 0;
  for (;;) {
    while (index < end) {
      const code = text.charCodeAt(index);
      if (code === SPACE) indent++;
      else if (code === TAB) indent += 4;
      else break;
      index++;
    }
    if (index >= end) return depth;
    if (text.charCodeAt(index) === 0x3e) {
      depth++;
      index++;
      continue;
    }
    const marker = isListMarkerAt(text, index, end);
    if (marker === 0) return depth;
    depth += 1 + Math.floor(indent / 2);
    indent = 0;
    index += marker;
  }
}

const WORD = /[\p{L}\p{N}]/u;

/** True when the character at `index` is a letter or a digit. */
function isWordAt(text: string, index: number): boolean {
  const char = text[index];
  return char !== undefined && WORD.test(char);
}

/** True for a code fence line: up to three spaces, then ``` or ~~~. */
function isFence(text: string, start: number, end: number): boolean {
  let index = start;
  while (index < end && index - start < 3 && text.charCodeAt(index) === SPACE) index++;
  const code = text.charCodeAt(index);
  return (
    (code === 0x60 || code === 0x7e) &&
    index + 2 < end &&
    text.charCodeAt(index + 1) === code &&
    text.charCodeAt(index + 2) === code
  );
}

/**
 * Refuses Markdown whose nesting micromark cannot take in linear time.
 *
 * @throws {MarkdownTooDeepError} naming the line where a bound was passed.
 */
export function checkMarkdownLimits(text: string): void {
  let line = 1;
  let runs = 0;
  let brackets = 0;
  let labels = 0;
  let inFence = false;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let blank = true;
    for (let index = start; index < end; index++) {
      const code = text.charCodeAt(index);
      if (code !== SPACE && code !== TAB && code !== 0x0d) {
        blank = false;
        break;
      }
    }
    const fence = isFence(text, start, end);
    if (fence || inFence) {
      // Code is not Markdown: nothing in a fenced block nests or delimits.
      if (fence) inFence = !inFence;
    } else if (blank) {
      // A blank line ends the paragraph: its delimiters and brackets with it.
      runs = 0;
      labels = 0;
      brackets = 0;
    } else {
      if (containerDepth(text, start, end) > MAX_MARKDOWN_DEPTH)
        throw new MarkdownTooDeepError(
          `nests block quotes or lists more than ${MAX_MARKDOWN_DEPTH} deep`,
          line,
        );
      let destinations = 0;
      for (let index = start; index < end; index++) {
        const code = text.charCodeAt(index);
        if (code === 0x5c) {
          index++; // An escaped character delimits nothing.
        } else if (code === 0x2a || code === 0x5f) {
          // `_` inside a word (snake_case) can neither open nor close emphasis,
          // and copydesk's own Markdown leaves it unescaped: not a delimiter.
          if (code === 0x5f && isWordAt(text, index - 1) && isWordAt(text, index + 1)) continue;
          if (text.charCodeAt(index - 1) !== code && ++runs > MAX_DELIMITER_RUNS)
            throw new MarkdownTooDeepError(
              `has more than ${MAX_DELIMITER_RUNS} emphasis delimiters (* or _) in one paragraph`,
              line,
            );
        } else if (code === 0x5b) {
          // Each `[` may start a link whose end micromark looks for again and
          // again (`[a][a][a]…` is super-linear): bounded like emphasis.
          if (++labels > MAX_DELIMITER_RUNS)
            throw new MarkdownTooDeepError(
              `has more than ${MAX_DELIMITER_RUNS} brackets ([) in one paragraph`,
              line,
            );
          if (++brackets > MAX_MARKDOWN_DEPTH)
            throw new MarkdownTooDeepError(
              `nests brackets ([) more than ${MAX_MARKDOWN_DEPTH} deep`,
              line,
            );
        } else if (code === 0x5d) {
          if (brackets > 0) brackets--;
          // `](` opens a link destination, which micromark reads to the next
          // space: many of them in one word read that word again and again.
          if (text.charCodeAt(index + 1) === 0x28 && ++destinations > MAX_MARKDOWN_DEPTH)
            throw new MarkdownTooDeepError(
              `has more than ${MAX_MARKDOWN_DEPTH} link destinations (\`](\`) in one word`,
              line,
            );
        } else if (code === SPACE || code === TAB) {
          destinations = 0;
        }
      }
    }
    start = end + 1;
    line++;
  }
}
