/**
 * The behaviour every file store driver owes its callers, declared once and run against each
 * driver (`local.test.ts`, `s3.test.ts`).
 */
import { createHash, randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { FileExistsError, type FileStore, FileTooLargeError } from "./store.js";

export interface Destination {
  /** Bytes of the file under `key` that have reached the store's far side so far. */
  bytesArrived(key: string): Promise<number>;
  /** The most a driver may hold between its source and its far side at any moment. */
  maxLeadBytes: number;
  /** Every name in the store's far side (files, objects), to show what an operation left behind. */
  listAll(): Promise<string[]>;
}

const MB = 1024 * 1024;

async function bytesOf(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(chunk as Buffer);
  return Buffer.concat(parts);
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** A source in chunks, as an upload arrives from the network. */
function chunked(bytes: Buffer, chunkBytes = 64 * 1024): Readable {
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += chunkBytes) chunks.push(bytes.subarray(at, at + chunkBytes));
  return Readable.from(chunks);
}

function randomBytesOf(size: number, seed: number): Buffer {
  const bytes = Buffer.alloc(size);
  let state = seed;
  for (let at = 0; at < size; at++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    bytes[at] = state >>> 16;
  }
  return bytes;
}

export function describeFileStore(name: string, create: () => Promise<FileStore>, destination: Destination) {
  describe(`${name} file store`, () => {
    let store: FileStore;
    beforeAll(async () => {
      store = await create();
    });

    it("gives back binary bytes exactly, with their SHA-256, size and first bytes", async () => {
      const every = Buffer.from(Array.from({ length: 256 }, (_, at) => at));
      const content = Buffer.concat([every, randomBytesOf(300 * 1024, 7), every]);
      const stored = await store.save(chunked(content, 10_000), 1 * MB);
      expect(stored.key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(stored.sizeBytes).toBe(content.length);
      expect(stored.sha256).toBe(sha256(content));
      expect(stored.head).toEqual(content.subarray(0, 4096));
      // Compared as bytes: a deep equality over 300 KB would walk every index as a property.
      expect((await bytesOf(await store.open(stored.key))).equals(content)).toBe(true);
    });

    it("keeps Bosnian, Croatian and Serbian text in both scripts intact", async () => {
      const text = "Žene Ženama: š đ č ć ž Š Đ Č Ć Ž — Жене женама: ђ ћ џ љ њ Ђ Ћ Џ Љ Њ\r\n";
      const content = Buffer.from(text.repeat(50), "utf8");
      // Chunks that split multi-byte letters: the store must not decode on the way.
      const stored = await store.save(chunked(content, 7), content.length);
      expect(stored.head.toString("utf8").startsWith("Žene Ženama")).toBe(true);
      expect((await bytesOf(await store.open(stored.key))).toString("utf8")).toBe(text.repeat(50));
      expect(stored.sha256).toBe(sha256(content));
    });

    it("keeps the whole of a small file as its first bytes, and stores an empty file", async () => {
      const small = Buffer.from("%PDF-1.4\n%%EOF\n");
      const stored = await store.save(chunked(small, 4), small.length);
      expect(stored.head).toEqual(small);
      const empty = await store.save(Readable.from([]), 10);
      expect(empty).toMatchObject({ sizeBytes: 0, sha256: sha256(Buffer.alloc(0)), head: Buffer.alloc(0) });
      expect(await bytesOf(await store.open(empty.key))).toEqual(Buffer.alloc(0));
    });

    it("accepts a file of exactly the limit and refuses one byte more, leaving nothing behind", async () => {
      const content = randomBytesOf(5000, 11);
      expect((await store.save(chunked(content, 1000), 5000)).sizeBytes).toBe(5000);
      const before = await destination.listAll();
      const key = randomUUID();
      await expect(store.save(chunked(content, 1000), 4999, key)).rejects.toBeInstanceOf(FileTooLargeError);
      expect(await store.exists(key)).toBe(false);
      expect(await destination.listAll()).toEqual(before);
    });

    it("refuses a file past the limit after whole parts have been sent, leaving nothing behind", async () => {
      const before = await destination.listAll();
      const key = randomUUID();
      const refused = store.save(chunked(randomBytesOf(13 * MB, 13), MB), 12 * MB, key);
      await expect(refused).rejects.toMatchObject({ limitBytes: 12 * MB });
      expect(await store.exists(key)).toBe(false);
      await expect(store.open(key)).rejects.toMatchObject({ code: "ENOENT" });
      expect(await destination.listAll()).toEqual(before);
    });

    it("puts a file back under a given key, and never over a file already stored there", async () => {
      const key = randomUUID();
      const first = Buffer.from("izvorni zapisnik");
      const stored = await store.save(chunked(first), 100, key);
      expect(stored).toMatchObject({ key, sizeBytes: first.length, sha256: sha256(first) });
      await expect(store.save(chunked(Buffer.from("drugi")), 100, key)).rejects.toBeInstanceOf(
        FileExistsError,
      );
      expect(await bytesOf(await store.open(key))).toEqual(first);
    });

    it("rejects opening a missing key with code ENOENT", async () => {
      await expect(store.open(randomUUID())).rejects.toMatchObject({ code: "ENOENT" });
    });

    it("tells whether a file exists, and removes it (twice is fine)", async () => {
      const stored = await store.save(chunked(Buffer.from("ukloni me")), 100);
      expect(await store.exists(stored.key)).toBe(true);
      await store.remove(stored.key);
      expect(await store.exists(stored.key)).toBe(false);
      await store.remove(stored.key);
      await expect(store.open(stored.key)).rejects.toMatchObject({ code: "ENOENT" });
    });

    it("refuses every key that is not a lowercase UUID, writing nothing", async () => {
      const before = await destination.listAll();
      const uuid = randomUUID();
      const wrong = [
        "",
        "x",
        "../../etc/passwd",
        uuid.toUpperCase(),
        `${uuid}/../${uuid}`,
        ` ${uuid}`,
        `${uuid}\n`,
      ];
      for (const key of wrong) {
        await expect(store.open(key)).rejects.toThrow("not a file key");
        await expect(store.exists(key)).rejects.toThrow("not a file key");
        await expect(store.remove(key)).rejects.toThrow("not a file key");
        await expect(store.save(chunked(Buffer.from("x")), 10, key)).rejects.toThrow("not a file key");
      }
      expect(await destination.listAll()).toEqual(before);
    });

    it("stores two uploads at the same time, each under its own key", async () => {
      const one = randomBytesOf(6 * MB, 1);
      const two = randomBytesOf(200 * 1024, 2);
      const [a, b] = await Promise.all([
        store.save(chunked(one), 10 * MB),
        store.save(chunked(two, 1000), 10 * MB),
      ]);
      expect(a.key).not.toBe(b.key);
      expect([a.sha256, b.sha256]).toEqual([sha256(one), sha256(two)]);
      const [backOne, backTwo] = await Promise.all([
        store.open(a.key).then(bytesOf),
        store.open(b.key).then(bytesOf),
      ]);
      expect(backOne.equals(one)).toBe(true);
      expect(backTwo.equals(two)).toBe(true);
    });

    it("checks that it can write, read back and remove, leaving nothing behind", async () => {
      const before = await destination.listAll();
      await store.checkWritable();
      expect(await destination.listAll()).toEqual(before);
    });

    it("describes where the files are", () => {
      expect(store.describe()).toMatch(/^(local folder|S3 bucket) /);
    });

    it("pulls a large upload lazily: the source never runs far ahead of what has arrived", async () => {
      const total = 40 * MB;
      const chunkBytes = 64 * 1024;
      const key = randomUUID();
      const baseline = await destination.bytesArrived(key);
      const hash = createHash("sha256");
      let produced = 0;
      let largestLead = 0;
      async function* source() {
        while (produced < total) {
          // Asked for the next chunk: how much of what was handed over has not arrived yet?
          const arrived = (await destination.bytesArrived(key)) - baseline;
          largestLead = Math.max(largestLead, produced - arrived);
          const chunk = Buffer.alloc(chunkBytes, produced / chunkBytes);
          hash.update(chunk);
          produced += chunk.length;
          yield chunk;
        }
      }
      const stored = await store.save(Readable.from(source()), total, key);
      expect(stored.sizeBytes).toBe(total);
      expect(stored.sha256).toBe(hash.digest("hex"));
      expect(largestLead).toBeLessThanOrEqual(destination.maxLeadBytes);
      expect(destination.maxLeadBytes).toBeLessThan(total / 2);
      await store.remove(key);
    });
  });
}
