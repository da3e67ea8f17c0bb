import { BIDI_CONTROLS, codePointLabel } from '../text/invisible.js';

/** True when a string holds bidirectional control characters. */
export function hasBidiControls(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    if (BIDI_CONTROLS.has(text.charCodeAt(index))) return true;
  }
  return false;
}

/**
 * What a character becomes on the terminal, or undefined to keep it. C0
 * controls take caret notation (`ESC` → `^[`, `BEL` → `^G`, CR → `^M`), DEL is
 * `^?`, C1 controls and bidirectional controls are `<U+009B>`, `<U+202E>`.
 */
function replacementFor(code: number): string | undefined {
  if (code === 0x0a) return undefined;
  if (code === 0x09) return '    ';
  if (code < 0x20) return `^${String.fromCharCode(code + 0x40)}`;
  if (code === 0x7f) return '^?';
  if ((code >= 0x80 && code <= 0x9f) || BIDI_CONTROLS.has(code)) return `<${codePointLabel(code)}>`;
  return undefined;
}

/**
 * Makes input text safe to print on a terminal, in one linear pass with no
 * regular expression: every control character but LF is made visible (TAB
 * becomes spaces), so no escape sequence (CSI, OSC 8 links, OSC 52 clipboard
 * writes, DCS, 8-bit C1 forms), bell, backspace or carriage return reaches the
 * terminal, and a reader sees that something was there. Bidirectional controls
 * are shown as `<U+202E>` so they cannot reorder the line. The result is
 * printable as is and sanitising it again changes nothing.
 *
 * `util.stripVTControlCharacters` is not enough on its own: it leaves BEL, BS,
 * CR, NUL and bidi controls in place.
 */
export function sanitizeForTerminal(text: string): string {
  let out = '';
  let copied = 0;
  for (let index = 0; index < text.length; index++) {
    const replacement = replacementFor(text.charCodeAt(index));
    if (replacement === undefined) continue;
    out += text.slice(copied, index) + replacement;
    copied = index + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
