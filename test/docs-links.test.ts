import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

describe('documentation links', () => {
  it.each(['README.md', 'docs/design.md', 'BENCHMARKS.md'])(
    'links from %s only to files that exist',
    (doc) => {
      const text = readFileSync(join(ROOT, doc), 'utf8');
      const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g)]
        .map((match) => match[1] ?? '')
        .filter((target) => !/^[a-z]+:/i.test(target) && !target.startsWith('#'));
      for (const target of targets) {
        const path = join(dirname(join(ROOT, doc)), target.split('#')[0] ?? '');
        expect(existsSync(path), `${doc} → ${target}`).toBe(true);
      }
    },
  );
});
