/**
 * A real SMTP server for tests (`smtp-server` on a free port of 127.0.0.1, no TLS, no sign-in),
 * keeping every message it receives, decoded enough to read: headers (RFC 2047 encoded words),
 * and the plain-text and HTML parts (quoted-printable, base64 or 8bit, in their charset).
 */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  /** The envelope: what the client said in MAIL FROM and RCPT TO. */
  envelopeFrom: string;
  envelopeTo: string[];
  /** The message's headers by lower-case name, unfolded and decoded. */
  headers: Map<string, string>;
  from: string;
  to: string;
  subject: string;
  /** The text/plain and text/html parts, decoded, with \n line breaks; null when the message has none. */
  text: string | null;
  html: string | null;
  /** The message as it came over the wire. */
  raw: string;
}

export interface SmtpServerOptions {
  /** Recipients the server refuses at RCPT TO (the client's send then fails). */
  refuse?: (address: string) => boolean;
}

export interface TestSmtpServer {
  /** `smtp://127.0.0.1:<port>` */
  url: string;
  messages: ReceivedMail[];
  stop(): Promise<void>;
}

export async function startSmtpServer(options: SmtpServerOptions = {}): Promise<TestSmtpServer> {
  const messages: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    // No TLS: the client would refuse the server's self-signed certificate.
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (options.refuse?.(address.address)) {
        callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }));
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const { mailFrom, rcptTo } = session.envelope;
        messages.push(
          readMail(
            Buffer.concat(chunks),
            mailFrom ? mailFrom.address : "",
            rcptTo.map((r) => r.address),
          ),
        );
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Bytes kept one character each (latin1), so that a part can be decoded in its own charset. */
type ByteString = string;

const decodeBytes = (bytes: ByteString, charset = "utf-8") =>
  new TextDecoder(charset).decode(Buffer.from(bytes, "latin1"));

function decodeQuotedPrintable(text: ByteString): ByteString {
  return text
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** Encoded words (`=?utf-8?Q?…?=`, `=?utf-8?B?…?=`) decoded; the space between two of them dropped. */
export function decodeHeader(value: ByteString): string {
  const word = /=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g;
  const joined = value.replace(/(\?=)\s+(?==\?)/g, "$1");
  let result = "";
  let last = 0;
  for (const match of joined.matchAll(word)) {
    const [whole, charset = "utf-8", encoding = "Q", payload = ""] = match;
    result += decodeBytes(joined.slice(last, match.index));
    const bytes =
      encoding.toUpperCase() === "B"
        ? Buffer.from(payload, "base64").toString("latin1")
        : decodeQuotedPrintable(payload.replace(/_/g, " "));
    result += decodeBytes(bytes, charset);
    last = match.index + whole.length;
  }
  return result + decodeBytes(joined.slice(last));
}

interface Part {
  headers: Map<string, ByteString>;
  body: ByteString;
}

function splitPart(raw: ByteString): Part {
  const end = raw.search(/\r?\n\r?\n/);
  const head = end === -1 ? raw : raw.slice(0, end);
  const body = end === -1 ? "" : raw.slice(end).replace(/^\r?\n\r?\n/, "");
  const headers = new Map<string, ByteString>();
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

/** A header's value and its parameters: `text/plain; charset=utf-8` → ["text/plain", {charset}]. */
function withParameters(value: string): [string, Map<string, string>] {
  const [main = "", ...rest] = value.split(";");
  const parameters = new Map<string, string>();
  for (const parameter of rest) {
    const equals = parameter.indexOf("=");
    if (equals === -1) continue;
    const name = parameter.slice(0, equals).trim().toLowerCase();
    parameters.set(
      name,
      parameter
        .slice(equals + 1)
        .trim()
        .replace(/^"|"$/g, ""),
    );
  }
  return [main.trim().toLowerCase(), parameters];
}

/** The leaf parts of a message, by content type, decoded. */
function leaves(part: Part, found: Map<string, string>): void {
  const [type, parameters] = withParameters(part.headers.get("content-type") ?? "text/plain");
  if (type.startsWith("multipart/")) {
    const boundary = parameters.get("boundary") ?? "";
    const pieces = part.body.split(`--${boundary}`).slice(1);
    for (const piece of pieces) {
      if (piece.startsWith("--")) break;
      leaves(splitPart(piece.replace(/^\r?\n/, "").replace(/\r?\n$/, "")), found);
    }
    return;
  }
  const encoding = (part.headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  const bytes =
    encoding === "base64"
      ? Buffer.from(part.body.replace(/\s+/g, ""), "base64").toString("latin1")
      : encoding === "quoted-printable"
        ? decodeQuotedPrintable(part.body)
        : part.body;
  // Lines end in CRLF on the wire; the reader sees plain line breaks.
  const text = decodeBytes(bytes, parameters.get("charset") ?? "utf-8").replace(/\r\n/g, "\n");
  if (!found.has(type)) found.set(type, text);
}

function readMail(data: Buffer, envelopeFrom: string, envelopeTo: string[]): ReceivedMail {
  const raw = data.toString("latin1");
  const message = splitPart(raw);
  const headers = new Map([...message.headers].map(([name, value]) => [name, decodeHeader(value)]));
  const parts = new Map<string, string>();
  leaves(message, parts);
  return {
    envelopeFrom,
    envelopeTo,
    headers,
    from: headers.get("from") ?? "",
    to: headers.get("to") ?? "",
    subject: headers.get("subject") ?? "",
    text: parts.get("text/plain") ?? null,
    html: parts.get("text/html") ?? null,
    raw: data.toString("utf8"),
  };
}

/** What a reader sees of an HTML body: the tags dropped, the entities decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}
