/** White space squashing: runs of white space to one space, trimmed. */

/** White space that squashing would change: a run of two, or anything but a plain space. */
const UNSQUASHED = /\s\s|[^\S ]/;

/** Text at least this long has its squashed form remembered. */
const REMEMBER_FROM = 512;
/** How many long texts' squashed forms are remembered. */
const REMEMBERED = 4;
/** The last long texts squashed and their results, most recent first. */
const remembered: { text: string; squashed: string }[] = [];

/** Collapses runs of white space to one space and trims. */
export function squash(text: string): string {
  if (text.length < REMEMBER_FROM) return squashNow(text);
  // Most readers squash the same few blocks at the top of a story (each extractor its
  // own way), so a story that is one long block was rebuilt a dozen times; a long
  // text's answer is kept for the next reader. Comparing a string with itself is
  // one pointer test.
  for (const entry of remembered) if (entry.text === text) return entry.squashed;
  const squashed = squashNow(text);
  remembered.unshift({ text, squashed });
  if (remembered.length > REMEMBERED) remembered.pop();
  return squashed;
}

function squashNow(text: string): string {
  // Most text is already squashed; testing is far cheaper than rebuilding it.
  return UNSQUASHED.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

function isWhiteSpace(code: number, char: string): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return /\s/.test(char);
}

/**
 * {@link squash} for callers that only want short text: null as soon as the
 * result would pass `max` characters, so a long block costs no more than `max`.
 */
export function squashWithin(text: string, max: number): string | null {
  let out = '';
  let pendingSpace = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    if (isWhiteSpace(text.charCodeAt(index), char)) {
      pendingSpace = out !== '';
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += char;
    if (out.length > max) return null;
  }
  return out;
}
