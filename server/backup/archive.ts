/**
 * The backup archive: one tar file (see tar.ts) holding, in this order,
 *
 *   nap1325-backup.json          what the file is (format and its version)
 *   tables/<schema>.<table>.tsv.gz   each table's rows, COPY text format, gzip
 *   files/<key>                  each stored file's bytes, as they are
 *   manifest.json                versions, and per table and file what checks it
 *   checksum.sha256              SHA-256 of every byte of the archive before this entry
 *
 * The manifest comes last but one because its counts and hashes are known only once everything
 * is written; the checksum entry seals the rest. A reader checks the seal before trusting anything.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { type FileHandle, open, rm, stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { z } from "zod";
import { SchemaVersion } from "./schema-version.js";
import {
  ArchiveFormatError,
  endOfArchive,
  entryHeader,
  listEntries,
  paddingAfter,
  readEntry,
} from "./tar.js";

export const ARCHIVE_FORMAT = "nap1325-backup";
export const FORMAT_VERSION = 1;
export const ARCHIVE_EXTENSION = "tar";

export const FORMAT_ENTRY = "nap1325-backup.json";
export const MANIFEST_ENTRY = "manifest.json";
export const CHECKSUM_ENTRY = "checksum.sha256";
export const tableEntry = (schema: string, name: string) => `tables/${schema}.${name}.tsv.gz`;
export const fileEntry = (key: string) => `files/${key}`;

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const TableRecord = z.object({
  schema: z.string(),
  name: z.string(),
  entry: z.string(),
  columns: z.array(z.string()).min(1),
  rows: z.number().int().min(0),
  /** SHA-256 of the table's COPY data (before gzip), in the order written. */
  sha256: Sha256,
  /** The order-independent checksum of the rows (digest.ts). */
  contentChecksum: Sha256,
});
export type TableRecord = z.infer<typeof TableRecord>;

export const FileRecord = z.object({
  key: z.string(),
  entry: z.string(),
  size: z.number().int().min(0),
  sha256: Sha256,
});
export type FileRecord = z.infer<typeof FileRecord>;

export const Manifest = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.literal(FORMAT_VERSION),
  appVersion: z.string(),
  createdAt: z.string(),
  /** The version of the PostgreSQL server the snapshot was read from (for the record). */
  postgresVersion: z.string(),
  schemaVersion: SchemaVersion,
  /** The application's tables, in an order their foreign keys allow loading in. */
  tables: z.array(TableRecord),
  /** `drizzle.__drizzle_migrations` as it was: the record of how the schema came to be. */
  migrations: TableRecord,
  sequences: z.array(z.object({ name: z.string(), lastValue: z.string(), isCalled: z.boolean() })),
  files: z.array(FileRecord),
  /** Keys a row referred to but the file store no longer had when the files were read. */
  missingFiles: z.array(z.string()),
  /** What was left out on purpose, and why. */
  excluded: z.array(z.object({ name: z.string(), reason: z.string() })),
});
export type Manifest = z.infer<typeof Manifest>;

export class ArchiveError extends Error {}

/** Writes an archive entry by entry, hashing every byte; `finish` seals it. */
export class ArchiveWriter {
  private readonly hash = createHash("sha256");
  /** Of the whole file, seal included: what `sha256sum` shows, to check a copy against. */
  private readonly fileHash = createHash("sha256");
  bytes = 0;

  private constructor(
    readonly path: string,
    private readonly file: FileHandle,
    private readonly mtimeSeconds: number,
  ) {}

  /** The archive file, readable by its owner only; a file left at `path` is replaced. */
  static async create(path: string, createdAt: Date): Promise<ArchiveWriter> {
    const file = await open(path, "w", 0o600);
    return new ArchiveWriter(path, file, Math.floor(createdAt.getTime() / 1000));
  }

  /** Writes bytes; `sealed` ones are covered by the archive's checksum (all but the seal itself). */
  private async write(data: Buffer, sealed = true): Promise<void> {
    if (data.length === 0) return;
    if (sealed) this.hash.update(data);
    this.fileHash.update(data);
    this.bytes += data.length;
    let written = 0;
    while (written < data.length) {
      const { bytesWritten } = await this.file.write(data, written, data.length - written);
      written += bytesWritten;
    }
  }

  async addBuffer(name: string, data: Buffer): Promise<void> {
    await this.write(entryHeader(name, data.length, this.mtimeSeconds));
    await this.write(data);
    await this.write(paddingAfter(data.length));
  }

  /** Copies a finished file (a spooled table or stored file) into the archive. */
  async addFile(name: string, path: string): Promise<number> {
    const { size } = await stat(path);
    await this.write(entryHeader(name, size, this.mtimeSeconds));
    let copied = 0;
    for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 })) {
      copied += (chunk as Buffer).length;
      await this.write(chunk as Buffer);
    }
    if (copied !== size) throw new ArchiveError(`${name} changed while it was copied into the archive`);
    await this.write(paddingAfter(size));
    return size;
  }

  /** Writes the manifest and the seal, and closes the file. */
  async finish(manifest: Manifest): Promise<{ sha256: string; fileSha256: string; bytes: number }> {
    await this.addBuffer(MANIFEST_ENTRY, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, "utf8"));
    const sha256 = this.hash.digest("hex");
    const seal = Buffer.from(`${sha256}\n`, "utf8");
    const header = entryHeader(CHECKSUM_ENTRY, seal.length, this.mtimeSeconds);
    for (const part of [header, seal, paddingAfter(seal.length), endOfArchive()])
      await this.write(part, false);
    await this.file.sync();
    await this.file.close();
    return { sha256, fileSha256: this.fileHash.digest("hex"), bytes: this.bytes };
  }

  /** Closes and removes an archive that could not be finished. */
  async abort(): Promise<void> {
    await this.file.close().catch(() => {});
    await rm(this.path, { force: true });
  }
}

const FormatEntry = z.object({ format: z.literal(ARCHIVE_FORMAT), formatVersion: z.number().int() });

export const formatEntryContent = () =>
  Buffer.from(`${JSON.stringify({ format: ARCHIVE_FORMAT, formatVersion: FORMAT_VERSION })}\n`, "utf8");

/**
 * An archive opened for restoring: its layout checked, its seal verified over every byte before it,
 * its manifest read and every entry the manifest names found. Nothing is trusted before this.
 */
export class ArchiveReader {
  private constructor(
    readonly path: string,
    readonly manifest: Manifest,
    readonly sha256: string,
    private readonly entries: Map<string, { dataOffset: number; size: number }>,
  ) {}

  static async open(path: string): Promise<ArchiveReader> {
    const file = await open(path, "r").catch((error: NodeJS.ErrnoException) => {
      throw new ArchiveError(`cannot read the archive ${path} (${error.code ?? error.message})`);
    });
    try {
      const { entries } = await listEntries(file).catch((error: unknown) => {
        throw error instanceof ArchiveFormatError
          ? new ArchiveError(`${path} is damaged: ${error.message}`)
          : error;
      });
      const [first] = entries;
      const seal = entries.at(-1);
      const manifestEntry = entries.at(-2);
      if (
        first?.name !== FORMAT_ENTRY ||
        seal?.name !== CHECKSUM_ENTRY ||
        manifestEntry?.name !== MANIFEST_ENTRY
      ) {
        throw new ArchiveError(`${path} is not a complete nap1325 backup (its entries are not in place)`);
      }
      const format = FormatEntry.safeParse(parseJson(await readEntry(file, first)));
      if (!format.success) throw new ArchiveError(`${path} is not a nap1325 backup`);
      if (format.data.formatVersion !== FORMAT_VERSION) {
        throw new ArchiveError(
          `${path} is a backup of format ${format.data.formatVersion}; this release reads format ${FORMAT_VERSION}`,
        );
      }
      const expected = (await readEntry(file, seal)).toString("utf8").trim();
      const actual = await hashRange(path, seal.headerOffset);
      if (expected !== actual) {
        throw new ArchiveError(
          `${path} is damaged: its checksum does not match its content (the file changed after it was written); nothing was restored`,
        );
      }
      const manifest = Manifest.safeParse(parseJson(await readEntry(file, manifestEntry)));
      if (!manifest.success) throw new ArchiveError(`${path} has a manifest this release cannot read`);
      const index = new Map(entries.map((entry) => [entry.name, entry]));
      const named = [...manifest.data.tables, manifest.data.migrations, ...manifest.data.files];
      const absent = named.filter((record) => !index.has(record.entry));
      if (absent.length > 0)
        throw new ArchiveError(`${path} lacks ${absent.length} entries its manifest names`);
      const wrongSize = manifest.data.files.filter((record) => index.get(record.entry)?.size !== record.size);
      if (wrongSize.length > 0)
        throw new ArchiveError(`${path} has files of another size than its manifest says`);
      return new ArchiveReader(path, manifest.data, actual, index);
    } finally {
      await file.close();
    }
  }

  /** The bytes of one entry, read from the archive file. */
  read(entry: string): Readable {
    const found = this.entries.get(entry);
    if (!found) throw new ArchiveError(`the archive has no entry ${entry}`);
    if (found.size === 0) return Readable.from([]);
    return createReadStream(this.path, {
      start: found.dataOffset,
      end: found.dataOffset + found.size - 1,
      highWaterMark: 256 * 1024,
    });
  }
}

function parseJson(data: Buffer): unknown {
  try {
    return JSON.parse(data.toString("utf8"));
  } catch {
    return null;
  }
}

async function hashRange(path: string, end: number): Promise<string> {
  const hash = createHash("sha256");
  if (end > 0) {
    for await (const chunk of createReadStream(path, {
      start: 0,
      end: end - 1,
      highWaterMark: 1024 * 1024,
    })) {
      hash.update(chunk as Buffer);
    }
  }
  return hash.digest("hex");
}
