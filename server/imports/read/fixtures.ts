/**
 * Fixture builders for the reading tests: text encoded the way a local Excel saves it. The single-byte
 * encoders are built from the decoders, so they cover exactly the characters the code page has.
 */

export type SingleByteEncoding = "windows-1250" | "windows-1251";

const encoderTables = new Map<SingleByteEncoding, Map<string, number>>();

function encoderTable(encoding: SingleByteEncoding): Map<string, number> {
  const cached = encoderTables.get(encoding);
  if (cached) return cached;
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let byte = 0; byte <= 0xff; byte++) {
    const ch = decoder.decode(Uint8Array.of(byte));
    if (ch !== "\ufffd" && !table.has(ch)) table.set(ch, byte);
  }
  encoderTables.set(encoding, table);
  return table;
}

/** Text → bytes in a Windows code page; a character the page lacks is an error. */
export function encodeSingleByte(text: string, encoding: SingleByteEncoding): Uint8Array {
  const table = encoderTable(encoding);
  const bytes: number[] = [];
  for (const ch of text) {
    const byte = table.get(ch);
    if (byte === undefined) throw new Error(`${encoding} has no ${JSON.stringify(ch)}`);
    bytes.push(byte);
  }
  return Uint8Array.from(bytes);
}

/** Text → UTF-8 bytes, optionally with the byte order mark Excel writes. */
export function encodeUtf8(text: string, withBom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!withBom) return body;
  const bytes = new Uint8Array(body.length + 3);
  bytes.set([0xef, 0xbb, 0xbf]);
  bytes.set(body, 3);
  return bytes;
}
