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
    // Laid out as an array element, in one native pass (see `element`).
    const text = element(value);
    this.#count++;
    if (this.#count === 1) {
      this.#first = text;
      return '';
    }
    if (this.#count === 2) {
      const head = `[\n${this.#first},\n${text}`;
      this.#first = '';
      return head;
    }
    return `,\n${text}`;
  }

  /** The text that closes the output: the lone value, the array's end, or nothing. */
  end(): string {
    if (this.#count === 0) return '';
    // A lone value prints bare: undo the element's one level of indentation.
    if (this.#count === 1) return `${this.#first.slice(2).replaceAll('\n  ', '\n')}\n`;
    return '\n]\n';
  }
}

/**
 * A value as JSON.stringify(list, null, 2) lays out an element of a list:
 * indented by two spaces. Stringifying a one-element array and cutting its
 * brackets does that natively (JSON strings hold no raw line breaks).
 */
function element(value: unknown): string {
  const text = JSON.stringify([value], null, 2);
  return text.slice(2, -2);
}
