/**
 * `COPY … TO STDOUT` and `COPY … FROM STDIN` over a plain `pg` client. The driver has no streaming
 * COPY of its own; it hands the protocol's copy messages to the active query, so these two small
 * query objects take them and turn them into streams. Both keep memory flat: the reader pauses the
 * socket while its consumer is behind, the writer waits for the socket to drain.
 */
import { once } from "node:events";
import { Readable } from "node:stream";
import type pg from "pg";

/** The parts of the driver's connection that the copy protocol needs (present, but untyped). */
interface CopyConnection extends pg.Connection {
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
}

/** Rows reported by the server's `COPY n` command tag. */
function rowsOf(commandTag: string | undefined): number {
  const match = /^COPY (\d+)$/.exec(commandTag ?? "");
  return match ? Number(match[1]) : 0;
}

/** The server's bytes of `COPY (…) TO STDOUT`, as a readable stream; `rows` is known once it ends. */
export class CopyOutStream extends Readable implements pg.Submittable {
  rows = 0;
  private connection: pg.Connection | null = null;
  private finished = false;

  constructor(private readonly text: string) {
    super();
  }

  submit(connection: pg.Connection): void {
    this.connection = connection;
    connection.query(this.text);
  }

  override _read(): void {
    this.connection?.stream.resume();
  }

  /** One row of the copy; the driver's buffer is reused, so the bytes are copied out of it. */
  handleCopyData(message: { chunk: Buffer }): void {
    if (!this.push(Buffer.from(message.chunk))) this.connection?.stream.pause();
  }

  handleCommandComplete(message: { text?: string }): void {
    this.rows = rowsOf(message.text);
  }

  handleReadyForQuery(): void {
    this.finished = true;
    this.connection?.stream.resume();
    this.push(null);
  }

  handleError(error: Error): void {
    this.finished = true;
    this.connection?.stream.resume();
    this.destroy(error);
  }

  /**
   * Given up before the server finished (the consumer failed): the server would go on sending
   * rows nobody reads, so the connection is closed; the client cannot be used after that.
   */
  override _destroy(error: Error | null, done: (error?: Error | null) => void): void {
    if (!this.finished) this.connection?.stream.destroy();
    done(error);
  }

  // A COPY TO answers none of these; they are here because the driver may call any of them.
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyInResponse(connection: pg.Connection): void {
    (connection as CopyConnection).sendCopyFail("not a COPY FROM");
  }
}

/** Starts `COPY … TO STDOUT` on a client that is not running anything else. */
export function copyOut(client: pg.ClientBase, text: string): CopyOutStream {
  return client.query(new CopyOutStream(text));
}

/**
 * `COPY … FROM STDIN` fed from `source`. When the source fails (for example a checksum that does
 * not match at its end), the copy is cancelled with CopyFail, so the server keeps none of its rows,
 * and the source's error is the one reported.
 */
class CopyInQuery implements pg.Submittable {
  readonly done: Promise<number>;
  private resolve!: (rows: number) => void;
  private reject!: (error: Error) => void;
  private rows = 0;
  private failed = false;
  private sourceError: Error | null = null;

  constructor(
    private readonly text: string,
    private readonly source: AsyncIterable<Buffer>,
  ) {
    this.done = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }

  submit(connection: pg.Connection): void {
    connection.query(this.text);
  }

  handleCopyInResponse(connection: pg.Connection): void {
    void this.pump(connection as CopyConnection);
  }

  private async pump(connection: CopyConnection): Promise<void> {
    try {
      for await (const chunk of this.source) {
        if (this.failed) return;
        connection.sendCopyFromChunk(chunk);
        if (connection.stream.writableNeedDrain) await once(connection.stream, "drain");
      }
      if (!this.failed) connection.endCopyFrom();
    } catch (error) {
      this.sourceError = error instanceof Error ? error : new Error(String(error));
      if (!this.failed) connection.sendCopyFail(this.sourceError.message);
    }
  }

  handleCommandComplete(message: { text?: string }): void {
    this.rows = rowsOf(message.text);
  }

  handleReadyForQuery(): void {
    if (this.sourceError) this.reject(this.sourceError);
    else this.resolve(this.rows);
  }

  handleError(error: Error): void {
    this.failed = true;
    this.reject(this.sourceError ?? error);
  }

  handleCopyData(): void {}
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
}

/** Runs `COPY … FROM STDIN` with the bytes of `source`; resolves to the number of rows loaded. */
export function copyIn(client: pg.ClientBase, text: string, source: AsyncIterable<Buffer>): Promise<number> {
  return client.query(new CopyInQuery(text, source)).done;
}
