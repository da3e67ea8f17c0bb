import type { fromMarkdown } from 'mdast-util-from-markdown';
import type { stringify } from 'yaml';
import type { compileTerminal } from './render/terminal.js';

/**
 * Heavy code only some runs need, loaded on demand so that start-up stays
 * fast: the terminal renderer (wrap-ansi and string-width build an
 * `Intl.Segmenter` and Unicode tables, about 35 ms), YAML for front matter
 * (about 10 ms) and micromark for `--from markdown`. src/story.ts (and so the
 * package entry) imports all of it statically and registers it with
 * {@link provideOptional}; the CLI, which uses src/format-story.ts, loads what
 * its options ask for with {@link loadOptional}.
 */
export interface OptionalModules {
  terminal?: typeof compileTerminal;
  yaml?: typeof stringify;
  fromMarkdown?: typeof fromMarkdown;
}

const loaded: OptionalModules = {};

/**
 * Registers optional modules that a caller imported itself (statically, so
 * that no top-level `await` is needed: the package entry does this).
 */
export function provideOptional(modules: OptionalModules): void {
  Object.assign(loaded, modules);
}

/** What a run needs beyond the always-loaded pipeline. */
export interface OptionalNeeds {
  /** The terminal view. */
  terminal?: boolean;
  /** YAML front matter in Markdown output. */
  frontMatter?: boolean;
  /** Reading Markdown input. */
  markdownInput?: boolean;
}

const EVERYTHING: OptionalNeeds = { terminal: true, frontMatter: true, markdownInput: true };

/** Loads the optional modules a run needs (all of them when `needs` is omitted). */
export async function loadOptional(needs: OptionalNeeds = EVERYTHING): Promise<void> {
  const pending: Array<Promise<void>> = [];
  if (needs.terminal && !loaded.terminal)
    pending.push(
      import('./render/terminal.js').then((module) => {
        loaded.terminal = module.compileTerminal;
      }),
    );
  if (needs.frontMatter && !loaded.yaml)
    pending.push(
      import('./render/yaml.js').then((module) => {
        loaded.yaml = module.stringify;
      }),
    );
  if (needs.markdownInput && !loaded.fromMarkdown)
    pending.push(
      import('mdast-util-from-markdown').then((module) => {
        loaded.fromMarkdown = module.fromMarkdown;
      }),
    );
  await Promise.all(pending);
}

function missing(what: string, need: keyof OptionalNeeds): Error {
  return new Error(
    `Missing ${what}: call \`await loadOptional({ ${need}: true })\` before formatting, or use src/story.ts, which does`,
  );
}

/** The terminal renderer plugin, once loaded. */
export function terminalPlugin(): typeof compileTerminal {
  if (!loaded.terminal) throw missing('the terminal renderer', 'terminal');
  return loaded.terminal;
}

/** YAML `stringify`, once loaded. */
export function yamlStringify(): typeof stringify {
  if (!loaded.yaml) throw missing('the YAML writer', 'frontMatter');
  return loaded.yaml;
}

/** mdast-util-from-markdown, once loaded. */
export function markdownParser(): typeof fromMarkdown {
  if (!loaded.fromMarkdown) throw missing('the Markdown parser', 'markdownInput');
  return loaded.fromMarkdown;
}
