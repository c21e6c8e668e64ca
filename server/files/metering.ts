/**
 * What every file store driver shares: the key rules, the errors callers tell apart whatever the
 * driver, and the meter each upload streams through (size limit, SHA-256, the first bytes).
 */
import { createHash, randomUUID } from "node:crypto";
import { Readable, Transform } from "node:stream";
import type { FileStore, StoredFile } from "./store.js";

export class FileTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`The file is larger than ${limitBytes} bytes`);
  }
}

/**
 * Nothing is stored under the key. The code is the one Node's file system uses, so a caller
 * tells "gone" from any other failure the same way for every driver.
 */
export class FileNotFoundError extends Error {
  readonly code = "ENOENT";
  constructor() {
    super("No file is stored under this key");
  }
}

/** A file is already stored under the key given to `save`; stored files are never overwritten. */
export class FileExistsError extends Error {
  readonly code = "EEXIST";
  constructor() {
    super("A file is already stored under this key");
  }
}

/** Keys are UUIDs (never a name the user chose), spread over 256 shards by their first two characters. */
const keyPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isFileKey(key: string): boolean {
  return keyPattern.test(key);
}

export function checkedKey(key: string): string {
  if (!isFileKey(key)) throw new Error("not a file key");
  return key;
}

/** The key a new file is stored under: the one asked for (a restore puts files back) or a random one. */
export function keyToSave(key: string | undefined): string {
  return checkedKey(key ?? randomUUID());
}

/** The shard a key lives in: a folder on disk, a part of the object name in a bucket. */
export function shardOf(key: string): string {
  return checkedKey(key).slice(0, 2);
}

/** How many first bytes are kept to recognise a file. */
export const headBytes = 4096;

export interface Meter {
  /** Passes the bytes on; fails with `FileTooLargeError` at the first byte past the limit. */
  readonly stream: Transform;
  /** Set once the limit was passed, so a driver reports it rather than a later clean-up failure. */
  readonly refused: FileTooLargeError | null;
  stored(key: string): StoredFile;
}

export function meter(limitBytes: number): Meter {
  const hash = createHash("sha256");
  const head: Buffer[] = [];
  let kept = 0;
  let size = 0;
  let refused: FileTooLargeError | null = null;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > limitBytes) {
        refused = new FileTooLargeError(limitBytes);
        return done(refused);
      }
      hash.update(chunk);
      if (kept < headBytes) {
        const part = chunk.subarray(0, headBytes - kept);
        head.push(part);
        kept += part.length;
      }
      done(null, chunk);
    },
  });
  return {
    stream,
    get refused() {
      return refused;
    },
    stored: (key) => ({ key, sizeBytes: size, sha256: hash.digest("hex"), head: Buffer.concat(head) }),
  };
}

/**
 * The readiness check: a small file written, read back and removed through the store's own paths,
 * so a store that accepts writes but loses them (or cannot read them) is not reported ready.
 */
export async function probe(store: FileStore): Promise<void> {
  const content = Buffer.from(`nap1325 readiness probe ${randomUUID()}`, "utf8");
  const stored = await store.save(Readable.from([content]), content.length);
  try {
    const parts: Buffer[] = [];
    for await (const chunk of await store.open(stored.key)) parts.push(chunk as Buffer);
    if (!Buffer.concat(parts).equals(content))
      throw new Error("The file store returned other bytes than written");
  } finally {
    await store.remove(stored.key);
  }
}
