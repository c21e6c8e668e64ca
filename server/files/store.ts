/**
 * Files kept outside the database: evidence attached to submissions, the originals of imports. A
 * file is written under a random key (never a name the user chose), hashed while it streams in,
 * and refused beyond the size limit without keeping what arrived. The key is what the database row
 * stores. Two drivers: a local folder (the default) and S3-compatible object storage, which lets
 * several app processes behind a load balancer share the same files.
 */
import type { Readable } from "node:stream";
import type { FileSettings } from "../config.js";
import { LocalFileStore } from "./local.js";
import { S3FileStore } from "./s3.js";

export { FileExistsError, FileNotFoundError, FileTooLargeError, isFileKey } from "./metering.js";

export interface StoredFile {
  key: string;
  sizeBytes: number;
  sha256: string;
  /** The first bytes, to recognise the kind of file. */
  head: Buffer;
}

export interface FileStore {
  /**
   * Streams a file in (never holding all of it), hashing it and keeping its first bytes. Past
   * `limitBytes` it throws `FileTooLargeError` and keeps nothing of what arrived. `key` puts a file
   * back under the key it had (a restore); it must be a file key not yet taken. Without it the key
   * is random.
   */
  save(source: Readable, limitBytes: number, key?: string): Promise<StoredFile>;
  /** The file's bytes; a key with nothing stored rejects with an error whose `code` is "ENOENT". */
  open(key: string): Promise<Readable>;
  exists(key: string): Promise<boolean>;
  /** Removes a file; a file already gone is not an error. */
  remove(key: string): Promise<void>;
  /** Writes, reads back and removes a small file: whether the store works right now (readiness). */
  checkWritable(): Promise<void>;
  /** Where the files are, for start-up messages; never a secret. */
  describe(): string;
}

export function createFileStore(settings: FileSettings): FileStore {
  return settings.kind === "local" ? new LocalFileStore(settings.root) : new S3FileStore(settings);
}
