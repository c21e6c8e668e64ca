/**
 * The file store in S3-compatible object storage (AWS S3, MinIO, Ceph RGW, Cloudflare R2): objects
 * named `<prefix>/<first two characters of the key>/<key>`, so several app processes share the
 * files. Uploads go through lib-storage's multipart upload fed by the meter: a bounded number of
 * parts is held at a time, never the whole file.
 */

import { pipeline, Readable } from "node:stream";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import type { FileSettings } from "../config.js";
import { FileExistsError, FileNotFoundError, keyToSave, meter, probe, shardOf } from "./metering.js";
import type { FileStore, StoredFile } from "./store.js";

export type S3Settings = Extract<FileSettings, { kind: "s3" }>;

export interface S3UploadOptions {
  /** Bytes per multipart part (S3's minimum, 5 MB, unless set). */
  partSizeBytes?: number;
  /** Parts sent at the same time; with the part size, the most an upload holds in memory. */
  queueSize?: number;
}

const minimumPartSize = 5 * 1024 * 1024;

/**
 * Whether S3 answered that no object has this name: GetObject's NoSuchKey, or HeadObject's 404
 * (named NotFound: a HEAD answer has no body to say more, so a missing bucket reads the same
 * there). Any other 404, such as NoSuchBucket, is a fault to report, not a file gone.
 */
function isMissing(error: unknown): boolean {
  return error instanceof S3ServiceException && (error.name === "NoSuchKey" || error.name === "NotFound");
}

export class S3FileStore implements FileStore {
  private readonly client: S3Client;
  private readonly partSize: number;
  private readonly queueSize: number;

  constructor(
    private readonly settings: S3Settings,
    options: S3UploadOptions = {},
  ) {
    this.partSize = options.partSizeBytes ?? minimumPartSize;
    this.queueSize = options.queueSize ?? 2;
    this.client = new S3Client({
      region: settings.region,
      ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
      forcePathStyle: settings.forcePathStyle,
      // Without credentials, the SDK's own chain: environment, shared files, instance or task role.
      ...(settings.credentials ? { credentials: settings.credentials } : {}),
      // The SDK now adds CRC32 checksums to every upload (sent as aws-chunked trailers on streams)
      // and asks for checksums back. Many S3-compatible servers do not understand either, so they
      // are sent and checked only where the API requires them; the file's SHA-256 is ours anyway.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
  }

  private objectName(key: string): string {
    const name = `${shardOf(key)}/${key}`;
    return this.settings.prefix ? `${this.settings.prefix}/${name}` : name;
  }

  private object(key: string) {
    return { Bucket: this.settings.bucket, Key: this.objectName(key) };
  }

  async save(source: Readable, limitBytes: number, key?: string): Promise<StoredFile> {
    let chosen: string;
    try {
      chosen = keyToSave(key);
      // A random key is new by construction; a given one (a restore) must not overwrite a file.
      if (key !== undefined && (await this.exists(chosen))) throw new FileExistsError();
    } catch (error) {
      source.destroy();
      throw error;
    }
    const metering = meter(limitBytes);
    // The source's own failure (say, the client went away), seen before the pipeline tears down.
    let sourceError: Error | null = null;
    source.once("error", (error) => {
      sourceError = error;
    });
    const body = pipeline(source, metering.stream, () => undefined);
    const upload = new Upload({
      client: this.client,
      params: { ...this.object(chosen), Body: body, ContentType: "application/octet-stream" },
      partSize: this.partSize,
      queueSize: this.queueSize,
      leavePartsOnError: false,
    });
    try {
      await upload.done();
    } catch (error) {
      // The reason the upload stopped, not a failure of the clean-up that followed.
      const reason = metering.refused ?? sourceError ?? error;
      body.destroy();
      // lib-storage has aborted the multipart upload (or tried to: some servers cannot). The
      // object is deleted too, in case the server completed it before the failure was seen.
      await this.client.send(new DeleteObjectCommand(this.object(chosen))).catch(() => undefined);
      throw reason;
    }
    return metering.stored(chosen);
  }

  async open(key: string): Promise<Readable> {
    try {
      const answer = await this.client.send(new GetObjectCommand(this.object(key)));
      if (!(answer.Body instanceof Readable)) throw new Error("The object store answered without a body");
      return answer.Body;
    } catch (error) {
      throw isMissing(error) ? new FileNotFoundError() : error;
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand(this.object(key)));
      return true;
    } catch (error) {
      // A missing object reads as 404 only with list permission on the bucket; without it S3
      // answers 403, which stays an error rather than passing for "gone".
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    // Deleting a missing object succeeds in S3, so a file already gone is no error here either.
    await this.client.send(new DeleteObjectCommand(this.object(key)));
  }

  async checkWritable(): Promise<void> {
    await probe(this);
  }

  describe(): string {
    const where = this.settings.endpoint ? ` at ${new URL(this.settings.endpoint).origin}` : "";
    const prefix = this.settings.prefix ? ` (prefix ${this.settings.prefix})` : "";
    return `S3 bucket ${this.settings.bucket}${prefix}${where}`;
  }
}
