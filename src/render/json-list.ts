/**
 * Prints a sequence of JSON values one at a time, exactly as
 * `JSON.stringify(values.length === 1 ? values[0] : values, null, 2)` plus a
 * newline would print them all at once, so that a run over many stories
 * never holds more than one story's output.
 */
export class JsonListWriter {
  #count = 0;
  /** The first value, held back until we know whether an array follows. */
  #first = '';

  /** Adds a value; returns the text to write now (possibly empty). */
  push(value: unknown): string {
    const text = JSON.stringify(value, null, 2);
    this.#count++;
    if (this.#count === 1) {
      this.#first = text;
      return '';
    }
    if (this.#count === 2) {
      const head = `[\n${indent(this.#first)},\n${indent(text)}`;
      this.#first = '';
      return head;
    }
    return `,\n${indent(text)}`;
  }

  /** The text that closes the output: the lone value, the array's end, or nothing. */
  end(): string {
    if (this.#count === 0) return '';
    if (this.#count === 1) return `${this.#first}\n`;
    return '\n]\n';
  }
}

/** One level of array indentation; JSON strings hold no raw line breaks, so every `\n` is layout. */
function indent(text: string): string {
  return `  ${text.replaceAll('\n', '\n  ')}`;
}
