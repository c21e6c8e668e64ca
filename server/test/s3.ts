/**
 * A real S3 API server for tests (s3rver over a temporary folder) on a free port, with one bucket.
 * Each call starts its own server; stop it after the file's tests.
 */
import { mkdtemp, rm } from "node:fs/promises";
import type { Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import S3rver from "s3rver";
import type { FileSettings } from "../config.js";

export interface TestS3Server {
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** The app's settings for this server's bucket, with an optional key prefix. */
  settings(prefix?: string): FileSettings;
  /** Bytes the server has read from its connections so far: what arrived, not what was sent. */
  bytesReceived(): number;
  stop(): Promise<void>;
}

export async function startS3Server(): Promise<TestS3Server> {
  const directory = await mkdtemp(join(tmpdir(), "nap1325-s3-"));
  const bucket = "nap1325-files";
  // s3rver accepts only its built-in account's keys.
  const accessKeyId = "S3RVER";
  const secretAccessKey = "S3RVER";
  const server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  const sockets = new Set<Socket>();
  let closedBytes = 0;
  server.httpServer.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => {
      closedBytes += socket.bytesRead;
      sockets.delete(socket);
    });
  });
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    bucket,
    accessKeyId,
    secretAccessKey,
    settings: (prefix = "") => ({
      kind: "s3",
      bucket,
      prefix,
      endpoint,
      region: "us-east-1",
      credentials: { accessKeyId, secretAccessKey },
      forcePathStyle: true,
    }),
    bytesReceived: () => [...sockets].reduce((total, socket) => total + socket.bytesRead, closedBytes),
    async stop() {
      // Clients keep connections alive; they would hold the server open.
      server.httpServer.closeAllConnections();
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
