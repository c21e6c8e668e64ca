/**
 * Files kept outside the database: evidence attached to submissions. A file is written under a
 * random key (never a name the user chose), hashed while it streams in, and refused beyond the
 * size limit without keeping what arrived. The key is what the database row stores.
 */
import { createHash, randomUUID } from "node:crypto";
import { createReadStream, createWriteStream, type ReadStream } from "node:fs";
import { mkdir, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { type Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";

export interface StoredFile {
  key: string;
  sizeBytes: number;
  sha256: string;
  /** The first bytes, to recognise the kind of file. */
  head: Buffer;
}

export class FileTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`The file is larger than ${limitBytes} bytes`);
  }
}

/** How many first bytes are kept to recognise a file. */
const headBytes = 4096;

/** Keys are UUIDs, spread over 256 folders by their first two characters. */
const keyPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export class FileStore {
  constructor(readonly root: string) {}

  private pathOf(key: string): string {
    if (!keyPattern.test(key)) throw new Error("not a file key");
    return join(this.root, key.slice(0, 2), key);
  }

  /** Streams a file in; removes it and throws `FileTooLargeError` past the limit. */
  async save(source: Readable, limitBytes: number): Promise<StoredFile> {
    const key = randomUUID();
    const path = this.pathOf(key);
    await mkdir(join(this.root, key.slice(0, 2)), { recursive: true, mode: 0o700 });
    const hash = createHash("sha256");
    const head: Buffer[] = [];
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        if (size > limitBytes) return done(new FileTooLargeError(limitBytes));
        hash.update(chunk);
        const kept = head.reduce((total, part) => total + part.length, 0);
        if (kept < headBytes) head.push(chunk.subarray(0, headBytes - kept));
        done(null, chunk);
      },
    });
    try {
      await pipeline(source, meter, createWriteStream(path, { flags: "wx", mode: 0o600 }));
    } catch (error) {
      await rm(path, { force: true });
      throw error;
    }
    return { key, sizeBytes: size, sha256: hash.digest("hex"), head: Buffer.concat(head) };
  }

  open(key: string): ReadStream {
    return createReadStream(this.pathOf(key));
  }

  async exists(key: string): Promise<boolean> {
    return stat(this.pathOf(key)).then(
      () => true,
      () => false,
    );
  }

  /** Removes a file; a file already gone is not an error. */
  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}
