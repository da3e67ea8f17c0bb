import type { Point } from 'unist';
import type { Removed } from '../types.js';
import { EOT, ETX, SOH, STX } from './framing.js';
import {
  cutTransmissions,
  detectFraming,
  type InputFormat,
  type Story,
  splitStories,
  wholeInput,
} from './split-stories.js';

/** Options for {@link IncrementalSplitter}. */
export interface IncrementalOptions {
  /** Input format, as for the batch splitter (`auto` detects framing from the first bytes). */
  from: InputFormat;
  /** Plain text: a line holding exactly this ends a story (the line itself is framing). */
  separator?: string;
  /**
   * Characters held without a complete story before they are given up as a
   * garbled transmission (reported, never merged into the next story).
   */
  maxBuffer?: number;
  /**
   * `stories` (default): story events. `segments`: the raw text of each
   * complete piece instead (whole transmissions, or one plain-text story),
   * for a caller that decodes and converts it as the batch command does.
   */
  emit?: 'stories' | 'segments';
}

/** What the splitter has to say after a piece of input. */
export type SplitEvent =
  | { kind: 'story'; story: Story }
  /** Framing after the last story that no story takes (the batch splitter gives it to the last story). */
  | { kind: 'leftover'; removed: Removed[] }
  /** Text given up: a transmission longer than `maxBuffer` that never completed. */
  | { kind: 'discarded'; line: number; characters: number }
  /** In `segments` mode: a complete piece of the stream, and the input line it starts on. */
  | {
      kind: 'segment';
      text: string;
      framing: 'anpa' | 'iptc7901' | 'text' | 'markdown';
      line: number;
      final: boolean;
    };

/** The default plain-text separator: a line holding only a form feed, the classic page break. */
export const DEFAULT_SEPARATOR = '\f';

/** Default `maxBuffer`: far above any story, far below what a long feed could pile up. */
export const DEFAULT_MAX_BUFFER: number = 8 * 1024 * 1024;

/** How far into the input `auto` looks for the first SOH (as the batch splitter does). */
const DETECT_WINDOW = 512;
/** How much of the header after SOH the detection reads. */
const DETECT_HEAD = 200;
const FRAMING_CHARS = /[\u0001-\u0004\n]/;

/** A position in the whole input. */
interface Base {
  line: number;
  column: number;
  offset: number;
}

/** Moves a point of a piece of text cut at `base` to where it stands in the whole input. */
function shiftPoint(point: Point, base: Base): Point {
  const shifted: Point = {
    line: point.line + base.line - 1,
    column: point.line === 1 ? point.column + base.column - 1 : point.column,
  };
  if (point.offset !== undefined) shifted.offset = point.offset + base.offset;
  return shifted;
}

function shiftStory(story: Story, base: Base): Story {
  return {
    ...story,
    start: shiftPoint(story.start, base),
    removed: story.removed.map((item) => ({ ...item, line: item.line + base.line - 1 })),
    messages: story.messages.map((message) => ({
      ...message,
      place: shiftPoint(message.place, base),
    })),
  };
}

/** Where the whole transmissions in `text` end (the end of the last complete one), or -1. */
export function completeTransmissionsEnd(text: string): number {
  let cut = -1;
  let position = 0;
  for (;;) {
    const soh = text.indexOf(SOH, position);
    if (soh < 0) return cut;
    const next = text.indexOf(SOH, soh + 1);
    const limit = next < 0 ? Number.POSITIVE_INFINITY : next;
    const stx = text.indexOf(STX, soh);
    if (stx < 0 || stx > limit) {
      // A header with no text: it goes with the next story, as in the batch splitter.
      if (next < 0) return cut;
      position = next;
      continue;
    }
    const etx = text.indexOf(ETX, stx);
    if (etx < 0 || etx > limit) {
      // Truncated: the story runs to the next header, which starts the next one.
      if (next < 0) return cut;
      cut = next;
      position = next;
      continue;
    }
    const eot = text.indexOf(EOT, etx);
    if (eot >= 0 && eot <= limit) {
      cut = eot + 1;
      position = eot + 1;
      continue;
    }
    // No EOT: the trailer is the rest of the ETX line, known once the next header came.
    if (next < 0) return cut;
    const lineEnd = text.indexOf('\n', etx);
    cut = lineEnd < 0 || lineEnd > limit ? limit : lineEnd;
    position = next;
  }
}

/**
 * Splits a stream into stories as it arrives: each story as soon as its
 * transmission is complete (EOT, or the next header after a truncated one),
 * or, for plain text, its separator line. For transmissions it gives the
 * same stories as {@link splitStories} over the whole text, however the
 * stream is cut into chunks; only the framing after the last story, which
 * the batch splitter gives to the last story, comes as a `leftover` event
 * at the end (the story went out before that text arrived).
 */
export class IncrementalSplitter {
  readonly #from: InputFormat;
  readonly #separator: string;
  readonly #maxBuffer: number;
  #framing: 'anpa' | 'iptc7901' | 'text' | 'markdown' | null;
  #buffer = '';
  /** Where `#buffer` starts in the whole input. */
  #base: Base = { line: 1, column: 1, offset: 0 };
  #emitted = 0;
  readonly #segments: boolean;
  /** A framing byte or line end arrived since the last cut: a story may be complete. */
  #mayCut = false;

  constructor(options: IncrementalOptions) {
    this.#segments = options.emit === 'segments';
    this.#from = options.from;
    this.#separator = options.separator ?? DEFAULT_SEPARATOR;
    this.#maxBuffer = options.maxBuffer ?? DEFAULT_MAX_BUFFER;
    this.#framing = options.from === 'auto' ? null : options.from;
  }

  /** The framing in use, once decided (`auto` decides from the first bytes). */
  get framing(): string | null {
    return this.#framing;
  }

  /** Characters held, waiting for the rest of a story. */
  get buffered(): number {
    return this.#buffer.length;
  }

  /** The text held, waiting for the rest of a story. */
  get pending(): string {
    return this.#buffer;
  }

  /** Takes the next piece of the stream; returns what it completed. */
  push(chunk: string): SplitEvent[] {
    if (chunk === '') return [];
    this.#buffer += chunk;
    // Nothing completes without a framing character or a line end.
    if (FRAMING_CHARS.test(chunk)) this.#mayCut = true;
    if (this.#framing === null) this.#framing = this.#detect(false);
    if (this.#framing === null) return [];
    const events: SplitEvent[] = [];
    if (this.#mayCut) this.#cutComplete(events);
    if (this.#buffer.length > this.#maxBuffer) this.#discard(events);
    return events;
  }

  /** The end of the stream: whatever is left, cut as the batch splitter cuts the end of an input. */
  end(): SplitEvent[] {
    const framing = this.#framing ?? this.#detect(true) ?? 'text';
    this.#framing = framing;
    const events: SplitEvent[] = [];
    this.#cutComplete(events);
    const rest = this.#buffer;
    if (rest === '') return events;
    if (this.#segments) {
      events.push({ kind: 'segment', text: rest, framing, line: this.#base.line, final: true });
    } else if (framing === 'text' || framing === 'markdown') {
      if (rest.trim() !== '' || this.#emitted === 0)
        this.#emit(events, [wholeInput(rest, framing, [])]);
    } else {
      const pieces = cutTransmissions(rest, framing);
      if (pieces.stories.length > 0) {
        const last = pieces.stories.at(-1) as Story;
        for (const piece of pieces.leftover) last.removed.push(piece);
        this.#emit(events, pieces.stories);
      } else if (this.#emitted === 0) {
        // No story anywhere: the whole input as one, as the batch splitter reads it.
        this.#emit(events, splitStories(rest, framing));
      } else if (pieces.leftover.length > 0) {
        const line = this.#base.line - 1;
        events.push({
          kind: 'leftover',
          removed: pieces.leftover.map((item) => ({ ...item, line: item.line + line })),
        });
      }
    }
    this.#advance(rest.length);
    return events;
  }

  /** Decides the framing from the buffer, or null while it could still change. */
  #detect(atEnd: boolean): 'anpa' | 'iptc7901' | 'text' | null {
    const text = this.#buffer;
    const soh = text.indexOf(SOH);
    if (soh < 0 || soh > DETECT_WINDOW) {
      if (atEnd || text.length > DETECT_WINDOW) return 'text';
      // A separator line before any header: plain text, no need to wait.
      return this.#separatorAt(text) >= 0 ? 'text' : null;
    }
    if (atEnd || text.length >= soh + 1 + DETECT_HEAD || text.includes(EOT, soh))
      return detectFraming(text);
    return null;
  }

  /** Offset of the first separator line in `text`, or -1. */
  #separatorAt(text: string): number {
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      const line = text.slice(start, end).replace(/\r$/, '');
      if (line === this.#separator) return start;
      start = end + 1;
    }
    return -1;
  }

  #cutComplete(events: SplitEvent[]): void {
    this.#mayCut = false;
    const framing = this.#framing;
    if (framing === 'text' || framing === 'markdown') {
      let at = this.#separatorAt(this.#buffer);
      while (at >= 0) {
        const text = this.#buffer.slice(0, at);
        const lineEnd = this.#buffer.indexOf('\n', at);
        if (text.trim() !== '') {
          if (this.#segments)
            events.push({ kind: 'segment', text, framing, line: this.#base.line, final: false });
          else this.#emit(events, [wholeInput(text, framing, [])]);
        }
        this.#advance(lineEnd + 1);
        at = this.#separatorAt(this.#buffer);
      }
      return;
    }
    if (framing === null) return;
    const cut = completeTransmissionsEnd(this.#buffer);
    if (cut <= 0) return;
    const text = this.#buffer.slice(0, cut);
    if (this.#segments)
      events.push({ kind: 'segment', text, framing, line: this.#base.line, final: false });
    else this.#emit(events, cutTransmissions(text, framing).stories);
    this.#advance(cut);
  }

  #emit(events: SplitEvent[], stories: Story[]): void {
    for (const story of stories) {
      events.push({ kind: 'story', story: shiftStory(story, this.#base) });
      this.#emitted++;
    }
  }

  /** Drops `length` characters from the buffer, keeping the base position true. */
  #advance(length: number): void {
    const gone = this.#buffer.slice(0, length);
    this.#buffer = this.#buffer.slice(length);
    let lines = 0;
    let last = -1;
    for (let index = gone.indexOf('\n'); index >= 0; index = gone.indexOf('\n', index + 1)) {
      lines++;
      last = index;
    }
    this.#base = {
      line: this.#base.line + lines,
      column: last < 0 ? this.#base.column + gone.length : gone.length - last,
      offset: this.#base.offset + gone.length,
    };
  }

  /** Gives up a buffer that grew past `maxBuffer` without completing a story. */
  #discard(events: SplitEvent[]): void {
    // Keep a header that arrived late: the story it opens may still complete.
    const lastHeader = this.#buffer.lastIndexOf(SOH);
    const drop = lastHeader > 0 ? lastHeader : this.#buffer.length;
    events.push({ kind: 'discarded', line: this.#base.line, characters: drop });
    this.#advance(drop);
  }
}
