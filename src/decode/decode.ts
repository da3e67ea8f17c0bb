import { decodeCp1252 } from './cp1252.js';
import { checkSize, DEFAULT_MAX_SIZE } from './limits.js';
import { repairMojibakeCompact } from './mojibake.js';

/** A note the decoder makes about what it changed or doubted. */
export interface DecodeMessage {
  reason: string;
  ruleId: string;
  severity: 'info' | 'warning';
  /** Offset in the decoded text the message points at. */
  offset: number;
}

/** Decoded text and what happened on the way. */
export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  bom: boolean;
  messages: DecodeMessage[];
}

/** Thrown for input that is not text at all; the CLI turns it into a one-line error. */
export class BinaryInputError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'BinaryInputError';
  }
}

/** Options for {@link decode}. */
export interface DecodeOptions {
  /** Repair UTF-8-read-as-Windows-1252 text (default true). */
  fixMojibake?: boolean;
  /** Refuse input larger than this many bytes (default 50 MB; 0: no limit). */
  maxSize?: number;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Shows control characters in a message as `U+009D`, so no input byte reaches a terminal raw. */
function visible(text: string): string {
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f]/g,
    (char) => `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

/** How many mojibake repairs are reported one by one before the rest are counted. */
const MAX_REPAIR_MESSAGES = 20;

/**
 * Control bytes that carry structure in ANPA-1312 / IPTC-7901 framing, plus
 * TAB, LF, CR, FF and BEL: they do not make a file binary.
 */
const FRAMING = new Set([
  0x01, 0x02, 0x03, 0x04, 0x05, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x10, 0x11, 0x12, 0x13,
  0x14, 0x16, 0x1e, 0x1f, 0x7f,
]);

/** How many bytes {@link guessUtf16} looks at. */
const UTF16_SNIFF = 4096;

/**
 * Recognises UTF-16 without a byte-order mark (Windows tools write it): in
 * Latin text every other byte is NUL, on the same side throughout. Without
 * this such a file would be refused as binary for its first NUL.
 */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, UTF16_SNIFF) & ~1;
  if (length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) evenZeros++;
    if (bytes[index + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros >= pairs * 0.6 && evenZeros === 0) return 'utf-16le';
  if (evenZeros >= pairs * 0.6 && oddZeros === 0) return 'utf-16be';
  return null;
}

function checkBinary(bytes: Uint8Array): void {
  let odd = 0;
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index] as number;
    if (byte === 0) {
      throw new BinaryInputError(`binary input (NUL byte at offset ${index}), expected text`);
    }
    if (byte < 0x20 && !FRAMING.has(byte)) odd++;
  }
  if (bytes.length > 0 && odd / bytes.length > 0.1) {
    throw new BinaryInputError(
      `binary input (${odd} of ${bytes.length} bytes are control characters), expected text`,
    );
  }
}

/** Length of the well-formed UTF-8 sequence at `index` (1 for ASCII), or 0 when it is not one. */
function utf8SequenceAt(bytes: Uint8Array, index: number): number {
  const byte = bytes[index] as number;
  if (byte < 0x80) return 1;
  let need: number;
  let low = 0x80;
  let high = 0xbf;
  if (byte >= 0xc2 && byte <= 0xdf) need = 1;
  else if (byte >= 0xe0 && byte <= 0xef) {
    need = 2;
    // No overlong forms, no UTF-16 surrogates (Unicode Table 3-7).
    if (byte === 0xe0) low = 0xa0;
    if (byte === 0xed) high = 0x9f;
  } else if (byte >= 0xf0 && byte <= 0xf4) {
    need = 3;
    if (byte === 0xf0) low = 0x90;
    if (byte === 0xf4) high = 0x8f;
  } else return 0;
  for (let k = 1; k <= need; k++) {
    const next = bytes[index + k];
    if (next === undefined) return 0;
    if (k === 1 ? next < low || next > high : (next & 0xc0) !== 0x80) return 0;
  }
  return need + 1;
}

/** A stretch of input bytes: well-formed UTF-8, or a run of bytes that are not. */
interface Run {
  start: number;
  end: number;
  valid: boolean;
}

/** Splits bytes into valid UTF-8 runs and invalid runs, counting valid multi-byte sequences. */
function utf8Runs(bytes: Uint8Array): { runs: Run[]; multiByte: number } {
  const runs: Run[] = [];
  let multiByte = 0;
  let index = 0;
  while (index < bytes.length) {
    const length = utf8SequenceAt(bytes, index);
    const valid = length > 0;
    if (length > 1) multiByte++;
    const last = runs[runs.length - 1];
    if (last && last.valid === valid) last.end = index + Math.max(length, 1);
    else runs.push({ start: index, end: index + Math.max(length, 1), valid });
    index += Math.max(length, 1);
  }
  return { runs, multiByte };
}

/** How many invalid runs are reported one by one before the rest are counted. */
const MAX_FALLBACK_MESSAGES = 20;

/**
 * Decodes bytes that are not all valid UTF-8. A file that is mostly UTF-8
 * (at least as many valid multi-byte sequences as invalid runs) keeps it:
 * only each invalid run is read as Windows-1252, with a warning where it
 * stands. Otherwise the file is taken as Windows-1252 throughout, with one
 * warning. Reading one stray byte as Windows-1252 must not turn a whole
 * UTF-8 file into mojibake (and lose the `”`, whose last byte is then a C1
 * control).
 */
function decodeMixed(
  bytes: Uint8Array,
  byteOffset: number,
  messages: DecodeMessage[],
): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  const { runs, multiByte } = utf8Runs(bytes);
  const invalid = runs.filter((run) => !run.valid);
  const first = invalid[0]?.start ?? 0;
  if (multiByte < invalid.length) {
    messages.push({
      reason: `Unexpected invalid UTF-8 at byte ${first + byteOffset}, decoded as Windows-1252`,
      ruleId: 'encoding-fallback',
      severity: 'warning',
      offset: utf8Length(bytes, first),
    });
    return { text: decodeCp1252(bytes), encoding: 'windows-1252' };
  }
  let text = '';
  let reported = 0;
  for (const run of runs) {
    const part = bytes.subarray(run.start, run.end);
    if (run.valid) {
      text += strictUtf8.decode(part);
      continue;
    }
    const decoded = decodeCp1252(part);
    if (reported < MAX_FALLBACK_MESSAGES) {
      const hex = [...part.subarray(0, 8)]
        .map((byte) => byte.toString(16).toUpperCase().padStart(2, '0'))
        .join(' ');
      messages.push({
        reason: `Unexpected invalid UTF-8 (${hex}${part.length > 8 ? ' …' : ''}) at byte ${run.start + byteOffset}, decoded as Windows-1252 \`${visible(decoded.slice(0, 16))}\``,
        ruleId: 'encoding-fallback',
        severity: 'warning',
        offset: text.length,
      });
    } else if (reported === MAX_FALLBACK_MESSAGES) {
      const rest = invalid.length - MAX_FALLBACK_MESSAGES;
      messages.push({
        reason: `${rest} more run${rest === 1 ? '' : 's'} of invalid UTF-8 decoded as Windows-1252`,
        ruleId: 'encoding-fallback',
        severity: 'warning',
        offset: text.length,
      });
    }
    reported++;
    text += decoded;
  }
  return { text, encoding: 'utf-8' };
}

/** Characters the valid UTF-8 before `end` decodes to (a message offset in the text). */
function utf8Length(bytes: Uint8Array, end: number): number {
  let count = 0;
  for (let index = 0; index < end; index++) {
    const byte = bytes[index] as number;
    if ((byte & 0xc0) !== 0x80) count += byte >= 0xf0 ? 2 : 1;
  }
  return count;
}

/**
 * Normalises line endings: CRLF and lone CR become LF, U+2028/U+2029 become LF.
 * Line numbers stay those of the original file.
 */
export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?|[\u2028\u2029]/g, '\n');
}

/**
 * Decodes input bytes to text: BOM, UTF-16 with BOM, strict UTF-8 with a
 * Windows-1252 fallback (per run of invalid bytes in a mostly UTF-8 file,
 * see {@link decodeMixed}), mojibake repair, line endings.
 *
 * @throws {BinaryInputError} when the bytes are not text.
 * @throws {InputTooLargeError} when there are more bytes than `maxSize`.
 */
export function decode(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  checkSize(bytes.length, options.maxSize ?? DEFAULT_MAX_SIZE);
  const messages: DecodeMessage[] = [];
  let text: string;
  let encoding: Decoded['encoding'];
  let bom = false;

  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    encoding = 'utf-16le';
    bom = true;
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    encoding = 'utf-16be';
    bom = true;
  } else if (guessUtf16(bytes)) {
    encoding = guessUtf16(bytes) ?? 'utf-16le';
    text = new TextDecoder(encoding).decode(bytes);
    // A guess needs text to back it: 16-bit binary data decodes to control characters.
    checkBinary(new TextEncoder().encode(text));
    messages.push({
      reason: `Missing byte-order mark: decoded as ${encoding.toUpperCase()} (every other byte is NUL)`,
      ruleId: 'encoding-guess',
      severity: 'warning',
      offset: 0,
    });
  } else {
    checkBinary(bytes);
    let body = bytes;
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      body = bytes.subarray(3);
      bom = true;
    }
    try {
      text = strictUtf8.decode(body);
      encoding = 'utf-8';
    } catch {
      ({ text, encoding } = decodeMixed(body, bom ? 3 : 0, messages));
    }
  }
  if (encoding !== 'utf-8' && encoding !== 'windows-1252' && text.includes('\0')) {
    throw new BinaryInputError('binary input (NUL character in UTF-16 text), expected text');
  }

  if (encoding === 'utf-8' && options.fixMojibake !== false) {
    const repair = repairMojibakeCompact(text);
    if (repair.repaired > 0) {
      text = repair.text;
      // One message per repair, so each can be checked where it stands; a flood is summed up.
      const shown = Math.min(repair.repaired, MAX_REPAIR_MESSAGES);
      for (let index = 0; index < shown; index++) {
        const fix = repair.fixAt(index);
        messages.push({
          reason: `Repaired mojibake \`${visible(fix.from)}\` to \`${visible(fix.to)}\` (UTF-8 read as Windows-1252)`,
          ruleId: 'mojibake-repaired',
          severity: 'info',
          offset: fix.offset,
        });
      }
      const rest = repair.repaired - shown;
      if (rest > 0) {
        messages.push({
          reason: `Repaired ${rest} more mojibake sequence${rest === 1 ? '' : 's'}`,
          ruleId: 'mojibake-repaired',
          severity: 'info',
          offset: repair.fixAt(shown).offset,
        });
      }
    }
  }

  return { text: normalizeLineEndings(text), encoding, bom, messages };
}
