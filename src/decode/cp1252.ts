/**
 * Windows-1252 bytes 0x80–0x9F as the WHATWG Encoding Standard maps them.
 *
 * Why our own table: Node 20.18.3 and later decode `windows-1252` 0x80–0x9F to
 * C1 control code points (nodejs/node#56542), which turns `’` into U+0092.
 * The five bytes the standard leaves undefined map to their C1 code points.
 */
export const CP1252_HIGH: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/** Decodes bytes as Windows-1252 with the standard mapping for 0x80–0x9F. */
export function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  const chunk: number[] = [];
  for (const byte of bytes) {
    chunk.push(byte >= 0x80 && byte <= 0x9f ? (CP1252_HIGH[byte - 0x80] ?? byte) : byte);
    if (chunk.length >= 8192) {
      out += String.fromCharCode(...chunk);
      chunk.length = 0;
    }
  }
  return out + String.fromCharCode(...chunk);
}

const reverse = new Map<number, number>();
for (let byte = 0; byte < 0x100; byte++) {
  const code = byte >= 0x80 && byte <= 0x9f ? (CP1252_HIGH[byte - 0x80] ?? byte) : byte;
  reverse.set(code, byte);
}

/** Encodes one character to its Windows-1252 byte, or `undefined` when it has none. */
export function cp1252Byte(char: string): number | undefined {
  return reverse.get(char.charCodeAt(0));
}
