/**
 * The tar container of a backup, written and read by hand: POSIX ustar headers of 512 bytes, the
 * entry's bytes padded to a whole block, two empty blocks at the end. A name longer than the header
 * holds, or a size past 8 GiB, goes into a PAX extended header before the entry, as `tar` expects.
 * `tar tvf` lists an archive and `tar xf` unpacks it, so an operator can look inside without us.
 */
import type { FileHandle } from "node:fs/promises";

export const BLOCK = 512;

/** The largest size the 11 octal digits of a ustar header hold. */
const MAX_OCTAL_SIZE = 0o77777777777;

const padding = (size: number) => (BLOCK - (size % BLOCK)) % BLOCK;

/** The bytes from one header to the next: the header, the data and its padding. */
export const paddedSize = (size: number) => size + padding(size);

function writeText(block: Buffer, offset: number, length: number, value: string): void {
  const bytes = Buffer.from(value, "utf8");
  bytes.copy(block, offset, 0, Math.min(bytes.length, length));
}

function writeOctal(block: Buffer, offset: number, length: number, value: number): void {
  writeText(block, offset, length, `${value.toString(8).padStart(length - 1, "0")}\0`);
}

function ustarHeader(name: string, size: number, mtimeSeconds: number, type: "0" | "x"): Buffer {
  const block = Buffer.alloc(BLOCK);
  writeText(block, 0, 100, name);
  writeOctal(block, 100, 8, 0o644);
  writeOctal(block, 108, 8, 0);
  writeOctal(block, 116, 8, 0);
  writeOctal(block, 124, 12, size);
  writeOctal(block, 136, 12, mtimeSeconds);
  block.fill(0x20, 148, 156);
  writeText(block, 156, 1, type);
  writeText(block, 257, 6, "ustar\0");
  writeText(block, 263, 2, "00");
  let sum = 0;
  for (const byte of block) sum += byte;
  writeText(block, 148, 8, `${sum.toString(8).padStart(6, "0")}\0 `);
  return block;
}

/** A PAX record: its own length in decimal, counted with the length's digits. */
function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  const bodyLength = Buffer.byteLength(body);
  let length = bodyLength + 1;
  while (String(length).length + bodyLength !== length) length = String(length).length + bodyLength;
  return `${length}${body}`;
}

/** The header block(s) of an entry: a PAX header first when the name or the size needs one. */
export function entryHeader(name: string, size: number, mtimeSeconds: number): Buffer {
  const records: string[] = [];
  if (Buffer.byteLength(name) > 100) records.push(paxRecord("path", name));
  if (size > MAX_OCTAL_SIZE) records.push(paxRecord("size", String(size)));
  const header = ustarHeader(
    Buffer.byteLength(name) > 100 ? name.slice(0, 90) : name,
    size > MAX_OCTAL_SIZE ? 0 : size,
    mtimeSeconds,
    "0",
  );
  if (records.length === 0) return header;
  const pax = Buffer.from(records.join(""), "utf8");
  return Buffer.concat([
    ustarHeader("PaxHeader", pax.length, mtimeSeconds, "x"),
    pax,
    Buffer.alloc(padding(pax.length)),
    header,
  ]);
}

/** The padding after an entry's data, and the end of the archive. */
export const paddingAfter = (size: number) => Buffer.alloc(padding(size));
export const endOfArchive = () => Buffer.alloc(2 * BLOCK);

export interface TarEntry {
  name: string;
  /** Where the entry's first header starts (its PAX header, if it has one). */
  headerOffset: number;
  /** Where its data starts, and how long it is. */
  dataOffset: number;
  size: number;
}

export class ArchiveFormatError extends Error {}

const readOctal = (block: Buffer, offset: number, length: number) => {
  const text = block
    .toString("latin1", offset, offset + length)
    .replace(/\0.*$/s, "")
    .trim();
  if (!/^[0-7]*$/.test(text))
    throw new ArchiveFormatError("not a tar archive (a header's number is not octal)");
  return text === "" ? 0 : Number.parseInt(text, 8);
};

function checksumMatches(block: Buffer): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (block[i] as number);
  return readOctal(block, 148, 8) === sum;
}

function parsePax(data: Buffer): Map<string, string> {
  const values = new Map<string, string>();
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    const length = Number.parseInt(data.toString("latin1", at, space), 10);
    if (space < 0 || !Number.isInteger(length) || length <= 0) break;
    const record = data.toString("utf8", space + 1, at + length - 1);
    const equals = record.indexOf("=");
    values.set(record.slice(0, equals), record.slice(equals + 1));
    at += length;
  }
  return values;
}

async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await file.read(buffer, 0, length, position);
  if (bytesRead !== length) throw new ArchiveFormatError("the archive ends in the middle of an entry");
  return buffer;
}

/**
 * The entries of a tar file, found by reading only their headers (each data part is skipped by its
 * size), and where the end-of-archive blocks start.
 */
export async function listEntries(file: FileHandle): Promise<{ entries: TarEntry[]; end: number }> {
  const { size: fileSize } = await file.stat();
  const entries: TarEntry[] = [];
  let offset = 0;
  let pending: { headerOffset: number; values: Map<string, string> } | null = null;
  while (offset + BLOCK <= fileSize) {
    const block = await readAt(file, offset, BLOCK);
    if (block.every((byte) => byte === 0)) return { entries, end: offset };
    if (!checksumMatches(block)) throw new ArchiveFormatError("not a tar archive (a header is damaged)");
    const type = block.toString("latin1", 156, 157);
    let size = readOctal(block, 124, 12);
    if (type === "x") {
      pending = { headerOffset: offset, values: parsePax(await readAt(file, offset + BLOCK, size)) };
    } else {
      const nameInHeader = block.toString("utf8", 0, 100).replace(/\0.*$/s, "");
      const prefix = block.toString("utf8", 345, 500).replace(/\0.*$/s, "");
      const name = pending?.values.get("path") ?? (prefix ? `${prefix}/${nameInHeader}` : nameInHeader);
      size = Number(pending?.values.get("size") ?? size);
      if (type === "0" || type === "\0") {
        entries.push({
          name,
          headerOffset: pending?.headerOffset ?? offset,
          dataOffset: offset + BLOCK,
          size,
        });
      }
      pending = null;
    }
    offset += BLOCK + paddedSize(size);
    if (offset > fileSize) throw new ArchiveFormatError("the archive ends in the middle of an entry");
  }
  throw new ArchiveFormatError("the archive has no end (it was cut short)");
}

export async function readEntry(file: FileHandle, entry: TarEntry): Promise<Buffer> {
  return readAt(file, entry.dataOffset, entry.size);
}
