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
  return / =$/.test(text);
}
