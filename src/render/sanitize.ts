/** Bidirectional controls that reorder what a reader sees (Trojan Source). */
const BIDI = new Set([
  0x200e, 0x200f, 0x061c, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
]);

/** True when a string holds bidirectional control characters. */
export function hasBidiControls(text: string): boolean {
  for (const char of text) if (BIDI.has(char.codePointAt(0) ?? 0)) return true;
  return false;
}

function visible(code: number): string {
  return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}

/**
 * Makes input text safe to print on a terminal, in one linear pass: escape
 * sequences (CSI, OSC, DCS, SOS, PM, APC and two-byte ESC forms) are dropped,
 * other C0 controls (but LF; TAB becomes spaces), DEL and C1 controls are
 * dropped, and bidirectional controls are shown as `<U+202E>`.
 */
export function sanitizeForTerminal(text: string): string {
  let out = '';
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === 0x1b) {
      index = skipEscape(text, index + 1);
      continue;
    }
    if (
      code === 0x9b ||
      code === 0x9d ||
      code === 0x90 ||
      code === 0x98 ||
      code === 0x9e ||
      code === 0x9f
    ) {
      // 8-bit CSI, OSC, DCS, SOS, PM, APC introduce a sequence like their ESC forms.
      index = skipSequenceBody(text, index + 1, code === 0x9b ? 'csi' : 'string');
      continue;
    }
    if (code === 0x0a) out += '\n';
    else if (code === 0x09) out += '    ';
    else if (code < 0x20 || code === 0x7f || (code >= 0x80 && code <= 0x9f)) {
      // Dropped: C0, DEL, C1.
    } else if (BIDI.has(code)) out += visible(code);
    else out += text[index];
    index++;
  }
  return out;
}

function skipEscape(text: string, index: number): number {
  const next = text[index];
  if (next === undefined) return index;
  if (next === '[') return skipSequenceBody(text, index + 1, 'csi');
  if (next === ']' || next === 'P' || next === 'X' || next === '^' || next === '_') {
    return skipSequenceBody(text, index + 1, 'string');
  }
  // Two-byte forms (ESC c, ESC 7 …) and ESC followed by intermediates.
  let cursor = index;
  while (cursor < text.length && /[\x20-\x2f]/.test(text[cursor] ?? '')) cursor++;
  return cursor + 1;
}

function skipSequenceBody(text: string, index: number, kind: 'csi' | 'string'): number {
  let cursor = index;
  if (kind === 'csi') {
    while (cursor < text.length) {
      const code = text.charCodeAt(cursor);
      cursor++;
      if (code >= 0x40 && code <= 0x7e) return cursor;
      if (code < 0x20 || code > 0x7e) return cursor - 1;
    }
    return cursor;
  }
  while (cursor < text.length) {
    const code = text.charCodeAt(cursor);
    if (code === 0x07 || code === 0x9c) return cursor + 1;
    // An unterminated string must not swallow the rest of the story.
    if (code === 0x0a) return cursor;
    if (code === 0x1b && text[cursor + 1] === '\\') return cursor + 2;
    cursor++;
  }
  return cursor;
}
