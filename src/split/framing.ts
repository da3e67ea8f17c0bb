/**
 * The control characters that frame ANPA-1312 and IPTC-7901 transmissions
 * (docs/wire-formats.md §1). They are structure, so the splitter consumes
 * them before fromWire strips whatever control characters are left.
 */
export const SOH = '\u0001';
/** Start of text: the body follows. */
export const STX = '\u0002';
/** End of text: the trailer line follows. */
export const ETX = '\u0003';
/** End of transmission. */
export const EOT = '\u0004';

/**
 * Framing bytes that may stand between transmissions or around headers and
 * carry no words: ENQ, BEL, FF, SYN, DEL and line ends.
 */
export const PADDING: RegExp = /[\u0005\u0007\u000c\u0016\u007f\s]/gu;

/**
 * Bytes inside tabular (agate) ANPA copy that mean a column gap: BS is the
 * tab line indicator, DLE the typesetter's space band. Replaced by a space
 * of the same length so positions stay true.
 */
export const TABULAR_SPACES: RegExp = /[\u0008\u0010]/g;

/** True when a piece of framing holds anything but padding. */
export function hasWords(text: string): boolean {
  return text.replace(PADDING, '').replace(/[\u0000-\u001f]/g, '') !== '';
}

/** The words of a piece of framing, padding and control bytes removed. */
export function framingText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

/**
 * BEL in IPTC-7901 copy: dpa's HOLD and KILL advisories ring it five times
 * (`HOLD HOLD HOLD<BEL×5> =`). Replaced by a space of the same length.
 */
export const ADVISORY_BELLS: RegExp = /\u0007/g;
