import { Readable } from "node:stream";
import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "../config.js";
import { startS3Server, type TestS3Server } from "../test/s3.js";
import { S3FileStore } from "./s3.js";
import { describeFileStore } from "./store.contract.js";
import { createFileStore } from "./store.js";

let server: TestS3Server;
let client: S3Client;
beforeAll(async () => {
  server = await startS3Server();
  client = new S3Client({
    region: "us-east-1",
    endpoint: server.endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: server.accessKeyId, secretAccessKey: server.secretAccessKey },
  });
});
afterAll(async () => {
  client.destroy();
  await server.stop();
});

async function objectNames(): Promise<string[]> {
  const names: string[] = [];
  let token: string | undefined;
  do {
    const page = await client.send(
      new ListObjectsV2Command({ Bucket: server.bucket, ContinuationToken: token }),
    );
    names.push(...(page.Contents ?? []).map((object) => object.Key ?? ""));
    token = page.NextContinuationToken;
  } while (token);
  return names.sort();
}

function storeOn(prefix: string): S3FileStore {
  const settings = server.settings(prefix);
  if (settings.kind !== "s3") throw new Error("S3 settings expected");
  return new S3FileStore(settings);
}

describeFileStore("S3", async () => storeOn("nap1325/files"), {
  // The server's intake over all its connections; these tests send one upload at a time.
  bytesArrived: async () => server.bytesReceived(),
  // Two 5 MB parts on their way (the store's queue), plus room for the streams' and the
  // connection's buffers.
  maxLeadBytes: 14 * 1024 * 1024,
  listAll: objectNames,
});

describe("S3 file store settings", () => {
  it("names objects <prefix>/<shard>/<key>, or <shard>/<key> without a prefix", async () => {
    const withPrefix = await storeOn("arhiva/dokazi").save(Readable.from([Buffer.from("a")]), 10);
    const withoutPrefix = await storeOn("").save(Readable.from([Buffer.from("b")]), 10);
    const names = await objectNames();
    expect(names).toContain(`arhiva/dokazi/${withPrefix.key.slice(0, 2)}/${withPrefix.key}`);
    expect(names).toContain(`${withoutPrefix.key.slice(0, 2)}/${withoutPrefix.key}`);
  });

  it("is built from FILES_URL and the S3 settings, and describes itself without secrets", () => {
    const settings = readConfig({
      FILES_URL: "s3://nap1325-files/proizvodnja",
      S3_ENDPOINT: server.endpoint,
      S3_ACCESS_KEY_ID: "AKIAEXAMPLEKEYID",
      S3_SECRET_ACCESS_KEY: "tajna-koja-ne-smije-u-log",
    }).files;
    const store = createFileStore(settings);
    expect(store).toBeInstanceOf(S3FileStore);
    const description = store.describe();
    expect(description).toBe(`S3 bucket nap1325-files (prefix proizvodnja) at ${server.endpoint}`);
    expect(description).not.toContain("AKIAEXAMPLEKEYID");
    expect(description).not.toContain("tajna");
  });

  it("reports the real failure when the bucket does not exist, and leaves the source closed", async () => {
    const settings = server.settings();
    if (settings.kind !== "s3") throw new Error("S3 settings expected");
    const store = new S3FileStore({ ...settings, bucket: "nema-ga" });
    const source = Readable.from([Buffer.from("x")]);
    await expect(store.save(source, 10)).rejects.toMatchObject({ name: "NoSuchBucket" });
    expect(source.destroyed).toBe(true);
    await expect(store.open("6f1c1a52-3f5b-4e7c-9a51-0d2b8c7e4a10")).rejects.not.toMatchObject({
      code: "ENOENT",
    });
    await expect(store.checkWritable()).rejects.toThrow();
  });
});
