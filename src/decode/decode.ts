import { decodeCp1252 } from './cp1252.js';
import { repairMojibake } from './mojibake.js';

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

function findInvalidUtf8(bytes: Uint8Array): number {
  // Locate the first bad byte for the message, by decoding growing prefixes would be
  // quadratic; instead walk the UTF-8 structure once.
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] as number;
    let need = 0;
    if (byte < 0x80) need = 0;
    else if (byte >= 0xc2 && byte <= 0xdf) need = 1;
    else if (byte >= 0xe0 && byte <= 0xef) need = 2;
    else if (byte >= 0xf0 && byte <= 0xf4) need = 3;
    else return index;
    for (let k = 1; k <= need; k++) {
      const next = bytes[index + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return index;
    }
    index += need + 1;
  }
  return -1;
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
 * Windows-1252 fallback, mojibake repair, line endings.
 *
 * @throws {BinaryInputError} when the bytes are not text.
 */
export function decode(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
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
      const bad = findInvalidUtf8(body);
      text = decodeCp1252(body);
      encoding = 'windows-1252';
      messages.push({
        reason: `Unexpected invalid UTF-8 at byte ${bad}, decoded as Windows-1252`,
        ruleId: 'encoding-fallback',
        severity: 'warning',
        offset: Math.max(0, bad),
      });
    }
  }
  if (encoding !== 'utf-8' && encoding !== 'windows-1252' && text.includes('\0')) {
    throw new BinaryInputError('binary input (NUL character in UTF-16 text), expected text');
  }

  if (encoding === 'utf-8' && options.fixMojibake !== false) {
    const repair = repairMojibake(text);
    if (repair.repaired > 0) {
      text = repair.text;
      // One message per repair, so each can be checked where it stands; a flood is summed up.
      for (const fix of repair.fixes.slice(0, MAX_REPAIR_MESSAGES)) {
        messages.push({
          reason: `Repaired mojibake \`${visible(fix.from)}\` to \`${visible(fix.to)}\` (UTF-8 read as Windows-1252)`,
          ruleId: 'mojibake-repaired',
          severity: 'info',
          offset: fix.offset,
        });
      }
      const rest = repair.fixes.slice(MAX_REPAIR_MESSAGES);
      if (rest[0]) {
        messages.push({
          reason: `Repaired ${rest.length} more mojibake sequence${rest.length === 1 ? '' : 's'}`,
          ruleId: 'mojibake-repaired',
          severity: 'info',
          offset: rest[0].offset,
        });
      }
    }
  }

  return { text: normalizeLineEndings(text), encoding, bom, messages };
}
