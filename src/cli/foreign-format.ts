import { shellQuote } from './shell-quote.js';

/** A document copydesk does not read, recognised by its first bytes or its markup. */
export interface ForeignFormat {
  /** What it is, as a reader would name it: `PDF document`. */
  name: string;
  /** What to run instead, for a file name (`-` for standard input). */
  instead: (file: string) => string;
}

const pandoc = (file: string) => `pandoc -t plain ${file} | copydesk`;

/** Bytes at an offset that identify a format. */
interface Magic {
  offset: number;
  bytes: readonly number[];
  format: ForeignFormat;
}

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

const IMAGE = (kind: string): ForeignFormat => ({
  name: `${kind} image`,
  instead: (file) =>
    `copydesk reads text, not pictures: run OCR first (\`tesseract ${file} - | copydesk\`)`,
});

const ARCHIVE = (kind: string, unpack: (file: string) => string): ForeignFormat => ({
  name: `${kind} archive`,
  instead: (file) => `unpack it first (\`${unpack(file)}\`)`,
});

/**
 * Magic numbers, as file(1) and the formats' specifications give them. Each
 * needs bytes no text file starts with (controls, or a signature followed by
 * binary), so plain text is never taken for one of these.
 */
const MAGIC: readonly Magic[] = [
  {
    offset: 0,
    bytes: ascii('%PDF-'),
    format: {
      name: 'PDF document',
      instead: (file) => `\`pdftotext -layout ${file} - | copydesk\``,
    },
  },
  {
    offset: 0,
    bytes: ascii('{\\rtf'),
    format: { name: 'RTF document', instead: (file) => `\`${pandoc(file)}\`` },
  },
  {
    offset: 0,
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    format: {
      name: 'Microsoft Office 97–2003 document',
      instead: (file) => `save it as text, or \`antiword ${file} | copydesk\``,
    },
  },
  { offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], format: IMAGE('PNG') },
  { offset: 0, bytes: [0xff, 0xd8, 0xff], format: IMAGE('JPEG') },
  { offset: 0, bytes: ascii('GIF87a'), format: IMAGE('GIF') },
  { offset: 0, bytes: ascii('GIF89a'), format: IMAGE('GIF') },
  { offset: 0, bytes: [0x49, 0x49, 0x2a, 0x00], format: IMAGE('TIFF') },
  { offset: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a], format: IMAGE('TIFF') },
  { offset: 4, bytes: ascii('ftypheic'), format: IMAGE('HEIC') },
  { offset: 4, bytes: ascii('ftypavif'), format: IMAGE('AVIF') },
  {
    offset: 0,
    // The third byte names deflate, the only method gzip defines.
    bytes: [0x1f, 0x8b, 0x08],
    format: ARCHIVE('gzip', (file) => `gunzip -c ${file} | copydesk`),
  },
  {
    offset: 0,
    bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00],
    format: ARCHIVE('xz', (file) => `xz -dc ${file} | copydesk`),
  },
  {
    offset: 0,
    bytes: [0x28, 0xb5, 0x2f, 0xfd],
    format: ARCHIVE('Zstandard', (file) => `zstd -dc ${file} | copydesk`),
  },
  {
    offset: 0,
    bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c],
    format: ARCHIVE('7-Zip', (file) => `7z x ${file}`),
  },
  {
    offset: 0,
    bytes: ascii('Rar!\u001a\u0007'),
    format: ARCHIVE('RAR', (file) => `unrar x ${file}`),
  },
  // POSIX and GNU tar headers: `ustar` then NUL, or `ustar` then two spaces and NUL.
  { offset: 257, bytes: ascii('ustar\u0000'), format: ARCHIVE('tar', (file) => `tar -xf ${file}`) },
  {
    offset: 257,
    bytes: ascii('ustar  \u0000'),
    format: ARCHIVE('tar', (file) => `tar -xf ${file}`),
  },
];

/** bzip2: `BZh`, a block size digit, then the block (or end of stream) signature. */
function isBzip2(bytes: Uint8Array): boolean {
  const size = bytes[3] ?? 0;
  return (
    startsWith(bytes, 0, [0x42, 0x5a, 0x68]) &&
    size >= 0x31 &&
    size <= 0x39 &&
    (startsWith(bytes, 4, [0x31, 0x41, 0x59, 0x26, 0x53, 0x59]) ||
      startsWith(bytes, 4, [0x17, 0x72, 0x45, 0x38, 0x50, 0x90]))
  );
}

function startsWith(bytes: Uint8Array, offset: number, expected: readonly number[]): boolean {
  if (bytes.length < offset + expected.length) return false;
  return expected.every((byte, index) => bytes[offset + index] === byte);
}

/** Whether `needle` occurs in the first `limit` bytes. */
function contains(bytes: Uint8Array, needle: string, limit: number): boolean {
  const pattern = ascii(needle);
  const end = Math.min(bytes.length, limit) - pattern.length;
  for (let index = 0; index <= end; index++) if (startsWith(bytes, index, pattern)) return true;
  return false;
}

/** ZIP containers: which document a ZIP is, from the names of its first entries. */
function zipFormat(bytes: Uint8Array): ForeignFormat {
  // ODF and EPUB store their media type uncompressed as the first entry.
  if (contains(bytes, 'mimetypeapplication/epub+zip', 100))
    return { name: 'EPUB book', instead: (file) => `\`${pandoc(file)}\`` };
  if (contains(bytes, 'mimetypeapplication/vnd.oasis.opendocument.text', 100))
    return { name: 'OpenDocument text (ODT)', instead: (file) => `\`${pandoc(file)}\`` };
  if (contains(bytes, 'word/', 4096))
    return { name: 'Word document (DOCX)', instead: (file) => `\`${pandoc(file)}\`` };
  return ARCHIVE('ZIP', (file) => `unzip -p ${file} | copydesk`);
}

/** Elements an HTML page opens with, after a doctype, comments or white space. */
const HTML_OPENING = /^(?:<!doctype\s+html\b|<html\b|<head\b|<body\b|<meta\b|<title\b)/i;

/** The first 1 KiB as text, past a byte order mark, white space and comments. */
function markupHead(bytes: Uint8Array): string {
  let text = new TextDecoder('utf-8').decode(bytes.subarray(0, 1024));
  text = text.replace(/^\uFEFF/, '').trimStart();
  // Comments and an XML declaration may stand before the first element.
  for (let guard = 0; guard < 8; guard++) {
    const before = text;
    if (text.startsWith('<!--')) {
      const end = text.indexOf('-->');
      text = end === -1 ? '' : text.slice(end + 3).trimStart();
    } else if (text.startsWith('<?xml')) {
      const end = text.indexOf('?>');
      text = end === -1 ? '' : text.slice(end + 2).trimStart();
    }
    if (text === before) break;
  }
  return text;
}

const HTML: ForeignFormat = {
  name: 'HTML page',
  instead: (file) =>
    `copy the story's text from the browser and pipe it in, or \`pandoc -t plain ${file} | copydesk\``,
};

/**
 * Recognises a document that is not text copydesk reads: PDF, RTF, Office
 * files (DOCX, ODT, older .doc), EPUB, images and archives by their magic
 * bytes; HTML by its markup standing at the very top (a doctype or an
 * `<html>`, `<head>`, `<body>`, `<meta>` or `<title>` element), so a story
 * that mentions `<html>` in a sentence is still text. Null for anything else.
 */
export function recogniseForeignFormat(bytes: Uint8Array): ForeignFormat | null {
  for (const magic of MAGIC) if (startsWith(bytes, magic.offset, magic.bytes)) return magic.format;
  if (isBzip2(bytes)) return ARCHIVE('bzip2', (file) => `bunzip2 -c ${file} | copydesk`);
  if (startsWith(bytes, 0, [0x50, 0x4b, 0x03, 0x04])) return zipFormat(bytes);
  if (startsWith(bytes, 0, ascii('RIFF')) && startsWith(bytes, 8, ascii('WEBP')))
    return IMAGE('WebP');
  const head = markupHead(bytes);
  if (HTML_OPENING.test(head)) return HTML;
  // XHTML and other XML documents (NewsML, NITF) open with their root element.
  if (/^<(?:nitf|newsMessage|newsItem)\b/i.test(head))
    return {
      name: 'XML document',
      instead: () => 'copydesk reads plain wire text: take the story text out of the XML first',
    };
  return null;
}

/** The one-line reason for refusing a foreign format, naming what to do instead. */
export function foreignFormatReason(format: ForeignFormat, path: string | null): string {
  return `Unexpected ${format.name}, expected plain text: ${format.instead(path === null ? '-' : shellQuote(path))}`;
}
