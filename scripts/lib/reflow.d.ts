import type { FromWireOptions, FromWireResult } from '../../src/parse/from-wire.js';
import type { ArticleJson } from '../../src/render/json.js';

/** A shape a story is re-fed in. */
export type ReflowShape = 'one-line' | 'crlf' | 'indented-60';
/** The shapes a story is re-fed in. */
export const REFLOW_SHAPES: ReflowShape[];
type FromWire = (text: string, options?: FromWireOptions) => FromWireResult;
/** One story's text in a shape, from the blocks `fromWire` finds in it. */
export function reshapeStory(
  text: string,
  shape: Exclude<ReflowShape, 'crlf'>,
  fromWire: FromWire,
  options?: FromWireOptions,
): string;
/** A whole input in a shape; framing around the stories stays as it is. */
export function reshapeInput(
  input: string,
  stories: Array<{ offset: number; text: string; iptc: boolean }>,
  shape: ReflowShape,
  fromWire: FromWire,
): string;
/** The fields a reshaped story must keep, white space aside. */
export function reflowFields(story: ArticleJson): unknown;
