/** The default `--max-size`: larger inputs are refused before decoding. */
export const DEFAULT_MAX_SIZE: number = 50 * 1024 * 1024;

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/**
 * Reads a size such as `50MB`, `512k`, `1G` or `1000` (bytes). K, M and G are
 * powers of 1024; a trailing `B` or `iB` is optional. Returns null when the
 * text is not a size.
 */
export function parseSize(text: string): number | null {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?$/i.exec(text.trim());
  if (!match) return null;
  const unit = UNITS[(match[2] ?? '').toLowerCase()] ?? 1;
  return Math.floor(Number(match[1]) * unit);
}

/** A size for people: `52.4 MB`, `900 KB`, `12 bytes`. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${Number((bytes / 1024 ** 2).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`;
  return `${bytes} byte${bytes === 1 ? '' : 's'}`;
}

/** Thrown for input over the size limit; the CLI turns it into a one-line error. */
export class InputTooLargeError extends Error {
  /** `size` is null when reading stopped at the limit, before the end of a stream. */
  constructor(size: number | null, limit: number) {
    super(
      `input is ${size === null ? 'larger than' : `${formatSize(size)}, over`} the --max-size limit of ${formatSize(limit)} (raise it with --max-size, e.g. --max-size 200MB)`,
    );
    this.name = 'InputTooLargeError';
  }
}

/**
 * Refuses input over `limit` bytes (0 or Infinity: no limit).
 *
 * @throws {InputTooLargeError}
 */
export function checkSize(size: number, limit: number): void {
  if (limit > 0 && size > limit) throw new InputTooLargeError(size, limit);
}
