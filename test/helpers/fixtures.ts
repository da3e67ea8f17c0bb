import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import type { ArticleJson } from '../../src/render/json.js';
import type { StoryOptions } from '../../src/story.js';
import { formatStory } from '../../src/story.js';

/** The repository's golden fixture folder. */
export const FIXTURES: string = new URL('../../fixtures/', import.meta.url).pathname;

/** One golden case: its name, input bytes and options. */
export interface FixtureCase {
  name: string;
  dir: string;
  input: Uint8Array;
  options: Partial<StoryOptions>;
}

/** Every fixture folder with an input.txt, in name order. */
export function loadFixtures(): FixtureCase[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(FIXTURES, entry.name, 'input.txt')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const dir = join(FIXTURES, name);
      const optionsPath = join(dir, 'options.json');
      const options = existsSync(optionsPath)
        ? (JSON.parse(readFileSync(optionsPath, 'utf8')) as Partial<StoryOptions>)
        : {};
      return { name, dir, input: readFileSync(join(dir, 'input.txt')), options };
    });
}

/** The three renderings of a fixture, as the CLI would print them. */
export function renderFixture(fixture: FixtureCase): {
  json: ArticleJson[];
  jsonText: string;
  markdown: string;
  terminal: string;
} {
  const path = `fixtures/${fixture.name}/input.txt`;
  const json = formatStory(fixture.input, { ...fixture.options, format: 'json', path }).map(
    (result) => result.json as ArticleJson,
  );
  const markdown = formatStory(fixture.input, { ...fixture.options, format: 'markdown', path })
    .map((result) => result.output)
    .join('\n');
  const terminal = formatStory(fixture.input, {
    ...fixture.options,
    format: 'terminal',
    path,
    chalk: new Chalk({ level: 0 }),
    width: 80,
  })
    .map((result) => result.output)
    .join('\n');
  const jsonText = `${JSON.stringify(json.length === 1 ? json[0] : json, null, 2)}\n`;
  return { json, jsonText, markdown, terminal };
}
