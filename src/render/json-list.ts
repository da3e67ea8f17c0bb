/**
 * Prints a JSON array one element at a time, exactly as
 * `JSON.stringify(values, null, 2)` plus a newline prints it all at once, so
 * that a run over many stories never holds more than one story's output.
 * Each element comes in already printed (`JSON.stringify(value, null, 2)`,
 * with or without its final newline): workers print it where they convert.
 */
export class JsonListWriter {
  #count = 0;

  /** Adds one printed value; returns the text to write now. */
  push(printed: string): string {
    const text = element(printed);
    return this.#count++ === 0 ? `[\n${text}` : `,\n${text}`;
  }

  /** The text that closes the array (an empty one when nothing was pushed). */
  end(): string {
    return this.#count === 0 ? '[]\n' : '\n]\n';
  }
}

/**
 * A printed value laid out as an element of a list: one level deeper, two
 * spaces. JSON text holds line breaks only between tokens (a string escapes
 * its own), so indenting every line is exactly what JSON.stringify does.
 */
function element(printed: string): string {
  const text = printed.endsWith('\n') ? printed.slice(0, -1) : printed;
  return `  ${text.replaceAll('\n', '\n  ')}`;
}
