import { InputTooLargeError } from '../decode/limits.js';

/**
 * Reads a stream to its end, but never more than `limit` bytes (0: no
 * limit): past the limit it stops reading, destroys the stream and throws,
 * so `/dev/zero`, an endless FIFO or a huge pipe costs at most `limit` bytes
 * of memory. Reading is asynchronous, so signals (Ctrl-C) are handled while
 * it waits.
 *
 * @throws {InputTooLargeError} once more than `limit` bytes arrived.
 */
export async function readStreamBounded(
  stream: NodeJS.ReadableStream & { destroy?: () => void },
  limit: number,
): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buffer.length;
    if (limit > 0 && total > limit) {
      stream.destroy?.();
      throw new InputTooLargeError(null, limit);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, total);
}
