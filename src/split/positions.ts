import type { Point } from 'unist';

/** Finds the line and column of offsets in one text, in logarithmic time per look-up. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) {
      this.starts.push(index + 1);
    }
  }

  /** The 1-based point of a 0-based offset. */
  point(offset: number): Point {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] as number) + 1, offset };
  }

  /** The 1-based line of a 0-based offset. */
  line(offset: number): number {
    return this.point(offset).line;
  }
}
