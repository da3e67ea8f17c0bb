import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString as mdastToString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { readBack, schemaErrors, type XmlFormat } from '../../scripts/lib/iptc-xml.js';
import { BinaryInputError } from '../../src/decode/decode.js';
import type { ArticleJson } from '../../src/render/json.js';
import { renderNewsMessage } from '../../src/render/newsml-g2.js';
import { formatStory } from '../../src/story.js';
import { loadFixtures } from '../helpers/fixtures.js';
import { hostileInput, PAYLOADS, seedTexts } from '../support/mutations.js';

const FORMATS: XmlFormat[] = ['newsmlg2', 'nitf'];
const VERSION_CREATED = '2024-10-01T12:00:00Z';
/** Characters XML 1.0 forbids, C1 controls and invisible bidi/zero-width ones: never raw in the output. */
const RAW_FORBIDDEN =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;

/** The text of the JSON body, block by block, as Markdown reads it (the oracle for read-back). */
function bodyText(body: string): string {
  return fromMarkdown(body)
    .children.map((node) => mdastToString(node))
    .join('\n\n');
}

/** Both documents of each story of an input, with the story's JSON. */
function convert(input: Uint8Array | string, options = {}) {
  const json = formatStory(input, { ...options, format: 'json' }).map(
    (result) => result.json as ArticleJson,
  );
  const documents = Object.fromEntries(
    FORMATS.map((format) => [
      format,
      formatStory(input, { ...options, format, versionCreated: VERSION_CREATED }).map(
        (result) => result.output,
      ),
    ]),
  ) as Record<XmlFormat, string[]>;
  return { json, documents };
}

/** Asserts that a document is valid, safe, and reads back as the story's JSON. */
function expectFaithful(xml: string, format: XmlFormat, story: ArticleJson): void {
  expect(xml).not.toMatch(RAW_FORBIDDEN);
  expect(schemaErrors(xml, format)).toEqual([]);
  const back = readBack(xml, format);
  expect(back.headline).toBe(story.headline);
  expect(back.deck).toBe(story.deck);
  expect(back.byline).toBe(story.byline?.text ?? null);
  expect(back.dateline).toBe(story.dateline?.text ?? null);
  expect(back.location).toBe(story.dateline?.location ?? null);
  expect(back.body).toBe(bodyText(story.body));
}

describe('the validator', () => {
  it("accepts IPTC's own example news item", () => {
    const example = readFileSync(
      new URL('../../schema/iptc/example-newsitem.xml', import.meta.url),
      'utf8',
    );
    expect(schemaErrors(example, 'newsmlg2')).toEqual([]);
  });

  it('rejects a news item without its required metadata, and a NITF headline without hl1', () => {
    expect(
      schemaErrors('<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"/>', 'newsmlg2').length,
    ).toBeGreaterThan(0);
    const nitf =
      '<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body><body.head><hedline><hl2>x</hl2></hedline></body.head></body></nitf>';
    expect(schemaErrors(nitf, 'nitf').length).toBeGreaterThan(0);
  });
});

describe.each(loadFixtures().map((fixture) => [fixture.name, fixture] as const))(
  'fixture %s',
  (name, fixture) => {
    const options = { ...fixture.options, path: `fixtures/${name}/input.txt` };
    const { json, documents } = convert(fixture.input, options);
    for (const format of FORMATS) {
      it(`${format}: validates and reads back headline, byline, dateline and body`, () => {
        expect(documents[format]).toHaveLength(json.length);
        for (const [index, story] of json.entries())
          expectFaithful(documents[format][index] as string, format, story);
      });
    }
  },
);

describe('generated stories', () => {
  // 100 stories npm test can reach without the corpus: seeds mutated, wire-like
  // text, arbitrary strings and bytes (fixed seed, so a failure repeats).
  const samples = fc.sample(hostileInput(seedTexts()), { numRuns: 100, seed: 20241001 });

  it('validate and read back in both formats, 100 of them', () => {
    let stories = 0;
    for (const bytes of samples) {
      let result: ReturnType<typeof convert>;
      try {
        result = convert(bytes);
      } catch (error) {
        if (error instanceof BinaryInputError) continue;
        throw error;
      }
      for (const format of FORMATS)
        for (const [index, story] of result.json.entries())
          expectFaithful(result.documents[format][index] as string, format, story);
      stories += result.json.length;
    }
    expect(stories).toBeGreaterThanOrEqual(75);
  });
});

describe('hostile payloads', () => {
  const storyWith = (payload: string) => `Council ${payload} Votes on Curfew

By Jane ${payload} Doe

PORTVILLE, March 3 (Reuters) - The council voted ${payload} on Tuesday, officials said.

A second paragraph with ${payload} & <b>markup</b> that is text.

(Reporting by Jane Doe; Editing by Sam Roe)
`;
  for (const [label, payload] of Object.entries(PAYLOADS)) {
    if (payload.includes('\u0000')) continue;
    it(`${label}: well-formed, valid, nothing raw, fields read back`, () => {
      const { json, documents } = convert(storyWith(payload));
      for (const format of FORMATS)
        expectFaithful(documents[format][0] as string, format, json[0] as ArticleJson);
    });
  }

  it('writes bidi and zero-width characters as references, visible in the raw XML', () => {
    const { documents } = convert(storyWith(PAYLOADS['right-to-left override'] ?? ''));
    expect(documents.newsmlg2[0]).toContain('&#x202E;');
    expect(documents.nitf[0]).toContain('&#x202E;');
  });
});

describe('several stories in one stream', () => {
  it('a newsMessage of the items validates and holds each item once', () => {
    const fixture = loadFixtures().find((item) => item.name === 'anpa-multi-story-capture');
    if (!fixture) throw new Error('Missing fixture anpa-multi-story-capture');
    const { json, documents } = convert(fixture.input);
    expect(json.length).toBeGreaterThan(1);
    const message = renderNewsMessage(documents.newsmlg2, VERSION_CREATED);
    expect(schemaErrors(message, 'newsmlg2')).toEqual([]);
    expect(message.match(/<newsItem /g)).toHaveLength(json.length);
  });
});
