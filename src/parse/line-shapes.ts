/**
 * Lines that stand in a block of their own whatever surrounds them: wire
 * rules, the end of a tabular block, ANPA and Canadian Press header lines,
 * and the line that closes an IPTC-7901 header. fromWire never joins them
 * to a neighbour; the extractors then read them as blocks.
 */
import { BLOCK_END_LINES } from '../lexicon/wire-header.js';
import { escapeRegExp } from '../text/escape-reg-exp.js';

const blockEnd = new RegExp(`^\\^?(?:${BLOCK_END_LINES.map(escapeRegExp).join('|')})<$`);

/** A horizontal rule typed on the wire: three or more underscores (AP's `___`). */
export function isRuleLine(text: string): boolean {
  return /^_{3,}$/.test(text.trim());
}

/** True for a line that closes a tabular block (`^END<`). */
export function isBlockEnd(text: string): boolean {
  return blockEnd.test(text.trim());
}

/** True for an ANPA or Canadian Press header line: `^…<`, `^…=`, `…@<`. */
export function isMarkedLine(text: string): boolean {
  return /^\^/.test(text) || /@<$/.test(text);
}

/** True for the line that closes an IPTC-7901 header block (`… =`). */
export function closesIptcHeader(text: string): boolean {
  return / =$/.test(text.trimEnd());
}

/** How many lines from the top an IPTC-7901 header block may span. */
export const IPTC_HEADER_LINES = 10;

/**
 * True when a story's first block of lines (up to the first blank line,
 * within {@link IPTC_HEADER_LINES}) ends with a line closed by ` =`: the
 * IPTC-7901 header convention, also when the copy comes without its
 * framing (pasted or saved from a feed). A header line holds words before
 * the mark; an equation's `x =` inside prose is not at the end of a block.
 */
export function opensWithIptcHeader(text: string): boolean {
  const lines = text.slice(0, 2000).split('\n');
  let seen = 0;
  for (const line of lines) {
    if (line.trim() === '') {
      if (seen === 0) continue;
      return false;
    }
    seen++;
    if (seen > IPTC_HEADER_LINES) return false;
    if (closesIptcHeader(line) && /\p{L}/u.test(line)) return true;
  }
  return false;
}
