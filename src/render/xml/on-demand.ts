import type * as xmlModule from './formats.js';

/**
 * The XML formats (NewsML-G2, NITF), loaded on demand like the modules of
 * src/optional.ts, so that a run printing JSON, Markdown or the terminal view
 * does not load them (they pull in node:crypto for item identities). A
 * registry of its own because the XML renderers themselves use src/optional.ts
 * (the Markdown parser): registering them there would tie the two in a cycle.
 * src/story.ts registers them statically; the CLI calls {@link loadXmlFormats}.
 */
let loaded: typeof xmlModule | undefined;

/** Registers the XML formats that a caller imported itself (statically). */
export function provideXmlFormats(module: typeof xmlModule): void {
  loaded = module;
}

/** Loads the XML formats, once. */
export async function loadXmlFormats(): Promise<void> {
  loaded ??= await import('./formats.js');
}

/** The XML renderers and their compiler plugin, once loaded. */
export function xmlFormats(): typeof xmlModule {
  if (!loaded)
    throw new Error(
      'Missing the XML renderers: call `await loadXmlFormats()` before formatting, or use src/story.ts, which does',
    );
  return loaded;
}
