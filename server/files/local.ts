/**
 * The file store in a local folder: `<root>/<first two characters of the key>/<key>`. The default;
 * right for one app process (or several sharing one mounted folder).
 */
import { mkdir, open, rm, stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { FileExistsError, FileNotFoundError, keyToSave, meter, probe, shardOf } from "./metering.js";
import type { FileStore, StoredFile } from "./store.js";

const isCode = (error: unknown, code: string) => (error as NodeJS.ErrnoException | null)?.code === code;

export class LocalFileStore implements FileStore {
  constructor(readonly root: string) {}

  private pathOf(key: string): string {
    return join(this.root, shardOf(key), key);
  }

  async save(source: Readable, limitBytes: number, key?: string): Promise<StoredFile> {
    let path: string;
    let chosen: string;
    try {
      chosen = keyToSave(key);
      path = this.pathOf(chosen);
      await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    } catch (error) {
      source.destroy();
      throw error;
    }
    // Created exclusively: a file already under this key is refused, and left as it was.
    const handle = await open(path, "wx", 0o600).catch((error: unknown) => {
      source.destroy();
      throw isCode(error, "EEXIST") ? new FileExistsError() : error;
    });
    const metering = meter(limitBytes);
    try {
      await pipeline(source, metering.stream, handle.createWriteStream());
    } catch (error) {
      await rm(path, { force: true });
      throw metering.refused ?? error;
    }
    return metering.stored(chosen);
  }

  async open(key: string): Promise<Readable> {
    // Opened before the stream is handed out, so a missing file rejects here rather than as a
    // stream error after the response has started.
    const handle = await open(this.pathOf(key), "r").catch((error: unknown) => {
      throw isCode(error, "ENOENT") ? new FileNotFoundError() : error;
    });
    return handle.createReadStream();
  }

  async exists(key: string): Promise<boolean> {
    return stat(this.pathOf(key)).then(
      () => true,
      (error: unknown) => {
        if (isCode(error, "ENOENT")) return false;
        throw error;
      },
    );
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async checkWritable(): Promise<void> {
    await probe(this);
  }

  describe(): string {
    return `local folder ${this.root}`;
  }
}
