/**
 * Markdown escaping of text nodes in linear time.
 *
 * mdast-util-to-markdown's `safe` (v2.1) records each position an `unsafe`
 * pattern matches as a property of a plain object. A text node made of
 * millions of punctuation marks (hostile input, or a scanned table of rules)
 * turns that object into a hash table of millions of integer keys, and the
 * escape then grows faster than the text: 10 MB of `*_\`[]<>#\\` took 13×
 * the time of 1 MB, and 4× a normal story of the same size. This is the same
 * algorithm, rule for rule, with the matches kept as flags in a byte array
 * indexed by position: no sort, no hash table, and output identical to
 * `state.safe` (test/render/escape-text.test.ts compares them).
 */
import type { Handle, SafeConfig, State, Unsafe } from 'mdast-util-to-markdown';
import { classifyCharacter } from 'micromark-util-classify-character';

/** An unsafe pattern matched here. */
const MATCHED = 1;
/** The match needed the character before (a `before` or `atBreak` pattern). */
const BEFORE = 2;
/** The match needed the character after (an `after` pattern). */
const AFTER = 4;

/** ASCII punctuation, which a backslash escapes; anything else is a character reference. */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/** Whether any of `list` is on the construct stack; `none` when the list is empty. */
function listInScope(
  stack: readonly string[],
  list: Unsafe['inConstruct'],
  none: boolean,
): boolean {
  const names = typeof list === 'string' ? [list] : (list ?? []);
  if (names.length === 0) return none;
  return names.some((name) => stack.includes(name));
}

/** Whether a pattern applies inside the constructs now open. */
function patternInScope(stack: readonly string[], pattern: Unsafe): boolean {
  return (
    listInScope(stack, pattern.inConstruct, true) &&
    !listInScope(stack, pattern.notInConstruct, false)
  );
}

/** Whether a neighbouring node is of one of the types a pattern names. */
function nodeInScope(types: Unsafe['beforeNode'], node: SafeConfig['beforeNode']): boolean {
  if (!types) return true;
  if (!node) return false;
  return typeof types === 'string' ? types === node.type : types.includes(node.type);
}

/**
 * A backslash before ASCII punctuation (looking on into `after`) gets a
 * backslash of its own, so it prints as a backslash and not as an escape.
 */
function escapeBackslashes(value: string, after: string): string {
  const results: string[] = [];
  let start = 0;
  for (const match of `${value}${after}`.matchAll(/\\(?=[!-/:-@[-`{-~])/g)) {
    if (start !== match.index) results.push(value.slice(start, match.index));
    results.push('\\');
    start = match.index;
  }
  results.push(value.slice(start));
  return results.join('');
}

/** Which ASCII characters a text holds, by code: reused, one text at a time. */
const presence = new Uint8Array(0x80);

/**
 * Marks the ASCII characters `value` holds in {@link presence}. Every unsafe
 * pattern escapes one character (`pattern.character`), which its expression
 * matches literally: a text without it cannot match, and most texts hold a
 * few of the eighty patterns' characters, so most patterns are never run.
 */
function asciiPresent(value: string): Uint8Array {
  presence.fill(0);
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code < 0x80) presence[code] = 1;
  }
  return presence;
}

/** False when the pattern's one ASCII character is absent from the text; true otherwise. */
function mayOccur(pattern: Unsafe, present: Uint8Array): boolean {
  const character = pattern.character;
  if (character.length !== 1) return true;
  const code = character.charCodeAt(0);
  return code >= 0x80 || present[code] === 1;
}

/**
 * Marks every position an unsafe pattern in scope matches in `value`; null
 * when none does (most short texts), so they allocate nothing more.
 */
function markUnsafe(
  state: State,
  value: string,
  config: SafeConfig,
  offset: number,
  end: number,
): Uint8Array | null {
  let flags: Uint8Array | null = null;
  const present = asciiPresent(value);
  for (const pattern of state.unsafe) {
    if (
      !mayOccur(pattern, present) ||
      !patternInScope(state.stack, pattern) ||
      !nodeInScope(pattern.beforeNode, config.beforeNode) ||
      !nodeInScope(pattern.afterNode, config.afterNode)
    ) {
      continue;
    }
    const expression = state.compilePattern(pattern);
    const from = pattern.beforeNode ? offset : 0;
    const subject = value.slice(from, pattern.afterNode ? end : undefined);
    const before = Boolean(pattern.before || pattern.atBreak);
    const after = Boolean(pattern.after);
    expression.lastIndex = 0;
    for (let match = expression.exec(subject); match; match = expression.exec(subject)) {
      flags ??= new Uint8Array(value.length + 1);
      const position = from + match.index + (before ? (match[1]?.length ?? 0) : 0);
      const seen = flags[position] ?? 0;
      if (seen & MATCHED) {
        // A position matched by several patterns needs its neighbours only if every one did.
        flags[position] = seen & ~(before ? 0 : BEFORE) & ~(after ? 0 : AFTER);
      } else {
        flags[position] = MATCHED | (before ? BEFORE : 0) | (after ? AFTER : 0);
      }
    }
  }
  return flags;
}

/** Whether an unsafe pattern matched at `position`. */
const has = (flags: Uint8Array, position: number) => ((flags[position] ?? 0) & MATCHED) !== 0;

/** Whether the match at `position` carries `bit` (BEFORE or AFTER). */
const flag = (flags: Uint8Array, position: number, bit: number) =>
  ((flags[position] ?? 0) & bit) !== 0;

/**
 * Whether the matched position starts an underscore run inside a word
 * (`snake_case`), which is no emphasis; returns the run's end, or -1.
 */
function intrawordUnderscores(
  value: string,
  flags: Uint8Array,
  position: number,
  offset: number,
  end: number,
): number {
  if (
    value.charAt(position) !== '_' ||
    position === 0 ||
    classifyCharacter(value.charCodeAt(position - 1)) !== undefined ||
    has(flags, position - 1) ||
    (position - 1 === offset && /[*_]/.test(value.charAt(offset - 1)))
  ) {
    return -1;
  }
  let sequenceEnd = position + 1;
  while (sequenceEnd < end && value.charAt(sequenceEnd) === '_') sequenceEnd++;
  for (let inner = position + 1; inner < sequenceEnd; inner++) {
    if (!has(flags, inner)) return -1;
  }
  const wordGoesOn =
    sequenceEnd < value.length &&
    classifyCharacter(value.charCodeAt(sequenceEnd)) === undefined &&
    !has(flags, sequenceEnd) &&
    !(sequenceEnd === end - 1 && /[*_]/.test(value.charAt(end)));
  return wordGoesOn ? sequenceEnd : -1;
}

/**
 * Which matched positions are escaped: all but intraword underscores and a
 * character unsafe only beside a neighbour that is escaped itself. Returns
 * a byte per position, 1 where the character is escaped.
 */
function decideEscapes(value: string, flags: Uint8Array, offset: number, end: number): Uint8Array {
  const escaped = new Uint8Array(value.length);
  for (let position = offset; position < end; position++) {
    if (!has(flags, position)) continue;
    const runEnd = intrawordUnderscores(value, flags, position, offset, end);
    if (runEnd >= 0) {
      position = runEnd - 1;
      continue;
    }
    const besideEscapedAfter =
      position + 1 < end &&
      has(flags, position + 1) &&
      flag(flags, position, AFTER) &&
      !flag(flags, position + 1, BEFORE) &&
      !flag(flags, position + 1, AFTER);
    const besideEscapedBefore =
      position - 1 >= offset &&
      has(flags, position - 1) &&
      flag(flags, position, BEFORE) &&
      !flag(flags, position - 1, BEFORE) &&
      !flag(flags, position - 1, AFTER);
    if (!besideEscapedAfter && !besideEscapedBefore) escaped[position] = 1;
  }
  return escaped;
}

/** One escaped character: percent-encoded in an autolink, a backslash, or a reference. */
function escapeCharacter(character: string, percentEncode: boolean, config: SafeConfig): string {
  const code = character.charCodeAt(0);
  if (percentEncode) return `%${code.toString(16).toUpperCase().padStart(2, '0')}`;
  if (ASCII_PUNCTUATION.test(character) && !config.encode?.includes(character)) {
    return `\\${character}`;
  }
  return `&#x${code.toString(16).toUpperCase()};`;
}

/** ASCII punctuation only, the commonest run to escape (`((((`, `***`). */
const PUNCTUATION_RUN = /^[!-/:-@[-`{-~]*$/;
const BACKSLASH = 0x5c;
const ASCII = new TextDecoder('latin1');

/**
 * A run of characters to escape, each as {@link escapeCharacter} does. A run
 * of ASCII punctuation with nothing to encode takes a backslash before each
 * mark in one pass over bytes: a function call and a string per character
 * made a run of millions of brackets grow faster than its length.
 */
function escapeRun(run: string, percentEncode: boolean, config: SafeConfig): string {
  if (!percentEncode && !config.encode?.length && PUNCTUATION_RUN.test(run)) {
    // ASCII only: a backslash before each mark, written as bytes and read as one string.
    const bytes = new Uint8Array(run.length * 2);
    for (let index = 0; index < run.length; index++) {
      bytes[2 * index] = BACKSLASH;
      bytes[2 * index + 1] = run.charCodeAt(index);
    }
    return ASCII.decode(bytes);
  }
  return run.replace(/[\s\S]/g, (character) => escapeCharacter(character, percentEncode, config));
}

/**
 * `state.safe(input, config)` in linear time: `input` escaped so that it
 * prints as itself between `config.before` and `config.after`. A run of
 * escaped characters is written in one piece, so a text of millions of
 * marks makes a handful of strings rather than millions.
 */
export function safeText(state: State, input: string, config: SafeConfig): string {
  const value = (config.before || '') + input + (config.after || '');
  const offset = config.before ? config.before.length : 0;
  const end = value.length - (config.after ? config.after.length : 0);
  const percentEncode = state.stack.includes('autolink');
  const flags = markUnsafe(state, value, config, offset, end);
  if (flags === null) {
    const whole = value.slice(offset, end);
    return percentEncode ? whole : escapeBackslashes(whole, config.after ?? '');
  }
  const escaped = decideEscapes(value, flags, offset, end);
  const result: string[] = [];
  let start = offset;
  let position = escaped.indexOf(1, offset);
  while (position !== -1 && position < end) {
    if (start !== position) {
      const slice = value.slice(start, position);
      result.push(percentEncode ? slice : escapeBackslashes(slice, '\\'));
    }
    let runEnd = position;
    while (runEnd < end && escaped[runEnd] === 1) runEnd++;
    result.push(escapeRun(value.slice(position, runEnd), percentEncode, config));
    start = runEnd;
    position = escaped.indexOf(1, runEnd);
  }
  const rest = value.slice(start, end);
  result.push(percentEncode ? rest : escapeBackslashes(rest, config.after ?? ''));
  return result.join('');
}

/** The `text` handler of mdast-util-to-markdown, escaping with {@link safeText}. */
export const text: Handle = (node, parent, state, info) => {
  const siblings = parent ? parent.children : [];
  const index = state.indexStack[state.indexStack.length - 1] ?? -1;
  return safeText(state, node.value, {
    ...info,
    afterNode: siblings[index + 1],
    beforeNode: siblings[index - 1],
  });
};
