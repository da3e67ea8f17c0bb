/**
 * Escaping for XML 1.0 text and attribute values. Every output character is
 * either a character XML 1.0 allows written as itself, or a character
 * reference, so the document is always well-formed and a parser reads back
 * the field's own text:
 *
 * - `&`, `<`, `>` (and `"` in attributes) are escaped as usual;
 * - CR, and in attributes tab and LF, become references (a parser would
 *   otherwise normalise them away);
 * - C1 controls and DEL, bidirectional controls and zero-width characters
 *   become references, so nothing invisible hides in the raw XML (the value
 *   read back is unchanged);
 * - what XML 1.0 cannot carry at all (C0 controls other than tab, LF and CR,
 *   U+FFFE, U+FFFF, unpaired surrogates) becomes U+FFFD. copydesk's parsers
 *   already replace C0 controls in fields, so this only guards the format.
 */

/** Characters that need any treatment; the fast path skips strings without one. */
const SPECIAL =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f&<>"\t\n\r\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufffe\uffff\ud800-\udfff]/;

/** Invisible characters written as references: bidi controls and zero-width characters. */
function isInvisible(code: number): boolean {
  return (
    code === 0x061c ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2069) ||
    code === 0xfeff
  );
}

function reference(code: number): string {
  return `&#x${code.toString(16).toUpperCase()};`;
}

function escapeFor(value: string, attribute: boolean): string {
  if (!SPECIAL.test(value)) return value;
  let out = '';
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += value[index] + (value[index + 1] as string);
        index++;
      } else out += '\ufffd';
      continue;
    }
    if (code >= 0xdc00 && code <= 0xdfff) {
      out += '\ufffd';
      continue;
    }
    switch (code) {
      case 0x26:
        out += '&amp;';
        continue;
      case 0x3c:
        out += '&lt;';
        continue;
      case 0x3e:
        out += '&gt;';
        continue;
      case 0x22:
        out += attribute ? '&quot;' : '"';
        continue;
      case 0x09:
      case 0x0a:
        out += attribute ? reference(code) : value[index];
        continue;
      case 0x0d:
        out += reference(code);
        continue;
      case 0xfffe:
      case 0xffff:
        out += '\ufffd';
        continue;
    }
    if (code < 0x20) out += '\ufffd';
    else if ((code >= 0x7f && code <= 0x9f) || isInvisible(code)) out += reference(code);
    else out += value[index];
  }
  return out;
}

/** Escapes text for element content. */
export function escapeXmlText(value: string): string {
  return escapeFor(value, false);
}

/** Escapes text for a double-quoted attribute value. */
export function escapeXmlAttribute(value: string): string {
  return escapeFor(value, true);
}
