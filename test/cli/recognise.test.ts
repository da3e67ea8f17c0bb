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
    ['PDF document', bytes('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj')],
    ['RTF document', bytes('{\\rtf1\\ansi\\deff0 {\\fonttbl}')],
    ['Word document (DOCX)', zip('[Content_Types].xml word/document.xml')],
    ['OpenDocument text (ODT)', zip('mimetypeapplication/vnd.oasis.opendocument.text')],
    ['EPUB book', zip('mimetypeapplication/epub+zip')],
    ['ZIP archive', zip('wires/story.txt')],
    ['Microsoft Office 97–2003 document', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
    ['PNG image', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ['JPEG image', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])],
    ['GIF image', bytes('GIF89a', [1, 0, 1, 0])],
    ['WebP image', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 ')],
    ['gzip archive', bytes([0x1f, 0x8b, 0x08, 0, 0, 0])],
    ['bzip2 archive', bytes('BZh9', [0x31, 0x41, 0x59, 0x26, 0x53, 0x59])],
    ['tar archive', tar()],
    ['HTML page', bytes('<!DOCTYPE html>\n<html lang="en"><head><title>x</title>')],
    [
      'HTML page',
      new TextEncoder().encode('\ufeff  <!-- saved page -->\n<html>\n<body><p>Story</p>'),
    ],
    ['HTML page', bytes('<meta charset="utf-8"><title>Story</title>')],
    ['XML document', bytes('<?xml version="1.0"?>\n<nitf><head>')],
  ])('recognises %s', (name, input) => {
    expect(recogniseForeignFormat(input)?.name).toBe(name);
  });

  it.each([
    [
      'a story that mentions markup',
      'Web Firm Drops <html> Tags\n\nThe <html> element opens every page.\n',
    ],
    ['story opening with a bracket', '<Corrected> Harbour Council Votes\n\nText.\n'],
    ['story that starts like an archive name', 'BZh, the band, played on Tuesday.\n'],
    ['percent sign', '%PDF is not a word; 5% of readers.\n'],
    ['wire story', PIER],
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
      /^report\.pdf\s+error\s+Unexpected PDF document, expected plain text: `pdftotext -layout report\.pdf - \| copydesk`\s+unsupported-format$/m,
    );
    expect(result.stderr).toMatch(
      /^page\.html\s+error\s+Unexpected HTML page, expected plain text: .*`pandoc -t plain page\.html \| copydesk`\s+unsupported-format$/m,
    );
  });

  it('answers a URL with the command that fetches it, exit 2', async () => {
    const result = await runCli(['https://example.com/story?id=1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^https:\/\/example\.com\/story\?id=1\s+error\s+copydesk reads files, not URLs: `curl -s 'https:\/\/example\.com\/story\?id=1' \| copydesk`\s+url-operand$/m,
    );
    // No file= for GitHub: a URL is no file an annotation could point at.
    const github = await runCli(['--report', 'github', 'https://example.com/a']);
    expect(github.stderr).toBe(
      '::error title=copydesk url-operand::copydesk reads files, not URLs: `curl -s https://example.com/a | copydesk`\n',
    );
  });
});
