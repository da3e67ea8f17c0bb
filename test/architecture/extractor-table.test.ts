import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { EXTRACTOR_TABLE } from '../../src/extract/index.js';

const DESIGN = new URL('../../docs/design.md', import.meta.url);

/** The rows of the extractor table in docs/design.md: plugin, reads, writes. */
function documentedRows(): Array<{ name: string; reads: string[]; writes: string[] }> {
  const text = readFileSync(DESIGN, 'utf8');
  const table = /<!-- extractor-table:start -->([\s\S]*?)<!-- extractor-table:end -->/.exec(text);
  if (!table?.[1]) throw new Error('Missing the extractor table in docs/design.md');
  const cells = (cell: string): string[] =>
    cell.trim() === '—' ? [] : [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1] as string);
  return table[1]
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^\| \d+ \|/.test(line))
    .map((line) => {
      const [, , name = '', reads = '', writes = ''] = line.split('|');
      return { name: cells(name)[0] ?? '', reads: cells(reads), writes: cells(writes) };
    });
}

it('documents every extractor in docs/design.md, in order, with what it reads and writes', () => {
  expect(documentedRows()).toEqual(
    EXTRACTOR_TABLE.map(({ name, reads, writes }) => ({
      name,
      reads: [...reads],
      writes: [...writes],
    })),
  );
});

it('names each extractor after its plugin', () => {
  for (const entry of EXTRACTOR_TABLE) expect(entry.plugin.name).toBe(entry.name);
});
