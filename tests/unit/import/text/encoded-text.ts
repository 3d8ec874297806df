// Bytes of files as people have them: binary, old Latin-1, UTF-16 either way round.

/** The start of a PNG image: what a photo renamed .txt begins with. */
export const PNG_START = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);

/** "Café au lait." as Latin-1 (Windows-1252): é is the lone byte 0xE9. */
export const LATIN1 = new Uint8Array([
  0x43, 0x61, 0x66, 0xe9, 0x20, 0x61, 0x75, 0x20, 0x6c, 0x61, 0x69, 0x74, 0x2e,
]);

/** `text` as UTF-16 little-endian, with its byte order mark (as Windows Notepad saved it). */
export function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 + i * 2] = code & 0xff;
    bytes[3 + i * 2] = code >> 8;
  }
  return bytes;
}

/** `text` as UTF-16 without a byte order mark, either way round. */
export function utf16WithoutMark(text: string, endian: 'le' | 'be'): Uint8Array {
  return utf16le(text)
    .subarray(2)
    .map((_, i, bytes) => (endian === 'le' ? bytes[i] : bytes[i ^ 1]) ?? 0);
}
