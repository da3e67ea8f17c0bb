import { sanitizeForTerminal } from '../../render/sanitize.js';
import type { StoryOutcome } from '../convert.js';
import type { CliFs } from '../fs.js';
import { checkTarget, EXTENSIONS } from '../out-dir.js';
import type { CliFormat } from '../program.js';

/** Where the live feed puts each story. */
export type FeedSink =
  | { kind: 'stdout'; write: (text: string) => Promise<void> | void }
  | { kind: 'dir'; fs: CliFs; real: string; shown: string; force: boolean };

/** The text of one story in the chosen format, complete in itself (one NDJSON line, one document). */
export function storyText(story: StoryOutcome, format: CliFormat): string {
  if (format === 'ndjson') return `${JSON.stringify(story.json)}\n`;
  if (format === 'json') return `${JSON.stringify(story.json, null, 2)}\n`;
  return story.output.endsWith('\n') ? story.output : `${story.output}\n`;
}

/**
 * Writes one story as soon as it is converted: to standard output at once
 * (the caller's writer flushes each call), or as one file written
 * atomically into the out-dir. Resolves to the name written, or throws.
 */
export async function writeStory(
  sink: FeedSink,
  name: string,
  story: StoryOutcome,
  format: CliFormat,
): Promise<string | null> {
  const text = storyText(story, format);
  if (sink.kind === 'stdout') {
    await sink.write(text);
    return null;
  }
  const file = `${name}${EXTENSIONS[format]}`;
  const target = await checkTarget(sink.fs, sink.real, file, {
    force: sink.force,
    inputs: new Set(),
  });
  await sink.fs.writeAtomic(target, text, sink.force);
  return sanitizeForTerminal(`${sink.shown}/${file}`);
}
