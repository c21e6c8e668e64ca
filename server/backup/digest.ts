/**
 * What a table's data is checked by. COPY's text format writes one row per line (a newline inside a
 * value is written as `\n`), so rows are lines: the digest counts them, hashes the bytes in order
 * (the archive's copy must be exactly this) and adds up a SHA-256 per row modulo 2^256 — a checksum
 * of the table's content that does not depend on the order of its rows, so the same table read back
 * from the restored database, in whatever order, gives the same value.
 */
import { createHash } from "node:crypto";
import { Transform, type TransformCallback } from "node:stream";

const MODULUS = 1n << 256n;
const NEWLINE = 0x0a;

export interface DataDigest {
  rows: number;
  /** SHA-256 of the bytes, in order. */
  sha256: string;
  /** The sum of every row's SHA-256 modulo 2^256, as 64 hex digits. */
  contentChecksum: string;
}

export class RowDigest {
  private rows = 0;
  private readonly hash = createHash("sha256");
  private sum = 0n;
  /** The start of a row whose end is in a later chunk. */
  private partial: Buffer[] = [];

  update(chunk: Buffer): void {
    this.hash.update(chunk);
    let start = 0;
    let newline = chunk.indexOf(NEWLINE, start);
    while (newline >= 0) {
      const piece = chunk.subarray(start, newline);
      this.addRow(this.partial.length > 0 ? Buffer.concat([...this.partial, piece]) : piece);
      this.partial = [];
      start = newline + 1;
      newline = chunk.indexOf(NEWLINE, start);
    }
    if (start < chunk.length) this.partial.push(Buffer.from(chunk.subarray(start)));
  }

  private addRow(row: Buffer): void {
    this.rows++;
    this.sum = (this.sum + BigInt(`0x${createHash("sha256").update(row).digest("hex")}`)) % MODULUS;
  }

  digest(): DataDigest {
    if (this.partial.length > 0) throw new Error("the table's data does not end with a whole row");
    return {
      rows: this.rows,
      sha256: this.hash.digest("hex"),
      contentChecksum: this.sum.toString(16).padStart(64, "0"),
    };
  }
}

/** A pass-through stream that digests what flows through it; `result` once it has ended. */
export class DigestStream extends Transform {
  private readonly digestOf = new RowDigest();
  result: DataDigest | null = null;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.digestOf.update(chunk);
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    try {
      this.result = this.digestOf.digest();
      done();
    } catch (error) {
      done(error as Error);
    }
  }
}
