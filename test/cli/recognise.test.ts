import { afterEach, describe, expect, it } from 'vitest';
import { recogniseForeignFormat } from '../../src/cli/foreign-format.js';
import { runCli, workspace } from './run-cli.js';
import { PIER } from './stories.js';

let cleanup = () => {};
afterEach(() => cleanup());

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(
    parts.flatMap((part) =>
      typeof part === 'string' ? [...part].map((char) => char.charCodeAt(0)) : part,
    ),
  );
const zip = (firstEntry: string) =>
  bytes([0x50, 0x4b, 0x03, 0x04], new Array(26).fill(0), firstEntry, [0, 0, 1, 2]);
const tar = () => {
  const header = new Uint8Array(512);
  header.set(bytes('story.txt'), 0);
  header.set(bytes('ustar\u0000'), 257);
  return header;
};

describe('recogniseForeignFormat', () => {
  it.each([
    ['a PDF document', bytes('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj')],
    ['an RTF document', bytes('{\\rtf1\\ansi\\deff0 {\\fonttbl}')],
    ['a Word document (DOCX)', zip('[Content_Types].xml word/document.xml')],
    ['an OpenDocument text (ODT)', zip('mimetypeapplication/vnd.oasis.opendocument.text')],
    ['an EPUB book', zip('mimetypeapplication/epub+zip')],
    ['a ZIP archive', zip('wires/story.txt')],
    [
      'a Microsoft Office 97–2003 document',
      bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    ],
    ['a PNG image', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ['a JPEG image', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])],
    ['a GIF image', bytes('GIF89a', [1, 0, 1, 0])],
    ['a WebP image', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 ')],
    ['a gzip archive', bytes([0x1f, 0x8b, 0x08, 0, 0, 0])],
    ['a bzip2 archive', bytes('BZh9', [0x31, 0x41, 0x59, 0x26, 0x53, 0x59])],
    ['a tar archive', tar()],
    ['an HTML page', bytes('<!DOCTYPE html>\n<html lang="en"><head><title>x</title>')],
    [
      'an HTML page',
      new TextEncoder().encode('\ufeff  <!-- saved page -->\n<html>\n<body><p>Story</p>'),
    ],
    ['an HTML page', bytes('<meta charset="utf-8"><title>Story</title>')],
    ['an XML document', bytes('<?xml version="1.0"?>\n<nitf><head>')],
  ])('recognises %s', (name, input) => {
    expect(recogniseForeignFormat(input)?.name).toBe(name);
  });

  it.each([
    [
      'a story that mentions markup',
      'Web Firm Drops <html> Tags\n\nThe <html> element opens every page.\n',
    ],
    ['a story opening with a bracket', '<Corrected> Harbour Council Votes\n\nText.\n'],
    ['a story that starts like an archive name', 'BZh, the band, played on Tuesday.\n'],
    ['a percent sign', '%PDF is not a word; 5% of readers.\n'],
    ['a wire story', PIER],
  ])('leaves plain text alone: %s', (_, text) => {
    expect(recogniseForeignFormat(new TextEncoder().encode(text))).toBeNull();
  });
});

describe('copydesk refuses documents that are not text', () => {
  it('names the format and what to run instead, exit 1, and converts the rest', async () => {
    const ws = workspace({
      'report.pdf': bytes('%PDF-1.4\n%\u00e2\u00e3\n'),
      'page.html': '<!doctype html><html><body><h1>Headline</h1></body></html>\n',
      'a.txt': PIER,
    });
    cleanup = ws.cleanup;
    const result = await runCli(['-f', 'ndjson', 'report.pdf', 'page.html', 'a.txt'], {
      cwd: ws.dir,
    });
    expect(result.code).toBe(1);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(
      /^report\.pdf\s+error\s+Unexpected a PDF document, expected plain text: `pdftotext -layout report\.pdf - \| copydesk`\s+unsupported-format$/m,
    );
    expect(result.stderr).toMatch(
      /^page\.html\s+error\s+Unexpected an HTML page, expected plain text: .*`pandoc -t plain page\.html \| copydesk`\s+unsupported-format$/m,
    );
  });

  it('answers a URL with the command that fetches it, exit 2', async () => {
    const result = await runCli(['https://example.com/story?id=1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^https:\/\/example\.com\/story\?id=1\s+error\s+copydesk reads files, not URLs: `curl -s 'https:\/\/example\.com\/story\?id=1' \| copydesk`\s+url-operand$/m,
    );
  });
});
