import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { readConfig } from "../config.js";
import { LocalFileStore } from "./local.js";
import { describeFileStore } from "./store.contract.js";
import { createFileStore } from "./store.js";

const root = await mkdtemp(join(tmpdir(), "nap1325-local-store-"));
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describeFileStore("local", async () => new LocalFileStore(root), {
  async bytesArrived(key) {
    const written = await stat(join(root, key.slice(0, 2), key)).catch(() => null);
    return written?.size ?? 0;
  },
  // Only the streams' own small buffers lie between the source and the file.
  maxLeadBytes: 4 * 1024 * 1024,
  async listAll() {
    const entries = await readdir(root, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
  },
});

describe("local file store settings", () => {
  it("is the default, in DATA_DIR/files, and files live under <root>/<shard>/<key>", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "nap1325-data-"));
    try {
      const settings = readConfig({ DATA_DIR: dataDir }).files;
      expect(settings).toEqual({ kind: "local", root: join(dataDir, "files") });
      const store = createFileStore(settings);
      expect(store).toBeInstanceOf(LocalFileStore);
      expect(store.describe()).toBe(`local folder ${join(dataDir, "files")}`);
      const stored = await store.save(Readable.from([Buffer.from("dokaz")]), 100);
      expect((await stat(join(dataDir, "files", stored.key.slice(0, 2), stored.key))).size).toBe(5);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
