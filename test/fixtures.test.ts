import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unaccountedWords } from '../src/account/account.js';
import { decode } from '../src/decode/decode.js';
import type { ArticleJson } from '../src/render/json.js';
import { formatStory } from '../src/story.js';
import { loadFixtures, renderFixture } from './helpers/fixtures.js';
import { schemaErrors, validateStory } from './helpers/schema.js';

const update = process.env.UPDATE === '1';
const fixtures = loadFixtures();

/** Compares with a golden file; UPDATE=1 writes it. A missing golden file fails. */
function golden(path: string, actual: string): void {
  if (update) {
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path))
    throw new Error(
      `Missing golden file ${path}: run UPDATE=1 npx vitest run test/fixtures.test.ts and review it`,
    );
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

/** The metadata that must survive a round trip through copydesk's own Markdown. */
function metadata(article: ArticleJson) {
  return {
    headline: article.headline,
    kicker: article.kicker,
    deck: article.deck,
    authors: article.byline?.authors.map((author) => author.name) ?? null,
    dateline: article.dateline && {
      text: article.dateline.text,
      location: article.dateline.location,
      date: article.dateline.date,
      agency: article.dateline.agency,
    },
    credits: article.credits.map((credit) => ({
      role: credit.role,
      names: credit.names,
      organization: credit.organization,
    })),
    copyright: article.copyright?.text ?? null,
    published: article.published && {
      text: article.published.text,
      isoDate: article.published.isoDate,
    },
  };
}

it('has at least 25 golden fixtures', () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(25);
});

describe.each(fixtures.map((fixture) => [fixture.name, fixture] as const))(
  'fixture %s',
  (_name, fixture) => {
    const rendered = renderFixture(fixture);

    it('matches expected.json, expected.md and expected.txt', () => {
      golden(join(fixture.dir, 'expected.json'), rendered.jsonText);
      golden(join(fixture.dir, 'expected.md'), rendered.markdown);
      golden(join(fixture.dir, 'expected.txt'), rendered.terminal);
    });

    it('validates against the JSON Schema', () => {
      for (const story of rendered.json) expect(validateStory(story), schemaErrors()).toBe(true);
    });

    it('accounts for every input word', () => {
      expect(unaccountedWords(decode(fixture.input).text, rendered.json)).toEqual([]);
    });

    it('yields the same metadata when its Markdown is read back', () => {
      if (rendered.json.length !== 1) return;
      const [again] = formatStory(rendered.markdown, { format: 'json', from: 'markdown' });
      expect(metadata(again?.json as ArticleJson)).toEqual(
        metadata(rendered.json[0] as ArticleJson),
      );
    });

    it('renders byte-identical output twice', () => {
      expect(renderFixture(fixture).jsonText).toBe(rendered.jsonText);
    });

    it('has no ESC byte in any output at colour level 0', () => {
      expect(rendered.terminal + rendered.markdown).not.toMatch(/\u001b/);
    });
  },
);
