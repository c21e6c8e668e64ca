import { randomUUID } from "node:crypto";

/** A multipart/form-data body with one file part, as a browser sends it (the file name in UTF-8). */
export function multipartFile(fileName: string, content: Buffer | string, field = "file") {
  const boundary = `nap1325-${randomUUID()}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\n` +
        "Content-Type: application/octet-stream\r\n\r\n",
      "utf8",
    ),
    Buffer.isBuffer(content) ? content : Buffer.from(content, "utf8"),
    Buffer.from(`\r\n--${boundary}--\r\n`, "utf8"),
  ]);
  return { payload, headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}

/** The first bytes of a PDF, enough for a file to be recognised as one. */
export const pdfBytes = (text = "evidence") => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`, "utf8");
